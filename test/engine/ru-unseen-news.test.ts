// Russian news phrasing the engine met first on real pages it was never
// scored on, one class per block. Every sentence here is written for these
// tests.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian unseen news: bare hedges', () => {
  it('"Не исключено, что …" marks the что-clause as unattributed', () => {
    const a = by(ru('Не исключено, что паром отправится в рейс только в четверг.'), 'Не исключено');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'паром отправится в рейс только в четверг');
  });

  it('"не исключено" without a что-clause reports nothing', () => {
    assert.deepEqual(ru('В этой истории ничего не исключено и сейчас.'), []);
  });

  it('"Вполне возможно, что …" is a hedge', () => {
    assert.equal(by(ru('Вполне возможно, что турнир перенесут на осень.'), 'Вполне возможно').content, 'турнир перенесут на осень');
  });

  it('"Как говорят, …" with no one named is a hedge; "Как говорят аналитики" names a group', () => {
    const bare = by(ru('Как говорят, новый тренер уже подписал контракт.'), 'Как говорят');
    assert.equal(bare.kind, 'unattributed');
    assert.equal(bare.content, 'новый тренер уже подписал контракт');
    const named = by(ru('Как говорят аналитики, спрос на зерно упадёт.'), 'Как говорят');
    assert.equal(named.kind, 'anonymous');
    assert.equal(named.source, 'аналитики');
  });

  it('"Как утверждают, …" is a hedge even when the claim has a verb of writing', () => {
    const list = ru('Как утверждают, глава посёлка уже написал заявление.');
    assert.equal(list.length, 1);
    assert.equal(list[0]!.kind, 'unattributed');
    assert.equal(list[0]!.content, 'глава посёлка уже написал заявление');
  });

  it('"по непроверенной информации" is unattributed', () => {
    assert.equal(by(ru('По непроверенной информации, вертолёт сел на поле у деревни.'), 'По непроверенной информации').kind, 'unattributed');
  });
});

describe('Russian unseen news: writing that reports nothing', () => {
  it('"написал заявление об уходе" is a resignation, not a claim', () => {
    assert.deepEqual(ru('Вчера начальник цеха написал заявление об уходе.'), []);
  });

  it('"пишет книгу" is no report, "написал в соцсетях, что" is', () => {
    assert.deepEqual(ru('Сейчас Марина Лебедева пишет книгу о детстве.'), []);
    assert.equal(by(ru('Марина Лебедева написала в соцсетях, что вернётся на сцену.'), 'написала').content, 'вернётся на сцену');
  });
});

describe('Russian unseen news: outlets with no name', () => {
  it('"Телеграм-каналы пишут" is a vague group, not an outlet', () => {
    const a = by(ru('Телеграм-каналы пишут, что склад загорелся ночью.'), 'пишут');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.grade, 'vague-group');
  });

  it('"несколько изданий" is a vague group; a named outlet stays named', () => {
    assert.equal(by(ru('Несколько изданий сообщили, что матч перенесут.'), 'сообщили').grade, 'vague-group');
    const named = by(ru('Газета «Вечерний город» пишет, что матч перенесут.'), 'пишет');
    assert.equal(named.kind, 'named');
    assert.equal(named.speaker, 'Вечерний город');
  });
});

describe('Russian unseen news: relatives and circles speak for themselves', () => {
  it('"по словам дочери X" — the daughter speaks, named by whose daughter she is', () => {
    const a = by(ru('По словам дочери Павла Ершова, отец уже вернулся из больницы.'), 'По словам');
    assert.equal(a.speaker, 'дочь Павла Ершова');
    assert.equal(a.source, 'дочери Павла Ершова');
    assert.equal(a.content, 'отец уже вернулся из больницы');
  });

  it('"Сын X рассказал" — the son, not X', () => {
    assert.equal(by(ru('Сын композитора Глеба Орлова рассказал, что архив передадут музею.'), 'рассказал').speaker, 'Сын композитора Глеба Орлова');
  });

  it('a name in the nominative after a nominative kin noun is hers: "Жена Анна Петрова"', () => {
    assert.equal(by(ru('Жена Анна Петрова рассказала, что семья переезжает.'), 'рассказала').speaker, 'Анна Петрова');
  });

  it('a bare relative is no earlier speaker', () => {
    const list = ru('Тренер Олег Ким заявил, что команда готова. Брат рассказал, что Ким давно болен.');
    assert.notEqual(by(list, 'рассказал').speaker, 'Олег Ким');
  });

  it('"в отрасли" is an unnamed trade, never the speaker quoted before', () => {
    const list = ru('Собеседник агентства сообщил, что поставки сократят. Как отмечают в отрасли, спрос упал вдвое.');
    const a = by(list, 'Как отмечают');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'отрасли');
    assert.notEqual(a.speaker, 'собеседник агентства');
  });
});

describe('Russian unseen news: which of two persons a pronoun means', () => {
  it('"По его словам" after a subject and a man named in the instrumental is the subject', () => {
    const list = ru('Министр Олег Ким провёл встречу с мэром Петром Сидоровым. По его словам, регион получит субсидии.');
    assert.equal(by(list, 'По его словам').speaker, 'Олег Ким');
  });

  it('gender still decides first: "Она" after a man and a woman is the woman', () => {
    const list = ru('Министр Олег Ким встретился с губернатором Анной Лавровой. Она заявила, что регион получит субсидии.');
    assert.equal(by(list, 'заявила').speaker, 'Анна Лаврова');
  });

  it('a pronoun after a quote means the one who speaks it, not a person the quote reports', () => {
    const list = ru('Нападающий Андрей Смирнов рассказал о переходе. «Тренер мне сказал, что я поеду на сборы», — вспоминает он.');
    assert.equal(by(list, 'вспоминает').speaker, 'Андрей Смирнов');
  });

  it('"Тренер мне сказал" inside the narrator\'s quote is the coach, not the narrator', () => {
    const list = ru('Нападающий Андрей Смирнов рассказал, что переходит в новый клуб. «Тренер мне сказал, что я поеду на сборы», — добавил он.');
    assert.notEqual(by(list, 'сказал').speaker, 'Андрей Смирнов');
    assert.equal(by(list, 'добавил').speaker, 'Андрей Смирнов');
  });
});

describe('Russian unseen news: more reporting verbs', () => {
  const cases: [string, string, string][] = [
    ['Лидия Зорина парировала, что смета давно утверждена.', 'парировала', 'смета давно утверждена'],
    ['Лидия Зорина подытожила, что ремонт закончен.', 'подытожила', 'ремонт закончен'],
    ['Лидия Зорина анонсировала, что выставка откроется в мае.', 'анонсировала', 'выставка откроется в мае'],
    ['Лидия Зорина отчиталась, что план выполнен.', 'отчиталась', 'план выполнен'],
    ['Лидия Зорина убеждает, что опасности нет.', 'убеждает', 'опасности нет'],
    ['Лидия Зорина подсчитала, что ущерб превысит миллион.', 'подсчитала', 'ущерб превысит миллион'],
    ['Лидия Зорина сама сознается, что взяла деньги.', 'сознается', 'взяла деньги'],
    ['Лидия Зорина предостерегла, что последствия будут серьёзными.', 'предостерегла', 'последствия будут серьёзными'],
    ['Лидия Зорина рассчитывает, что суд её оправдает.', 'рассчитывает', 'суд её оправдает'],
    ['Лидия Зорина не скрывает, что готова уйти.', 'не скрывает', 'готова уйти'],
    ['Лидия Зорина охарактеризовала проект как провальный.', 'охарактеризовала', 'проект как провальный'],
  ];
  for (const [text, cue, content] of cases) {
    it(`"${cue}" reports: ${text}`, () => {
      const a = by(ru(text), cue);
      assert.equal(a.speaker, 'Лидия Зорина');
      assert.equal(a.content, content);
    });
  }

  it('the same verbs report nothing without a что-clause: "подсчитал голоса", "скрывает доходы", "рассчитывает на помощь"', () => {
    assert.deepEqual(ru('Лидия Зорина подсчитала голоса.'), []);
    assert.deepEqual(ru('Лидия Зорина скрывает доходы.'), []);
    assert.deepEqual(ru('Лидия Зорина рассчитывает на помощь города.'), []);
  });

  it('fear is no report under the annotation rules: "опасаются, что"', () => {
    assert.deepEqual(ru('Фермеры опасаются, что урожай погибнет.'), []);
  });
});

describe('Russian unseen news: the subject of a second clause', () => {
  it('", но отметил, что" after a first verb that reports nothing keeps the clause subject', () => {
    const list = ru('Лидия Зорина отказалась комментировать эти слухи, но отметила, что театр работает как обычно.');
    const a = by(list, 'отметила');
    assert.equal(a.speaker, 'Лидия Зорина');
    assert.equal(a.content, 'театр работает как обычно');
  });

  it('a new subject after ", но" is that subject, not the first one', () => {
    const a = by(ru('Дождь шёл весь день, но синоптики заявили, что завтра будет солнце.'), 'заявили');
    assert.equal(a.source, 'синоптики');
  });

  it('"Один из X …, другой заметил, что …": the other member speaks, and the first claim ends at the comma', () => {
    const list = ru('Один из депутатов предложил перенести заседание, другой заметил, что это незаконно.');
    assert.equal(by(list, 'предложил').content, 'перенести заседание');
    const other = by(list, 'заметил');
    assert.equal(other.kind, 'anonymous');
    assert.equal(other.speaker, 'другой из депутатов');
    assert.equal(other.content, 'это незаконно');
  });

  it('"Одни эксперты считают …, другие уверены …": two groups', () => {
    const list = ru('Одни аналитики считают, что ставка вырастет, другие уверены, что она упадёт.');
    assert.equal(by(list, 'считают').kind, 'anonymous');
    assert.equal(by(list, 'уверены').speaker, 'другие аналитики');
  });
});

describe('Russian unseen news: claims before the verb and sources after it', () => {
  it('"Ранее об уходе заявил X": the о-phrase is the claim, without the time word', () => {
    const a = by(ru('Ранее о переезде в столицу заявил режиссёр театра Глеб Орлов.'), 'заявил');
    assert.equal(a.content, 'о переезде в столицу');
    assert.equal(a.speaker, 'Глеб Орлов');
  });

  it('"…заявил другой её игрок – Иван Петров": the name after the dash is the speaker', () => {
    const a = by(ru('Об уходе из команды заявил другой её игрок – Степан Жуков.'), 'заявил');
    assert.equal(a.speaker, 'Степан Жуков');
    assert.equal(a.kind, 'named');
  });

  it('a foreign name the lexicon lacks after the dash still closes the subject', () => {
    assert.equal(by(ru('О завершении карьеры заявил другой ветеран клуба – Йонас Хофманн.'), 'заявил').speaker, 'Йонас Хофманн');
  });

  it('"Такого мнения придерживается X" points back to the sentence before', () => {
    const text = 'Реформа школ провалится через год. Такого мнения придерживается профессор Андрей Белкин.';
    const a = by(ru(text), 'придерживается');
    assert.equal(a.speaker, 'Андрей Белкин');
    assert.match(a.content, /^Реформа школ провалится через год/);
  });

  it('"Эту точку зрения разделяет X" points back; "придерживается диеты" and "поддерживает фермеров" report nothing', () => {
    const text = 'Цены на жильё упадут. Эту точку зрения разделяет и экономист Ирина Белова.';
    assert.equal(by(ru(text), 'разделяет').speaker, 'Ирина Белова');
    assert.deepEqual(ru('Ирина Белова придерживается строгой диеты.'), []);
    assert.deepEqual(ru('Компания поддерживает местных фермеров.'), []);
  });
});

describe('Russian unseen news: anonymous sources described anew', () => {
  it('"По словам человека, близкого к …" is a new source, not the anonymous speaker before', () => {
    const list = ru('Собеседник агентства в банке утверждает, что сделка закрыта. По словам человека, близкого к руководству театра, премьеру перенесут.');
    const a = by(list, 'По словам');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'человек, близкий к руководству театра');
  });

  it('"западных разведок" is put in the nominative (a fleeting vowel in the genitive plural)', () => {
    const a = by(ru('По данным западных разведок, колонна ушла к границе.'), 'По данным');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'западные разведки');
  });

  it('"сходятся во мнении, что" reports the view of the group', () => {
    const a = by(ru('Аналитики сходятся во мнении, что урожай будет рекордным.'), 'сходятся');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'урожай будет рекордным');
  });
});

describe('Russian unseen news: possessive pointers, auxiliaries, documents', () => {
  it('"Его слова подтвердили в администрации" points back to what he said', () => {
    const list = ru('Мэр Глеб Орлов заявил, что мост откроют в мае. Его слова подтвердили в администрации.');
    const a = by(list, 'подтвердили');
    assert.equal(a.source, 'администрации');
    assert.match(a.content, /мост откроют в мае/);
    assert.notEqual(a.content, 'Его слова');
  });

  it('a future or inchoative auxiliary before the verb: "будет настаивать, что", "стал говорить, что"', () => {
    assert.equal(by(ru('Адвокат Инна Серова будет настаивать, что её клиент невиновен.'), 'будет настаивать').content, 'её клиент невиновен');
    assert.equal(by(ru('Инна Серова стала говорить, что её клиент невиновен.'), 'стала говорить').speaker, 'Инна Серова');
  });

  it('an auxiliary without a что-clause reports nothing: "будет говорить на форуме"', () => {
    assert.deepEqual(ru('Инна Серова будет говорить на форуме.'), []);
  });

  it('"Доклад X гласит, что …" is the document speaking', () => {
    const a = by(ru('Доклад ВОЗ гласит, что число случаев выросло.'), 'гласит');
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'число случаев выросло');
  });
});

describe('Russian unseen news: findings', () => {
  it('"Суд установил, что …" and "Как установило следствие, …" report findings', () => {
    assert.equal(by(ru('Суд установил, что водитель превысил скорость.'), 'установил').content, 'водитель превысил скорость');
    assert.equal(by(ru('Как установило следствие, склад подожгли ночью.'), 'Как установило').content, 'склад подожгли ночью');
  });

  it('"Как выяснил «Вечерний город», …" is the outlet reporting', () => {
    const a = by(ru('Как выяснил «Вечерний город», подрядчик сменился в марте.'), 'Как выяснил');
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'подрядчик сменился в марте');
  });

  it('no finding without a claim: "установил рекорд", "установила личность", "выясняли отношения"', () => {
    assert.deepEqual(ru('Пловец Илья Гусев установил рекорд Европы.'), []);
    assert.deepEqual(ru('Полиция установила личность водителя.'), []);
    assert.deepEqual(ru('Соседи долго выясняли отношения.'), []);
  });

  it('"Экспертное сообщество полагает" is an unnamed group', () => {
    const a = by(ru('Экспертное сообщество полагает, что реформа затянется.'), 'полагает');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'Экспертное сообщество');
  });
});

describe('Russian unseen news: unnamed circles as places of sources', () => {
  it('"В силовых структурах говорят" — the circle is a vague group, put in the nominative', () => {
    const a = by(ru('В силовых структурах говорят, что проверки продолжатся.'), 'говорят');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'силовые структуры');
  });

  it('"В оппозиции считают", "Как говорят в индустрии", "В кулуарах говорят"', () => {
    assert.equal(by(ru('В оппозиции считают, что голосование перенесут.'), 'считают').kind, 'anonymous');
    assert.equal(by(ru('Как говорят в индустрии, спрос на станки упал.'), 'Как говорят').source, 'индустрии');
    assert.equal(by(ru('В кулуарах говорят, что спикер уйдёт.'), 'говорят').kind, 'anonymous');
  });

  it('"Как рассказал на условиях анонимности чиновник мэрии" — the terms stand between verb and source', () => {
    const a = by(ru('Как рассказал на условиях анонимности чиновник мэрии, парк закроют на ремонт.'), 'Как рассказал');
    assert.equal(a.speaker, 'чиновник мэрии');
    assert.equal(a.kind, 'anonymous');
  });

  it('a described diplomat is a new anonymous source, never the speaker before', () => {
    const list = ru('Один из собеседников газеты утверждает, что цены вырастут. Высокопоставленный дипломат сообщил, что переговоры продолжатся.');
    const a = by(list, 'сообщил');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'Высокопоставленный дипломат');
  });
});

describe('Russian unseen news: titled offices and names in the nominative', () => {
  it('a titled office is not the last speaker introduced by another title', () => {
    const list = ru('Об этом журналистам сообщил замглавы МИД Олег Рябинин. По словам министра иностранных дел Франции, переговоры возможны.');
    const a = by(list, 'По словам');
    assert.equal(a.speaker, 'министр иностранных дел Франции');
  });

  it('a generic title still points back: "глава региона" after the governor', () => {
    const list = ru('Губернатор Павел Дымов заявил, что дороги починят. «Повторения не будет», — сказал глава региона.');
    assert.equal(by(list, 'сказал').speaker, 'Павел Дымов');
  });

  it('women\'s first names in -ь decline: "Любови Соболевой" → Любовь Соболева', () => {
    assert.equal(by(ru('По словам Любови Соболевой, суд перенесли.'), 'По словам').speaker, 'Любовь Соболева');
  });
});

describe('Russian unseen news: irregular plurals of relatives and friends', () => {
  it('"По словам друзей певицы" → друзья певицы, an unnamed group', () => {
    const a = by(ru('По словам друзей певицы, она отдыхает за городом.'), 'По словам');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'друзья певицы');
  });

  it('"мои друзья говорили мне, что …" has a source, not a bare hedge', () => {
    assert.equal(by(ru('Все мои друзья говорили мне, что у меня получится.'), 'говорили').kind, 'anonymous');
  });

  it('"Сыновья бизнесмена заявили" is a group of relatives', () => {
    assert.equal(by(ru('Сыновья бизнесмена заявили, что продадут завод.'), 'заявили').source, 'Сыновья бизнесмена');
  });
});

describe('Russian unseen news: where a claim ends', () => {
  it('", но ошибся" — a second predicate without -л ends the claim', () => {
    assert.equal(by(ru('Инна Серова считала, что цены вырастут, но ошиблась.'), 'считала').content, 'цены вырастут');
  });

  it('", но мне кажется, …" — the writer\'s own view is not the group\'s claim', () => {
    const a = by(ru('Многие повара считают этот рецепт слишком простым, но мне кажется, в этом его прелесть.'), 'считают');
    assert.equal(a.content, 'этот рецепт слишком простым');
  });
});

describe('Russian unseen news: a claim noun and its owner before a colon', () => {
  it('"Заявление X: «…»" gives the quote to X', () => {
    const a = by(ru('Заявление Олега Рябинина: «Мы не отступим».'), 'Заявление');
    assert.equal(a.speaker, 'Олег Рябинин');
    assert.equal(a.content, 'Мы не отступим');
    assert.equal(a.direct, true);
  });

  it('"Позиция Минфина: «…»" gives the quote to the ministry', () => {
    assert.equal(by(ru('Позиция Минфина: «Налоги не вырастут».'), 'Позиция').kind, 'named');
  });

  it('a claim noun with no owner reports nothing: "Ответ прост: «Нет»"', () => {
    assert.deepEqual(ru('Ответ прост: «Нет».'), []);
  });
});

describe('Russian unseen news: more impersonal hedges', () => {
  it('"Есть информация, что …", "Имеются сведения, что …" are hedges; "есть данные о погоде" is not', () => {
    assert.equal(by(ru('Есть информация, что рейс отменят.'), 'Есть информация').kind, 'unattributed');
    assert.equal(by(ru('Имеются сведения, что рейс отменят.'), 'Имеются сведения').content, 'рейс отменят');
    assert.deepEqual(ru('У синоптиков есть данные о погоде.'), []);
  });

  it('a version with no owner is a hedge: "По предварительной версии", "По одной из версий"', () => {
    assert.equal(by(ru('По предварительной версии, пожар начался из-за проводки.'), 'По предварительной версии').kind, 'unattributed');
    assert.equal(by(ru('По одной из версий, пожар начался из-за проводки.'), 'По одной из версий').kind, 'unattributed');
    assert.equal(by(ru('По версии следствия, пожар начался из-за проводки.'), 'По версии').kind, 'named');
  });

  it('"Не исключается, что …" is a hedge', () => {
    assert.equal(by(ru('Не исключается, что рейс отменят.'), 'Не исключается').content, 'рейс отменят');
  });

  it('"Сообщается также, что …": the claim starts after "также"', () => {
    assert.equal(by(ru('Сообщается также, что рейс отменят.'), 'Сообщается также').content, 'рейс отменят');
  });
});

describe('Russian unseen news: a pronoun for the subject of the sentence before', () => {
  it('"Жители посёлка вышли на митинг. Они утверждают …" — они are the residents', () => {
    const list = ru('Жители посёлка вышли на митинг. Они утверждают, что воду не дают неделю.');
    const a = by(list, 'утверждают');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'Жители посёлка');
    assert.equal(a.source, 'Они');
  });

  it('"Представители компании встретились … По их словам …"', () => {
    const list = ru('Представители компании встретились с журналистами. По их словам, завод заработает в мае.');
    assert.equal(by(list, 'По их словам').speaker, 'Представители компании');
  });

  it('a pronoun whose number does not fit the subject before stays unresolved', () => {
    const list = ru('Жители посёлка вышли на митинг. Он утверждает, что воду не дают неделю.');
    assert.notEqual(by(list, 'утверждает').speaker, 'Жители посёлка');
  });
});

describe('Russian unseen news: the author speaks in the document he made', () => {
  it('"X опубликовал обращение, в котором объяснил …: «…»" gives the quote to X', () => {
    const a = by(ru('Инна Серова опубликовала письмо, в котором объяснила своё решение: «Я устала ждать».'), 'объяснила');
    assert.equal(a.speaker, 'Инна Серова');
    assert.equal(a.content, 'Я устала ждать');
    assert.equal(a.direct, true);
  });

  it('"X дал интервью, в котором рассказал, что …"', () => {
    const a = by(ru('Глеб Орлов дал интервью, в котором рассказал, что театр закроют.'), 'рассказал');
    assert.equal(a.speaker, 'Глеб Орлов');
    assert.equal(a.content, 'театр закроют');
  });

  it('"в котором" with a verb that reports nothing stays silent: "город, в котором родился"', () => {
    assert.deepEqual(ru('Глеб Орлов приехал в город, в котором родился.'), []);
  });
});

describe('Russian unseen news: a claim inside a relative clause', () => {
  it('"X, который ранее заявлял, что …, вернулся" — the main clause\'s verb ends the claim', () => {
    const a = by(ru('Глеб Орлов, который ранее заявлял, что уходит со сцены, вернулся.'), 'заявлял');
    assert.equal(a.speaker, 'Глеб Орлов');
    assert.equal(a.content, 'уходит со сцены');
  });

  it('the same for a woman and a past form without a vowel before -ла: "…, ошиблась"', () => {
    assert.equal(by(ru('Инна Серова, которая утверждала, что театр закроют, ошиблась.'), 'утверждала').content, 'театр закроют');
  });
});

describe('Russian unseen news: a stance named before its verb', () => {
  it('"Уверенность в этом выразил X" — X, not the noun, is the source, and the claim is the sentence before', () => {
    const list = ru('Мост откроют в мае. Уверенность в этом выразил мэр Глеб Орлов.');
    const a = by(list, 'выразил');
    assert.equal(a.speaker, 'Глеб Орлов');
    assert.match(a.content, /^Мост откроют в мае/);
  });
});

describe('Russian unseen news: a time between the verb and an inverted source', () => {
  it('"Как отмечала в октябре Financial Times, …": the month is when, the paper is who', () => {
    const a = by(ru('Как отмечала в октябре Financial Times, спрос на литий снизился.'), 'Как отмечала');
    assert.equal(a.source, 'Financial Times');
    assert.equal(a.content, 'спрос на литий снизился');
  });

  it('"Как сообщил в среду ТАСС", "…, писала в прошлом году газета «Ведомости»"', () => {
    assert.equal(by(ru('Как сообщил в среду ТАСС, поезд задерживается на шесть часов.'), 'Как сообщил').speaker, 'ТАСС');
    const a = by(ru('Завод выставят на продажу, писала в прошлом году газета «Ведомости».'), 'писала');
    assert.equal(a.speaker, 'Ведомости');
    assert.equal(a.content, 'Завод выставят на продажу');
  });

  it('a time and then a place still finds the place: "сообщили в пятницу в мэрии"', () => {
    assert.equal(by(ru('Мост откроют к зиме, сообщили в пятницу в мэрии Томска.'), 'сообщили').speaker, 'мэрия Томска');
  });
});

describe('Russian unseen news: a "где" clause between the subject and the verb', () => {
  it('"Жители Заречья, где зимует около ста человек, говорят, что …" are the residents', () => {
    const a = by(ru('Жители Заречья, где зимует около ста человек, говорят, что автобус ходит раз в неделю.'), 'говорят');
    assert.equal(a.source, 'Жители Заречья');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'автобус ходит раз в неделю');
  });

  it('"Фермеры района, куда не дошли дожди, жалуются …"', () => {
    assert.equal(by(ru('Фермеры района, куда так и не дошли дожди, жалуются, что урожай погиб.'), 'жалуются').source, 'Фермеры района');
  });
});

describe('Russian unseen news: counting is no belief', () => {
  it('"Голоса считали до утра", "Эту цифру считали по данным …" report nothing', () => {
    assert.equal(ru('Голоса считали до утра.').length, 0);
    assert.equal(ru('Эту цифру считали по старым данным двадцатилетней давности.').length, 0);
  });

  it('"Раньше считали, что …", "Предполагали, что …" are still hedges', () => {
    assert.equal(by(ru('Раньше считали, что ледник стабилен.'), 'считали').kind, 'unattributed');
    assert.equal(by(ru('Сначала предполагали, что склад подожгли.'), 'предполагали').content, 'склад подожгли');
  });
});

describe('Russian unseen news: a contrast that opens other sources ends the claim', () => {
  it('"назвали слухами, хотя, по неофициальным данным, …": the label ends at the comma, the hedge reports the rest', () => {
    const list = ru('В клубе эти сообщения назвали слухами, хотя, по неофициальным данным, агент уже встречался с руководством.');
    assert.equal(by(list, 'назвали').content, 'слухами');
    const h = by(list, 'по неофициальным данным');
    assert.equal(h.kind, 'unattributed');
    assert.equal(h.content, 'агент уже встречался с руководством');
  });

  it('"заявил, что …, но, по словам очевидцев, …": the second source\'s claim is not the first speaker\'s', () => {
    const list = ru('Директор заявил, что склад не пострадал, но, по словам очевидцев, крыша обрушилась.');
    assert.equal(by(list, 'заявил').content, 'склад не пострадал');
    assert.equal(by(list, 'по словам').content, 'крыша обрушилась');
  });
});

describe('Russian unseen news: names listed between dashes after the subject', () => {
  it('"Несколько банков — Сбербанк, ВТБ и Альфа-банк — заявили, что …": the subject before the dashes, the list is who they are', () => {
    const a = by(ru('Несколько крупных банков — Сбербанк, ВТБ и Альфа-банк — заявили, что снизят ставки по ипотеке.'), 'заявили');
    assert.equal(a.source, 'Несколько крупных банков');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Сбербанк, ВТБ и Альфа-банк');
    assert.equal(a.content, 'снизят ставки по ипотеке');
  });

  it('"Представители обеих сторон — Москвы и Киева — подтвердили": the list names whose they are, not who speaks', () => {
    const a = by(ru('Представители обеих сторон — Москвы и Киева — подтвердили, что переговоры состоятся.'), 'подтвердили');
    assert.equal(a.content, 'переговоры состоятся');
    assert.notEqual(a.speaker, 'Москвы и Киева');
  });

  it('a quote before a dash is still an inverted cue: "«…» — заявили в «Газпроме» и «Роснефти»"', () => {
    const a = by(ru('«Мы готовы к переговорам», — заявили в компании.'), 'заявили');
    assert.equal(a.content, 'Мы готовы к переговорам');
  });
});

describe('Russian unseen news: the speaker\'s next act after "однако не"', () => {
  it('"пообещал, что …, однако не уточнил, когда именно": the claim ends before the contrast', () => {
    assert.equal(by(ru('Министр пообещал, что зарплаты учителям повысят, однако не уточнил, когда именно.'), 'пообещал').content, 'зарплаты учителям повысят');
  });

  it('"однако" with a new subject inside the claim stays: "что цены вырастут, однако зарплаты тоже вырастут"', () => {
    assert.equal(by(ru('Экономист заявил, что цены вырастут, однако зарплаты тоже вырастут.'), 'заявил').content, 'цены вырастут, однако зарплаты тоже вырастут');
  });
});

describe('Russian unseen news: a linking phrase before another source is no part of the claim', () => {
  it('"По данным X, …, при этом, по словам Y, …": the first claim ends before "при этом"', () => {
    const list = ru('По данным Минздрава, число заболевших выросло на 12%, при этом, по словам главного санитарного врача, ситуация стабильна.');
    assert.equal(by(list, 'По данным').content, 'число заболевших выросло на 12%');
  });

  it('"…, в то же время, по мнению экспертов, …"', () => {
    const list = ru('По словам министра, бюджет сбалансирован, в то же время, по мнению экспертов, дефицит вырастет.');
    assert.equal(by(list, 'По словам').content, 'бюджет сбалансирован');
  });
});

describe('Russian unseen news: a participle phrase describing the source is no part of the claim', () => {
  it('"По данным опроса, проведенного ВЦИОМ, …", "Как говорится в докладе, опубликованном в среду, …"', () => {
    assert.equal(by(ru('По данным опроса, проведенного ВЦИОМ, большинство жителей поддерживают закон.'), 'По данным').content, 'большинство жителей поддерживают закон');
    assert.equal(by(ru('Как говорится в докладе, опубликованном в среду, голод усилился.'), 'Как говорится в').content, 'голод усилился');
    assert.equal(by(ru('Согласно отчету, подготовленному аудиторами, компания скрывала убытки.'), 'Согласно').content, 'компания скрывала убытки');
  });

  it('a participle phrase with its own verb is the claim: "По словам Сидорова, пострадавшего в аварии водителя выписали, …"', () => {
    assert.equal(by(ru('По словам Сидорова, пострадавшего в аварии водителя выписали, а пассажир остаётся в больнице.'), 'По словам').content,
      'пострадавшего в аварии водителя выписали, а пассажир остаётся в больнице');
  });
});

describe('Russian unseen news: the author of a document named in its participle phrase', () => {
  it('"По данным опроса, проведенного ВЦИОМ, …" is ВЦИОМ, named', () => {
    const a = by(ru('По данным опроса, проведенного ВЦИОМ, большинство жителей поддерживают закон.'), 'По данным');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'ВЦИОМ');
  });

  it('"опубликованного в журнале" names a place, not an author', () => {
    assert.equal(by(ru('По данным исследования, опубликованного в журнале Nature, ледники тают быстрее.'), 'По данным').speaker, 'исследование');
  });
});

describe('Russian unseen news: a threat with a weapon is no threat in words', () => {
  it('"Задержанный якобы угрожал продавцу ножом": only the hedge', () => {
    const list = ru('Задержанный якобы угрожал продавцу ножом.');
    assert.equal(list.filter((x) => x.cue === 'угрожал').length, 0);
    assert.equal(by(list, 'якобы').kind, 'unattributed');
  });

  it('"пригрозил уволить всех", "угрожал, что подаст в суд" still report', () => {
    assert.equal(by(ru('Директор пригрозил уволить всех опоздавших.'), 'пригрозил').content, 'уволить всех опоздавших');
    assert.equal(by(ru('Сосед угрожал, что подаст в суд.'), 'угрожал').content, 'подаст в суд');
  });
});

describe('Russian unseen news: "Там" after a place that did not report', () => {
  it('"В Кремле прокомментировали ситуацию. Там заявили, что …" is the Kremlin', () => {
    const a = by(ru('В Кремле прокомментировали ситуацию. Там заявили, что не видят угрозы.'), 'заявили');
    assert.equal(a.speaker, 'Кремль');
    assert.equal(a.source, 'Там');
  });

  it('"Там" after a sentence with no place opening it names no one', () => {
    assert.equal(ru('Мост закрыли на ремонт. Там заявили, что работы продлятся месяц.').filter((x) => x.kind === 'named').length, 0);
  });
});

describe('Russian unseen news: a parenthetical hedge in the past', () => {
  it('"Ледник, как считали, был стабилен", "как предполагали", "как писали"', () => {
    assert.equal(by(ru('Ледник, как считали, был стабилен.'), 'как считали').kind, 'unattributed');
    assert.equal(by(ru('Склад, как предполагали, подожгли конкуренты.'), 'как предполагали').kind, 'unattributed');
  });

  it('"как считали учёные" still names the group', () => {
    assert.equal(by(ru('Ледник, как считали учёные, был стабилен.'), 'как считали').kind, 'anonymous');
  });
});

describe('Russian unseen news: handing over and complaining with no words', () => {
  it('"Полузащитник передал мяч на фланг", "передали дело в суд" report nothing', () => {
    assert.equal(ru('Полузащитник передал мяч на фланг.').length, 0);
    assert.equal(ru('Следователи передали дело в суд.').length, 0);
  });

  it('"передал, что …" and "передаёт ТАСС" still report', () => {
    assert.equal(by(ru('Корреспондент передал, что колонна прошла город.'), 'передал').content, 'колонна прошла город');
    assert.equal(by(ru('Мост закрыт, передаёт ТАСС.'), 'передаёт').speaker, 'ТАСС');
  });

  it('"Пенсионерка пожаловалась в прокуратуру." reports nothing; "пожаловались на перебои" and "пожаловалась, что" do', () => {
    assert.equal(ru('Пенсионерка пожаловалась в прокуратуру.').length, 0);
    assert.equal(by(ru('Жители пожаловались на перебои с водой.'), 'пожаловались').content, 'на перебои с водой');
    assert.equal(by(ru('Пенсионерка пожаловалась в прокуратуру, что ей не платят пенсию.'), 'пожаловалась').content, 'ей не платят пенсию');
  });
});

describe('Russian unseen news: whom it was told before an о-claim', () => {
  it('"Спасатели сообщили родственникам о гибели туриста": the claim starts at "о"', () => {
    assert.equal(by(ru('Спасатели сообщили родственникам о гибели туриста.'), 'сообщили').content, 'о гибели туриста');
    assert.equal(by(ru('Директор рассказал родителям о новых правилах.'), 'рассказал').content, 'о новых правилах');
  });
});

describe('Russian unseen news: naming a child, reciting a poem', () => {
  it('"Родители назвали сына Александром", "Школьники рассказали стихи ветеранам" report nothing', () => {
    assert.equal(ru('Родители назвали сына Александром.').length, 0);
    assert.equal(ru('Школьники рассказали стихи ветеранам.').length, 0);
  });

  it('"назвал решение ошибкой", "рассказал историю о том, что …" still report', () => {
    assert.equal(by(ru('Министр назвал решение ошибкой.'), 'назвал').content, 'решение ошибкой');
    assert.equal(by(ru('Фермер рассказал, что урожай погиб.'), 'рассказал').content, 'урожай погиб');
  });
});

describe('Russian unseen news: a unit sign closes an о-claim', () => {
  it('"Компания сообщила о росте прибыли на 20%." keeps the per cent sign', () => {
    assert.equal(by(ru('Компания сообщила о росте прибыли на 20%.'), 'сообщила').content, 'о росте прибыли на 20%');
  });
});

describe('Russian unseen news: a search put out is no claim', () => {
  it('"Полиция объявила в розыск подозреваемого" reports nothing; "объявила о начале" does', () => {
    assert.equal(ru('Полиция объявила в розыск подозреваемого.').length, 0);
    assert.equal(by(ru('Полиция объявила о начале операции.'), 'объявила').content, 'о начале операции');
  });
});

describe('Russian unseen news: whom one warns before an о-claim', () => {
  it('"Банк предупредил клиентов о мошенниках", "уведомили жителей об отключении"', () => {
    assert.equal(by(ru('Банк предупредил клиентов о новой схеме мошенников.'), 'предупредил').content, 'о новой схеме мошенников');
    assert.equal(by(ru('Коммунальщики предупредили жителей об отключении воды.'), 'предупредили').content, 'об отключении воды');
  });
});

describe('Russian unseen news: a motion filed in court is no claim', () => {
  it('"Подсудимый заявил ходатайство о переносе заседания", "заявил отвод судье" report nothing', () => {
    assert.equal(ru('Подсудимый заявил ходатайство о переносе заседания.').length, 0);
    assert.equal(ru('Адвокат заявил отвод судье.').length, 0);
  });

  it('"заявил, что ходатайство отклонено" still reports', () => {
    assert.equal(by(ru('Адвокат заявил, что ходатайство отклонено.'), 'заявил').content, 'ходатайство отклонено');
  });
});
