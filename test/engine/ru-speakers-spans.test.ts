// Russian speakers and claim spans on writing unlike the dev set, one
// specification per rule, on sentences written for this file: words that
// open a sentence before its subject, names whose case the context decides,
// words quoted through someone else, where a claim ends.
import assert from 'node:assert/strict';
import { analyze } from '../../src/engine/index.js';
import { by, ru } from './ru-helpers.js';

describe('Russian: a word that opens the sentence is not its subject', () => {
  for (const opener of ['Там', 'Здесь', 'Тут', 'Наконец', 'Зато', 'Отдельно', 'Чуть позже', 'Спустя неделю', 'Вместе с тем', 'Далее']) {
    it(`"${opener} он заявил" → the pronoun speaks`, () => {
      const a = by(ru(`Депутат Кирилл Шубин приехал в Самару. ${opener} он заявил, что мост построят к зиме.`), 'заявил');
      assert.equal(a.source, 'он');
      assert.equal(a.speaker, 'Кирилл Шубин');
      assert.equal(a.content, 'мост построят к зиме');
    });
  }

  it('an opener before a title: "Зато глава района отметил" → глава района', () => {
    const a = by(ru('Зато глава района отметил, что автобусы пустят по новому графику.'), 'отметил');
    assert.equal(a.source, 'глава района');
  });
});

describe('Russian: a first name that is a woman\'s nominative or a man\'s genitive', () => {
  it('the verb before an inverted name decides: "Как заявила Валентина Ковтун" is a woman', () => {
    assert.equal(by(ru('Как заявила Валентина Ковтун, приём заявок продлят до марта.'), 'Как заявила').speaker, 'Валентина Ковтун');
    assert.equal(by(ru('Как сообщила председатель комиссии Александра Литвиненко, заседание перенесли.'), 'Как сообщила').speaker, 'Александра Литвиненко');
  });

  it('a title in the genitive decides: "по словам главы МЧС Александра Куренкова" is a man', () => {
    assert.equal(by(ru('По словам главы управления Александра Сомова, пожар локализован.'), 'По словам').speaker, 'Александр Сомов');
    assert.equal(by(ru('По мнению директора фонда Валентина Юркова, цены стабилизируются.'), 'По мнению').speaker, 'Валентин Юрков');
  });

  it('a frame alone decides too: "По мнению Станислава Гущина" is a man', () => {
    assert.equal(by(ru('По мнению Станислава Гущина, решение верное.'), 'По мнению').speaker, 'Станислав Гущин');
  });

  it('a person the article named before decides: "Евгений Лужин" … "по словам Евгения Лужина"', () => {
    const list = ru('Об этом журналистам рассказал Евгений Лужин. По словам Евгения Лужина, отряд отошёл на прежние позиции.');
    assert.equal(by(list, 'По словам').speaker, 'Евгений Лужин');
  });

  it('a patronymic decides before anything else, and a genitive owner after a nominative head does not: "Сестра фермера Валентина Ильинична"', () => {
    const list = ru('Сестра фермера Валентина Ильинична Сомова уверена, что урожай будет хорошим. «Дождей хватило», — говорит она.');
    assert.equal(by(list, 'уверена').speaker, 'Валентина Ильинична Сомова');
    assert.equal(by(ru('По словам Валентина Ильича Сомова, урожай будет хорошим.'), 'По словам').speaker, 'Валентин Ильич Сомов');
  });

  it('a woman with the same first name stays a woman: "Александра Лужина рассказала"', () => {
    assert.equal(by(ru('Александра Лужина рассказала, что пишет новую книгу.'), 'рассказала').speaker, 'Александра Лужина');
  });
});

describe('Russian: words relayed by an outlet', () => {
  it('"Слова X приводит Y: «…»" gives the quote to X through Y', () => {
    const list = ru('Слова вице-премьера Ильи Гордеева приводит пресс-служба правительства: «Мы не будем повышать тарифы».').filter((x) => x.cue === 'приводит');
    assert.equal(list.length, 2);
    const owner = list.find((x) => x.speaker === 'Илья Гордеев');
    assert.ok(owner, JSON.stringify(list));
    assert.equal(owner.content, 'Мы не будем повышать тарифы');
    assert.equal(owner.direct, true);
    assert.ok(list.some((x) => x.source === 'пресс-служба правительства'));
  });

  it('"Его слова приводит Y." points back, and the pronoun is the man who spoke', () => {
    const list = ru('Мэр Твери Олег Сазонов ответил на вопросы горожан. Его слова приводит пресс-служба мэрии.').filter((x) => x.cue === 'приводит');
    assert.deepEqual(list.map((x) => x.speaker).sort(), ['Олег Сазонов', 'мэрия Твери']);
    for (const x of list) assert.equal(x.content, 'Мэр Твери Олег Сазонов ответил на вопросы горожан.');
  });

  it('"Слова X цитирует Y." with the sentence before as the claim', () => {
    const list = ru('Переговоры продолжатся на следующей неделе. Слова Дмитрия Орехова цитирует РИА Новости.').filter((x) => x.cue === 'цитирует');
    assert.deepEqual(list.map((x) => x.source).sort(), ['Дмитрия Орехова', 'РИА Новости']);
    assert.equal(list.find((x) => x.source === 'Дмитрия Орехова')!.speaker, 'Дмитрий Орехов');
  });

  it('"Его цитирует «X»: «…»": the pronoun is whom the outlet quotes', () => {
    const list = ru('Глава банка Павел Грачёв прокомментировал сделку. Его цитирует «Интерфакс»: «Мы рассчитываем закрыть её к лету».');
    assert.deepEqual(list.filter((x) => x.cue === 'цитирует').map((x) => x.speaker).sort(), ['Интерфакс', 'Павел Грачёв']);
  });

  it('an outlet in quotation marks before the quoted party: "— цитирует «Интерфакс» главу компании X"', () => {
    const list = ru('«Мы рассчитываем закрыть сделку к лету», — цитирует «Интерфакс» главу банка Павла Грачёва.');
    const x = list.filter((a) => a.cue === 'цитирует');
    assert.deepEqual(x.map((a) => a.source).sort(), ['«Интерфакс»', 'главу банка Павла Грачёва']);
    assert.ok(x.some((a) => a.speaker === 'Павел Грачёв'));
  });

  it('first names with a fleeting vowel decline back: Павла → Павел, Льва → Лев', () => {
    assert.equal(by(ru('По словам Павла Грачёва, сделку закроют к лету.'), 'По словам').speaker, 'Павел Грачёв');
    assert.equal(by(ru('По мнению Льва Дурова, спектакль удался.'), 'По мнению').speaker, 'Лев Дуров');
  });

  it('"— цитирует «X» слова аналитика": the analyst speaks, not "слова"', () => {
    const list = ru('«Снижать ставку рано», — цитирует «Интерфакс» слова аналитика.');
    const a = list.find((x) => x.source === 'аналитика');
    assert.ok(a, JSON.stringify(list));
    assert.equal(a.kind, 'anonymous');
  });
});

describe('Russian: where a claim ends', () => {
  it('", после чего" and a past verb is the speaker\'s next act, not his claim', () => {
    const a = by(ru('Мэр пообещал, что набережную откроют к июню, после чего поблагодарил строителей.'), 'пообещал');
    assert.equal(a.content, 'набережную откроют к июню');
  });

  it('", после чего" with a clause of its own stays in the claim', () => {
    const a = by(ru('Как сообщил Ильин, ремонт завершится в мае, после чего школа откроется.'), 'Как сообщил');
    assert.equal(a.content, 'ремонт завершится в мае, после чего школа откроется');
  });

  it('", добавив, что" after an inverted subject is his second claim', () => {
    const list = ru('«Мы готовы к любому сценарию», — заявил Игорь Лаптев, добавив, что штаб следит за ситуацией.');
    assert.equal(by(list, 'заявил').content, 'Мы готовы к любому сценарию');
    const b = by(list, 'добавив');
    assert.equal(b.speaker, 'Игорь Лаптев');
    assert.equal(b.content, 'штаб следит за ситуацией');
  });

  it('", добавив, что" after a что-clause splits the two claims', () => {
    const list = ru('Лаптев заявил, что штаб следит за ситуацией, добавив, что решений пока нет.');
    assert.equal(by(list, 'заявил').content, 'штаб следит за ситуацией');
    assert.equal(by(list, 'добавив').content, 'решений пока нет');
  });

  it('a contrast with other sources as its subject is the writer\'s: ", однако аналитики …", ", тогда как оппоненты …"', () => {
    assert.equal(by(ru('Министр уверен, что рост продолжится, однако аналитики настроены скептически.'), 'уверен').content, 'рост продолжится');
    assert.equal(by(ru('По словам Петрова, проект окупится за пять лет, тогда как оппоненты называют срок в десять лет.'), 'По словам').content, 'проект окупится за пять лет');
    assert.equal(by(ru('Врачи сообщили, что состояние пациента стабильное, в то время как родственники утверждают обратное.'), 'сообщили').content, 'состояние пациента стабильное');
  });

  it('a contrast inside the claim without other sources stays: ", однако темпы снизятся"', () => {
    assert.equal(by(ru('Министр уверен, что рост продолжится, однако темпы снизятся.'), 'уверен').content, 'рост продолжится, однако темпы снизятся');
  });
});

describe('Russian: a possessive before the source noun', () => {
  it('"по словам его адвоката" is the lawyer of the man before, never the man himself', () => {
    const a = by(ru('Олег Ветров получил восемь лет колонии. По словам его адвоката, приговор будет обжалован.'), 'По словам');
    assert.equal(a.source, 'его адвоката');
    assert.equal(a.speaker, 'адвокат Олега Ветрова');
    assert.equal(a.kind, 'named');
  });

  it('"Её мать рассказала" is the mother of the woman before', () => {
    const a = by(ru('Певица Анна Седова попала в больницу. Её мать рассказала, что состояние стабильное.'), 'рассказала');
    assert.equal(a.source, 'Её мать');
    assert.equal(a.speaker, 'мать Анны Седовой');
  });

  it('"Его мать" after an outlet spoke is still the mother of the man named before: only a person has a mother', () => {
    const a = by(ru('Студент Олег Ветров пропал в пятницу. Как передает корреспондент «Вестей», Олег вышел к журналистам. Его мать сказала, что сын жив.'), 'сказала');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'мать Олега Ветрова');
  });

  it('a first name alone ("Сам Олег вышел …") keeps the person it names recent for "его" after another of his family', () => {
    const text = 'Студент Олег Ветров пропал в пятницу. По словам его дяди, Ивана Ветрова, выкуп заплатили. Сам Олег после допроса вышел к журналистам. Его мать сказала, что сын жив.';
    assert.equal(by(ru(text), 'сказала').speaker, 'мать Олега Ветрова');
  });

  it('a first name inside a quote names no one for a pronoun after it: "«Олег и Анна вместе», — заявила она" is the agent', () => {
    const text = 'Актриса Анна Ветрова и певец Олег Лунин расстались, пишут таблоиды. Пресс-агент актрисы Инна Карпова опровергла слухи. «Олег и Анна вместе, у них всё хорошо», — заявила она.';
    assert.equal(by(ru(text), 'заявила').speaker, 'Инна Карпова');
  });

  it('"по словам его друзей", "по данным их источников" stay unnamed', () => {
    const a = by(ru('Виктор Лунин, по словам его друзей, не любил интервью.'), 'по словам');
    assert.equal(a.source, 'его друзей');
    assert.equal(a.kind, 'anonymous');
    const b = by(ru('Журналисты «Вестника» узнали подробности. По данным их источников, сделка сорвалась.'), 'По данным');
    assert.equal(b.source, 'их источников');
    assert.equal(b.kind, 'anonymous');
  });

  it('a name in apposition after the possessive is that person: "Его адвокат Иван Крылов заявил"', () => {
    const a = by(ru('Олег Ветров получил восемь лет колонии. Его адвокат Иван Крылов заявил, что приговор обжалуют.'), 'заявил');
    assert.equal(a.speaker, 'Иван Крылов');
  });

  it('after a cite verb the pronoun is still whom it quotes: "процитировали её участники встречи"', () => {
    const list = ru('Министр Вера Ладина выступила на встрече. «Сроки не изменятся», — процитировали её участники встречи.');
    const x = list.filter((a) => a.cue === 'процитировали');
    assert.ok(x.some((a) => a.speaker === 'Вера Ладина'), JSON.stringify(x));
    assert.ok(x.some((a) => a.source === 'участники встречи'), JSON.stringify(x));
  });
});

describe('Russian: which of two people a pronoun means', () => {
  it('a person named after a preposition and a title with an indeclinable first name is no antecedent', () => {
    const a = by(ru('Сергей Лавров провёл переговоры с госсекретарём США Энтони Блинкеном. По его словам, стороны договорились о новой встрече.'), 'По его словам');
    assert.equal(a.speaker, 'Сергей Лавров');
  });

  it('gender picks the woman or the man of a meeting', () => {
    const text = 'Министр Ольга Любимова встретилась с режиссёром Никитой Михалковым.';
    assert.equal(by(ru(`${text} По её словам, фестиваль пройдёт в июле.`), 'По её словам').speaker, 'Ольга Любимова');
    assert.equal(by(ru(`${text} По его словам, фестиваль пройдёт в июле.`), 'По его словам').speaker, 'Никита Михалков');
  });
});

describe('Russian: things that call for something are not speakers', () => {
  it('"документ требует доработки", "Закон требует …", "Ситуация требует …" report nothing', () => {
    const list = ru('Депутаты обсудили законопроект. По их словам, документ требует доработки.');
    assert.equal(list.filter((x) => x.cue === 'требует').length, 0);
    assert.equal(ru('Закон требует от банков раскрывать сведения о клиентах.').length, 0);
    assert.equal(ru('Ситуация требует немедленного вмешательства.').length, 0);
  });

  it('bodies, companies, capitals and names written with a capital elsewhere still call', () => {
    assert.equal(by(ru('Минфин предлагает повысить налоги.'), 'предлагает').speaker, 'Минфин');
    assert.equal(by(ru('Роснефть требует от «Транснефти» компенсации.'), 'требует').speaker, 'Роснефть');
    assert.equal(by(ru('Москва требует от Киева объяснений.'), 'требует').speaker, 'Москва');
    assert.equal(by(ru('Ксилон требует от ФАС отменить штраф. Ранее компания Ксилон обратилась в суд.'), 'требует').speaker, 'Ксилон');
  });
});

describe('Russian: a hedge and its claim', () => {
  it('"Как сообщалось ранее, …": the time adverb is not part of the claim', () => {
    assert.equal(by(ru('Как сообщалось ранее, завод закроют в марте.'), 'Как сообщалось').content, 'завод закроют в марте');
  });
});

describe('Russian: more ways to point back', () => {
  const before = 'В Казани задержали троих мошенников.';

  it('"Это подтвердили «X» в полиции": a bare "это" opening the sentence points back', () => {
    const a = by(ru(`${before} Это подтвердили «Известиям» в полиции.`), 'подтвердили «Известиям»');
    assert.equal(a.source, 'полиции');
    assert.equal(a.content, before);
  });

  it('"это" inside a clause does not point back', () => {
    const list = ru(`${before} Адвокат заявил, что это подтвердили в полиции.`);
    assert.ok(!list.some((x) => x.content === before), JSON.stringify(list));
  });

  it('"Подробности приводит портал X", "Такие данные приводит главк МВД"', () => {
    assert.equal(by(ru(`${before} Подробности приводит портал Kazan.ru.`), 'Подробности приводит').content, before);
    assert.equal(by(ru(`${before} Такие данные приводит столичный главк МВД.`), 'Такие данные приводит').source, 'столичный главк МВД');
  });

  it('"Сообщение об этом появилось в телеграм-канале X": the place it appeared speaks', () => {
    const a = ru(`${before} Сообщение об этом появилось в телеграм-канале Mash.`).find((x) => x.source === 'телеграм-канале Mash');
    assert.ok(a);
    assert.equal(a.speaker, 'Mash');
    assert.equal(a.content, before);
    const b = ru(`${before} Соответствующее заявление опубликовано на сайте МВД.`);
    assert.equal(b.length, 1, JSON.stringify(b));
    assert.equal(b[0]!.content, before);
  });

  it('"появилось" with nothing pointing back reports nothing', () => {
    assert.equal(ru('В магазинах появилось новое молоко.').length, 0);
  });
});

describe('Russian: anonymous sources described by their own phrase', () => {
  it('"по словам знакомого с ситуацией чиновника" → one unnamed official, in the nominative', () => {
    const a = by(ru('По словам знакомого с ситуацией чиновника, решение уже принято.'), 'По словам');
    assert.equal(a.source, 'знакомого с ситуацией чиновника');
    assert.equal(a.speaker, 'знакомый с ситуацией чиновник');
    assert.equal(a.kind, 'anonymous');
  });

  it('"Близкий к Кремлю источник рассказал", "Знакомый с ситуацией чиновник рассказал" are anonymous, whatever the capital letter', () => {
    assert.equal(by(ru('Как рассказал близкий к мэрии источник, указ готов.'), 'Как рассказал').kind, 'anonymous');
    const a = by(ru('Знакомый с ситуацией чиновник рассказал, что решение принято.'), 'рассказал');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Знакомый с ситуацией чиновник');
  });

  it('an adjective before the noun and a description after the comma: "Федеральный чиновник, знакомый с …, рассказал"', () => {
    const a = by(ru('Федеральный чиновник, знакомый с ходом обсуждения, рассказал, что бюджет урежут.'), 'рассказал');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'бюджет урежут');
  });

  it('circles: "в деловых кругах говорят", "в близких к клубу кругах"', () => {
    const a = by(ru('В деловых кругах говорят, что банк продадут.'), 'говорят');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'деловые круги');
    const b = by(ru('Как утверждают в близких к клубу кругах, контракт с тренером продлят.'), 'Как утверждают');
    assert.equal(b.speaker, 'близкие к клубу круги');
    assert.equal(b.content, 'контракт с тренером продлят');
    assert.equal(ru('Круг подозреваемых сузился.').length, 0);
  });

  it('"Как стало известно изданию из нескольких источников": the outlet and its sources', () => {
    const list = ru('Как стало известно изданию из нескольких источников, сделка закрыта.');
    assert.equal(list.length, 2, JSON.stringify(list));
    assert.ok(list.some((x) => x.source === 'нескольких источников' && x.kind === 'anonymous' && x.content === 'сделка закрыта'));
  });
});

describe('Russian: admissions of a thing and adverbs of degree', () => {
  it('"признал вину", "признал свою ошибку", "признал его виновным" report no claim', () => {
    assert.equal(ru('Министр признал свою ошибку.').length, 0);
    assert.equal(ru('Суд признал его виновным в мошенничестве.').length, 0);
    const list = ru('Как сообщила пресс-секретарь суда Анна Белова, подсудимый частично признал вину.');
    assert.equal(list.length, 1, JSON.stringify(list));
    assert.equal(list[0]!.content, 'подсудимый частично признал вину');
  });

  it('"признал, что …" still reports', () => {
    assert.equal(by(ru('Тренер признал, что команда устала.'), 'признал').content, 'команда устала');
  });

  it('an adverb of degree is not part of the subject: "Подсудимый полностью признал …. Он заявил"', () => {
    const a = by(ru('Подсудимый полностью признал вину. Он заявил, что раскаивается.'), 'заявил');
    assert.equal(a.speaker, 'Подсудимый');
    const b = by(ru('Подсудимый частично признал, что брал деньги.'), 'признал');
    assert.equal(b.source, 'Подсудимый');
  });
});

describe('Russian: foreign, compound and three-part names in the nominative', () => {
  const speaker = (text: string) => by(ru(text), 'По словам').speaker;

  it('a middle first name: "Реджепа Тайипа Эрдогана" → Реджеп Тайип Эрдоган (and "Олег Ким" stays two words)', () => {
    assert.equal(speaker('По словам Реджепа Тайипа Эрдогана, Турция не присоединится к санкциям.'), 'Реджеп Тайип Эрдоган');
    assert.equal(by(ru('Министр Олег Ким заявил, что субсидии выделят.'), 'заявил').speaker, 'Олег Ким');
  });

  it('both halves of a double surname decline: Римского-Корсакова, Петровой-Водкиной', () => {
    assert.equal(speaker('По словам Ивана Римского-Корсакова, музыка вечна.'), 'Иван Римский-Корсаков');
    assert.equal(speaker('По словам Анны Петровой-Водкиной, выставка откроется весной.'), 'Анна Петрова-Водкина');
  });

  it('a particle inside a surname: "Урсулы фон дер Ляйен" → Урсула фон дер Ляйен', () => {
    assert.equal(speaker('По словам Урсулы фон дер Ляйен, ЕС введёт пошлины.'), 'Урсула фон дер Ляйен');
  });

  it('the last syllable of a Korean name: "Ким Чен Ына" → Ким Чен Ын', () => {
    assert.equal(speaker('По словам Ким Чен Ына, КНДР укрепит оборону.'), 'Ким Чен Ын');
  });

  it('an unknown man\'s first name in the genitive with an indeclinable surname: "Бенъямина Нетаньяху"', () => {
    assert.equal(speaker('По словам Бенъямина Нетаньяху, угроза сохраняется.'), 'Бенъямин Нетаньяху');
  });
});

describe('Russian: more titles', () => {
  it('a bare sports title after the named player is that player: "— добавил полузащитник"', () => {
    const list = ru('Полузащитник Алексей Батуев признал, что команда устала. «Нам нужен отдых», — добавил полузащитник.');
    assert.equal(by(list, 'добавил').speaker, 'Алексей Батуев');
  });

  it('envoys and commissioners are titles: "по словам верховного комиссара ООН", "Как заявил полпред президента"', () => {
    const a = by(ru('По словам верховного комиссара ООН, нарушения продолжаются.'), 'По словам');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'верховный комиссар ООН');
    assert.equal(by(ru('Как заявил полпред президента в округе Игорь Рудаков, дороги отремонтируют.'), 'Как заявил').speaker, 'Игорь Рудаков');
  });
});

describe('Russian: a pointer after a dash or a colon in its own sentence', () => {
  it('"X — об этом заявил губернатор", "X: об этом сообщили в мэрии" give X', () => {
    assert.equal(by(ru('Ремонт завершат к зиме — об этом заявил губернатор.'), 'заявил').content, 'Ремонт завершат к зиме');
    assert.equal(by(ru('В городе откроют новый парк: об этом сообщили в мэрии.'), 'сообщили').content, 'В городе откроют новый парк');
    assert.equal(by(ru('Завод закроют в марте — об этом говорится на сайте компании.'), 'говорится на').content, 'Завод закроют в марте');
  });

  it('a quote before the dash is direct: "«…» — об этом заявил X"', () => {
    const a = by(ru('«Ремонт завершат к зиме» — об этом заявил губернатор.'), 'заявил');
    assert.equal(a.content, 'Ремонт завершат к зиме');
    assert.equal(a.direct, true);
  });
});

describe('Russian: a document whose genitive names no one', () => {
  it('"Как следует из материалов дела" → материалы дела speak, and are never "он"', () => {
    const list = ru('Суд начал рассматривать дело Олега Ветрова. Как следует из материалов дела, деньги вывели за рубеж. Сам он заявил, что ни в чём не виноват.');
    const a = by(list, 'Как следует из');
    assert.equal(a.speaker, 'материалы дела');
    assert.equal(by(list, 'заявил').speaker, 'Олег Ветров');
  });
});

describe('Russian: "Из X следует, что …"', () => {
  it('the source fronted before "следует" speaks the что-clause', () => {
    const a = by(ru('Из отчёта Минфина следует, что дефицит вырос.'), 'следует');
    assert.equal(a.speaker, 'Минфин');
    assert.equal(a.content, 'дефицит вырос');
    assert.equal(by(ru('Из материалов дела следует: деньги вывели за рубеж.'), 'следует').content, 'деньги вывели за рубеж');
  });

  it('"Из Москвы следует поезд" is no report', () => {
    assert.equal(ru('Из Москвы следует поезд.').length, 0);
  });
});

describe('Russian: regional and sports writing', () => {
  it('a private person named by an initial: "Жительница Перми Ольга К. рассказала"', () => {
    const a = by(ru('Жительница Перми Ольга К. рассказала, что три месяца не может дозвониться в поликлинику.'), 'рассказала');
    assert.equal(a.speaker, 'Ольга К.');
    assert.equal(a.content, 'три месяца не может дозвониться в поликлинику');
    assert.equal(by(ru('Пенсионер Иван С. пожаловался, что ему не выплатили пособие.'), 'пожаловался').speaker, 'Иван С.');
  });

  it('a lone foreign surname after a title and its club: "Форвард «Зенита» Мателиус"; "— добавил бразилец" is him', () => {
    const list = ru('Форвард «Зенита» Мателиус заявил после игры, что команда заслужила победу. «Мы были лучше», — добавил бразилец.');
    assert.equal(by(list, 'заявил').speaker, 'Мателиус');
    assert.equal(by(list, 'добавил').speaker, 'Мателиус');
  });

  it('an outlet in the dative after the verb is not part of the claim: "подтвердила «Коммерсанту» информацию о …"', () => {
    assert.equal(by(ru('Пресс-служба компании подтвердила «Коммерсанту» информацию о сокращениях.'), 'подтвердила').content, 'информацию о сокращениях');
  });

  it('"признался в убийстве" is a confession of a thing; "признался в том, что …" reports', () => {
    assert.equal(ru('Задержанный американец признался в совершении преступления.').length, 0);
    assert.equal(by(ru('Футболист признался в том, что думает о завершении карьеры.'), 'признался').content, 'думает о завершении карьеры');
  });
});

describe('Russian: plural antecedents and the spelling of a name', () => {
  it('"их" after two people named together is both of them, a plural title before the names included', () => {
    const a = by(ru('Депутаты Иван Петров и Ольга Сидорова внесли законопроект. По их мнению, он поможет семьям.'), 'По их мнению');
    assert.equal(a.speaker, 'Иван Петров и Ольга Сидорова');
    assert.equal(a.kind, 'named');
  });

  it('past plurals with no -л- in the masculine agree: "внесли", "спасли"', () => {
    const a = by(ru('Депутаты Мосгордумы внесли законопроект. По их мнению, он поможет семьям.'), 'По их мнению');
    assert.equal(a.speaker, 'Депутаты Мосгордумы');
  });

  it('a name keeps its ё as the text spells it: "Пётр Сомов"', () => {
    assert.equal(by(ru('Пётр Сомов считает, что выборы пройдут честно.'), 'считает').speaker, 'Пётр Сомов');
  });
});

describe('Russian: a place pronoun for the body that spoke', () => {
  it('"Как сообщили в ней" is the company that spoke last, by gender', () => {
    const a = by(ru('Компания «Вектор» объявила о банкротстве. Как сообщили в ней, долги превысили миллиард.'), 'Как сообщили');
    assert.equal(a.source, 'ней');
    assert.equal(a.speaker, 'Компания «Вектор»');
    assert.equal(a.content, 'долги превысили миллиард');
  });

  it('"в ней" with no body before is no source', () => {
    const list = ru('Сергей Иванов уехал в Москву. В ней он заявил, что вернётся.');
    assert.equal(by(list, 'заявил').speaker, 'Сергей Иванов');
  });
});

describe('Russian: a generic title for the office a person named before holds', () => {
  it('"Глава региона" is the governor, "глава города" the mayor, "глава ведомства" the minister, "глава компании" the CEO', () => {
    assert.equal(by(ru('Губернатор Олег Смирнов встретился с министром Ольгой Ивановой. Глава региона заявил, что стороны договорились.'), 'заявил').speaker, 'Олег Смирнов');
    assert.equal(by(ru('Мэр Твери Алексей Огоньков осмотрел набережную. Глава города пообещал, что работы завершат к лету.'), 'пообещал').speaker, 'Алексей Огоньков');
    assert.equal(by(ru('Министр Ольга Иванова встретилась с губернатором Олегом Смирновым. Глава ведомства заявила, что деньги выделят.'), 'заявила').speaker, 'Ольга Иванова');
    assert.equal(by(ru('Гендиректор «Вектора» Павел Ершов выступил на форуме. Глава компании отметил, что выручка выросла.'), 'отметил').speaker, 'Павел Ершов');
  });

  it('a longer title or no such office holder stays as written', () => {
    assert.equal(by(ru('Глава региона заявил, что дороги отремонтируют.'), 'заявил').speaker, 'Глава региона');
    const list = ru('Президент Иван Лосев встретился с наблюдателями. Глава группы наблюдателей от ОБСЕ заявил, что выборы прошли честно.');
    assert.notEqual(by(list, 'заявил').speaker, 'Иван Лосев');
  });
});

describe('Russian: anonymous sources in other words', () => {
  it('"Как выразился один из чиновников, «…»"', () => {
    const a = by(ru('Как выразился один из чиновников, «это катастрофа».'), 'Как выразился');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'это катастрофа');
  });

  it('testimony frames: "По свидетельству очевидцев", "Со слов соседей", "по расчётам аналитиков"', () => {
    assert.equal(by(ru('По свидетельству очевидцев, машина загорелась на ходу.'), 'По свидетельству').speaker, 'очевидцы');
    const b = by(ru('Со слов соседей, семья жила тихо.'), 'Со слов');
    assert.equal(b.kind, 'anonymous');
    assert.equal(b.speaker, 'соседи');
    assert.equal(by(ru('По расчётам аналитиков, дефицит вырастет.'), 'По расчётам').kind, 'anonymous');
  });

  it('irregular plurals of townspeople: "Горожане жалуются", "по словам россиян"', () => {
    assert.equal(by(ru('Горожане жалуются, что автобусы ходят редко.'), 'жалуются').kind, 'anonymous');
    assert.equal(by(ru('По словам опрошенных россиян, цены растут быстрее зарплат.'), 'По словам').kind, 'anonymous');
  });

  it('the lobbies of a body are a circle: "В кулуарах Госдумы говорят"', () => {
    const a = by(ru('В кулуарах Госдумы говорят, что закон не примут.'), 'говорят');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'кулуары Госдумы');
  });

  it('a relative clause after a preposition describes the subject: "Аналитики, с которыми поговорил РБК, …"', () => {
    const list = ru('Аналитики, с которыми поговорил РБК, считают, что ставку снизят.');
    const a = by(list, 'считают');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'ставку снизят');
    assert.equal(ru('Аналитики, с которыми поговорил РБК, ожидают снижения ставки.').filter((x) => x.source === 'снижения ставки').length, 0);
  });

  it('"их" after a colon means the subject before it: "Родители учеников возмущены: по их словам, …"', () => {
    const a = by(ru('Родители учеников возмущены: по их словам, плату подняли без предупреждения.'), 'по их словам');
    assert.equal(a.speaker, 'Родители учеников');
    assert.equal(a.kind, 'anonymous');
  });
});

describe('Russian: what the new rules must not find', () => {
  for (const text of [
    'В Москве открылся новый парк. Это заметили жители.',
    'Он вышел из комнаты, добавив соли в суп.',
    'Его друзья приехали на свадьбу.',
    'Её мать работает врачом.',
    'В ней живут сто человек.',
    'Видео появилось в сети вчера.',
    'Министр признал победу соперника.',
    'Горожане вышли на субботник.',
    'Ольга К. пришла домой.',
    'Глава региона посетил школу.',
  ]) {
    it(`no attribution in "${text}"`, () => assert.deepEqual(ru(text), []));
  }
});

describe('Russian: bodies with their territory and reports on a website', () => {
  it('"управления Роспотребнадзора по Свердловской области", "ГУ МВД по Москве" keep their territory', () => {
    assert.equal(by(ru('По данным управления Роспотребнадзора по Свердловской области, заболеваемость растёт.'), 'По данным').speaker,
      'управление Роспотребнадзора по Свердловской области');
    assert.equal(by(ru('Как сообщили в управлении Росреестра по Москве, число сделок выросло.'), 'Как сообщили').speaker, 'управление Росреестра по Москве');
  });

  it('a standard after "по" is no territory: "в отчётности компании по МСФО"', () => {
    const a = by(ru('Выручка выросла на 5%, говорится в отчётности компании по МСФО.'), 'говорится в');
    assert.ok(!/МСФО/.test(a.speaker ?? ''), a.speaker ?? '');
  });

  it('"Как сообщается на сайте Кремля" names the site\'s owner instead of a bare hedge', () => {
    const a = by(ru('Как сообщается на сайте Кремля, встреча пройдёт в пятницу.'), 'Как сообщается на');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Кремль');
    assert.equal(a.content, 'встреча пройдёт в пятницу');
  });
});

describe('Russian: quotes after a topic and after a second verb', () => {
  it('"рассказал о планах: «…»", "ответил на критику: «…»" give the quote', () => {
    const a = by(ru('Игорь Лаптев рассказал о планах: «Мы откроем три магазина».'), 'рассказал');
    assert.equal(a.content, 'Мы откроем три магазина');
    assert.equal(a.direct, true);
    assert.equal(by(ru('Игорь Лаптев ответил на критику: «Мы работаем по закону».'), 'ответил').content, 'Мы работаем по закону');
  });

  it('"«…», — сказал X и добавил: «…»": the source ends before "и", and the second quote is his too', () => {
    const list = ru('«Мы готовы», — сказал Игорь Лаптев и добавил: «Но нужны гарантии».');
    assert.equal(by(list, 'сказал').source, 'Игорь Лаптев');
    const b = by(list, 'добавил');
    assert.equal(b.speaker, 'Игорь Лаптев');
    assert.equal(b.content, 'Но нужны гарантии');
  });
});

describe('Russian: an outlet in a relative clause relays the main claim', () => {
  it('"Министр, которого цитирует РИА Новости, уточнил, что …": the minister speaks, through the outlet', () => {
    const list = ru('Министр, которого цитирует РИА Новости, уточнил, что налоги не вырастут.');
    assert.equal(by(list, 'уточнил').source, 'Министр');
    assert.equal(by(list, 'уточнил').content, 'налоги не вырастут');
    assert.equal(by(list, 'цитирует').speaker, 'РИА Новости');
    assert.equal(by(list, 'цитирует').content, 'налоги не вырастут');
    const through = analyze('Министр, которого цитирует РИА Новости, уточнил, что налоги не вырастут.', { lang: 'ru' }).attributions;
    const minister = through.find((x) => x.cue.text === 'уточнил')!;
    assert.equal(through[minister.via!]?.speaker, 'РИА Новости');
  });

  it('"X, слова которого приводит ТАСС, заявил, что …"', () => {
    const list = ru('Глава банка Андрей Костин, слова которого приводит ТАСС, заявил, что санкции не помешают.');
    assert.equal(by(list, 'заявил').speaker, 'Андрей Костин');
    assert.equal(by(list, 'приводит').speaker, 'ТАСС');
    assert.equal(by(list, 'приводит').content, 'санкции не помешают');
  });
});

describe('Russian: a colon that introduces the next paragraph', () => {
  it('"X вспоминает тот день так:" ¶ "«…»" → the quote is the claim', () => {
    const a = by(ru('Анна Лосева вспоминает тот день так:\n\n«Мы проснулись от грохота. Окна вылетели, дети плакали».'), 'вспоминает');
    assert.equal(a.content, 'Мы проснулись от грохота. Окна вылетели, дети плакали');
    assert.equal(a.direct, true);
  });

  it('"Вот что рассказал нам X:" ¶ "— …" → the dialogue line is the claim', () => {
    const a = by(ru('Вот что рассказал нам директор школы Олег Сомов:\n\n— Мы не получали никаких предупреждений.'), 'рассказал нам');
    assert.equal(a.speaker, 'Олег Сомов');
    assert.equal(a.content, 'Мы не получали никаких предупреждений');
  });

  it('a colon followed by plain narration changes nothing', () => {
    const list = ru('Министр заявил, что важно одно:\n\nВ городе тем временем шёл снег.');
    assert.equal(by(list, 'заявил').content, 'важно одно');
  });
});

describe('Russian: more hedges and unnamed outlets', () => {
  it('"По ряду данных, …", "Как ожидается, …" are hedges', () => {
    assert.equal(by(ru('По ряду данных, погибли трое.'), 'По ряду данных').kind, 'unattributed');
    const a = by(ru('Как ожидается, решение примут в пятницу.'), 'Как ожидается');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'решение примут в пятницу');
  });

  it('"Поговаривают, будто …": the claim starts after "будто"', () => {
    assert.equal(by(ru('Поговаривают, будто министр уходит.'), 'Поговаривают').content, 'министр уходит');
  });

  it('"местные издания" with no name are an unnamed group', () => {
    assert.equal(by(ru('Как писали ранее местные издания, мост закроют.'), 'Как писали').kind, 'anonymous');
  });
});

describe('Russian: a title of an unnamed member and a quoted addressee', () => {
  it('"Директор одного из предприятий, пожелавший остаться неизвестным, рассказал «X», что …" is anonymous, and «X» is no part of the claim', () => {
    const a = by(ru('Директор одного из автотранспортных предприятий, пожелавший остаться неизвестным, рассказал «Волжской коммуне», что компенсации не покрывают затрат.'), 'рассказал');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'компенсации не покрывают затрат');
  });

  it('a title with a named owner stays named: "Директор завода рассказал"', () => {
    assert.equal(by(ru('Директор завода рассказал, что зарплаты повысят.'), 'рассказал').kind, 'named');
  });
});

describe('Russian: a description after an inverted anonymous source', () => {
  it('"Как рассказал ТАСС источник, знакомый с материалами дела, …": "дела" is no verb; the description is the source\'s', () => {
    const a = by(ru('Как рассказал ТАСС источник, знакомый с материалами дела, один из фигурантов дал показания.'), 'Как рассказал ТАСС');
    assert.equal(a.source, 'источник, знакомый с материалами дела');
    assert.equal(a.content, 'один из фигурантов дал показания');
  });
});

describe('Russian: sports titles and who quotes whom', () => {
  it('"— цитирует Семака пресс-служба клуба": the coach through the press office', () => {
    const list = ru('Главный тренер Сергей Семак остался доволен. «Было тяжело», — цитирует Семака пресс-служба клуба.').filter((x) => x.cue === 'цитирует');
    assert.deepEqual(list.map((x) => x.speaker).sort(), ['Сергей Семак', 'пресс-служба клуба']);
  });

  it('a player is not the coach who spoke last: "Сам футболист написал" after the coach', () => {
    const list = ru('Наставник армейцев Марко Николич признал, что команде не хватило концентрации. Сам футболист в соцсетях написал, что «вернётся сильнее».');
    assert.notEqual(by(list, 'написал').speaker, 'Марко Николич');
  });

  it('two words for one trade still point back: "Нападающий Иван Рябов …. — сказал футболист"', () => {
    const list = ru('Нападающий Иван Рябов признал, что устал. «Нужен отдых», — сказал футболист.');
    assert.equal(by(list, 'сказал').speaker, 'Иван Рябов');
  });
});

describe('Russian: a first-person verb before a named speaker and a colon', () => {
  it('"Давайте послушаем самого Ивана Лосева: «…»" — "послушаем" is a verb, not an adjective', () => {
    const a = by(ru('Давайте послушаем самого Ивана Лосева: «Это день нашей победы».'), ':');
    assert.equal(a.speaker, 'Иван Лосев');
    assert.equal(a.content, 'Это день нашей победы');
  });

  it('a first name and a patronymic alone: "самого Александра Григорьевича" → Александр Григорьевич', () => {
    const a = by(ru('Давайте послушаем самого Александра Григорьевича: «Это день нашей победы».'), ':');
    assert.equal(a.speaker, 'Александр Григорьевич');
  });
});

describe('Russian: documents described by a participle', () => {
  it('"В заявлении, опубликованном на сайте Кремля, говорится, что …" → Кремль', () => {
    const a = by(ru('В заявлении, опубликованном на сайте Кремля, говорится, что встреча прошла конструктивно.'), 'говорится');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Кремль');
    assert.equal(a.content, 'встреча прошла конструктивно');
  });

  it('"В опубликованном на сайте МИД заявлении говорится" → МИД; "в опубликованном в среду докладе ООН" → ООН', () => {
    assert.equal(by(ru('В опубликованном на сайте МИД заявлении говорится, что Москва ответит.'), 'говорится').speaker, 'МИД');
    assert.equal(by(ru('Как говорится в опубликованном в среду докладе ООН, голод усилился.'), 'Как говорится в').speaker, 'ООН');
  });

  it('a recipient right after the participle is no owner: "в полученном «Вестником» документе"', () => {
    const list = ru('Минфин разослал письмо банкам. Как говорится в полученном «Вестником» документе, проверки начнутся в мае.');
    assert.notEqual(by(list, 'Как говорится в').speaker, 'Вестник');
  });

  it('a title, its place and the name: "посол России в Турции Алексей Ерхов"', () => {
    const a = by(ru('Посол России в Турции Алексей Ерхов рассказал, что визит готовится.'), 'рассказал');
    assert.equal(a.source, 'Посол России в Турции Алексей Ерхов');
  });
});

describe('Russian: two titled people as one source', () => {
  it('"по словам главы Минфина Антона Силуанова и главы ЦБ Эльвиры Набиуллиной" → both', () => {
    const a = by(ru('По словам главы Минфина Антона Силуанова и главы ЦБ Эльвиры Набиуллиной, инфляция замедлится.'), 'По словам');
    assert.equal(a.speaker, 'Антон Силуанов и Эльвира Набиуллина');
  });
});

describe('Russian: a team or a camp as a circle of unnamed sources', () => {
  it('"В команде губернатора утверждают", "В лагере республиканцев говорят"', () => {
    const a = by(ru('В команде губернатора утверждают, что отставки не будет.'), 'утверждают');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'команда губернатора');
    assert.equal(by(ru('В лагере республиканцев говорят, что законопроект провалится.'), 'говорят').kind, 'anonymous');
  });
});

describe('Russian: asides of the writer', () => {
  it('"Министр, напомним, ранее заявлял, что …": the aside stands between subject and verb', () => {
    const a = by(ru('Министр, напомним, ранее заявлял, что завод не закроют.'), 'заявлял');
    assert.equal(a.source, 'Министр');
    assert.equal(a.content, 'завод не закроют');
  });

  it('a closing aside that reports by itself ends the claim: "(ранее об этом писал «Вестник»)"', () => {
    assert.equal(by(ru('Министр заявил, что завод закроют (ранее об этом писал «Вестник»).'), 'заявил').content, 'завод закроют');
  });

  it('an aside that explains the claim stays in it', () => {
    assert.equal(by(ru('Эксперты заявляли, что задержки растут (речь шла не только о забастовках, но и о технике).'), 'заявляли').content,
      'задержки растут (речь шла не только о забастовках, но и о технике)');
  });
});

describe('Russian: a neuter pronoun for a body named in the sentence before', () => {
  it('"Ведомство провело проверку. Оно установило, что …" → the body', () => {
    const a = by(ru('Ведомство провело проверку. Оно установило, что нарушений нет.'), 'установило');
    assert.equal(a.source, 'Оно');
    assert.equal(a.speaker, 'Ведомство');
  });
});

describe('Russian: the verb that decides an ambiguous first name', () => {
  it('any past form after the name: "Валентина Ковтун провела заседание. Как отметила Ковтун" → a woman throughout', () => {
    const list = ru('Спикер Валентина Ковтун провела заседание. Как отметила Ковтун, закон примут до конца года.');
    assert.equal(by(list, 'Как отметила').speaker, 'Валентина Ковтун');
  });

  it('right after a verb that reports nothing, the name is its object: "встретила Александра Лужина" → a man', () => {
    const list = ru('Жена встретила Александра Лужина на вокзале. По словам Лужина, поездка прошла хорошо.');
    assert.equal(by(list, 'По словам').speaker, 'Александр Лужин');
  });
});

describe('Russian: an adjective opening an inverted body', () => {
  it('"Об этом сообщила объединённая пресс-служба судов края" points back', () => {
    const a = by(ru('Суд признал мэра виновным. Об этом сообщила объединённая пресс-служба судов края.'), 'сообщила');
    assert.equal(a.source, 'объединённая пресс-служба судов края');
    assert.equal(a.content, 'Суд признал мэра виновным.');
  });

  it('"Гособвинение просило …" and "Прокурор … заявила" in a court report', () => {
    const list = ru('Гособвинитель Елена Сухова в прениях заявила, что подсудимый нанёс ущерб бюджету.');
    assert.equal(by(list, 'заявила').speaker, 'Елена Сухова');
  });
});

describe('Russian: quantified unnamed sources in the nominative', () => {
  it('agreeing quantifiers agree again: "по мнению многих экспертов" → многие эксперты', () => {
    assert.equal(by(ru('По мнению многих экспертов, кризис затянется.'), 'По мнению').speaker, 'многие эксперты');
    assert.equal(by(ru('По словам некоторых жителей, свет отключали дважды.'), 'По словам').speaker, 'некоторые жители');
  });

  it('governing quantifiers keep the genitive: "большинства опрошенных экономистов" → большинство опрошенных экономистов', () => {
    assert.equal(by(ru('По мнению большинства опрошенных экономистов, рубль ослабнет.'), 'По мнению').speaker, 'большинство опрошенных экономистов');
    assert.equal(by(ru('По данным ряда источников, сделка сорвалась.'), 'По данным').speaker, 'ряд источников');
  });
});

describe('Russian: stances before a colon', () => {
  it('"Эксперты единодушны: …", "Петров категоричен: «…»" report; "единодушны в оценках" does not', () => {
    const a = by(ru('Эксперты единодушны: ставку снизят.'), 'единодушны');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'ставку снизят');
    assert.equal(by(ru('Олег Петров категоричен: «Никаких уступок не будет».'), 'категоричен').content, 'Никаких уступок не будет');
    assert.equal(ru('Эксперты единодушны в оценках.').length, 0);
    assert.equal(ru('Депутаты солидарны с губернатором.').length, 0);
  });
});

describe('Russian: a title before a quoted owner and the name', () => {
  it('"аналитик Центра исследований «Степь» Тимур Алиев": the title is his, so "Министр экономики" later is not he', () => {
    const list = ru('Иначе смотрит на ситуацию аналитик Центра экономических исследований «Степь» Тимур Алиев. Он не исключил снижения ставки. Министр национальной экономики заверил журналистов, что цены не вырастут.');
    assert.notEqual(by(list, 'заверил').speaker, 'Тимур Алиев');
  });
});

describe('Russian: a body\'s head named by a possessive', () => {
  it('"Фонд, по словам его директора, …" after "Директор фонда «Берег» Анна Лосева" is she', () => {
    const list = ru('Директор фонда «Берег» Анна Лосева рассказала о планах. Фонд, по словам его директора, помог 300 семьям.');
    assert.equal(by(list, 'по словам').speaker, 'Анна Лосева');
  });

  it('with no one given the title, "его директора" stays unnamed', () => {
    assert.equal(by(ru('Фонд, по словам его директора, помог 300 семьям.'), 'по словам').kind, 'anonymous');
  });
});

describe('Russian: a man\'s surname in -а', () => {
  it('"глава топливного союза Евгений Варнуша" after a genitive title stays in the nominative', () => {
    const a = by(ru('Цены вырастут. Такое мнение высказал глава Российского топливного союза Евгений Варнуша.'), 'высказал');
    assert.equal(a.speaker, 'Евгений Варнуша');
  });

  it('"по словам главы союза Евгения Варнуши" is Евгений Варнуша', () => {
    assert.equal(by(ru('По словам главы союза Евгения Варнуши, цены вырастут.'), 'По словам').speaker, 'Евгений Варнуша');
  });

  it('a Korean name still takes its case ending on the last syllable only', () => {
    assert.equal(by(ru('Как заявил глава КНДР Ким Чен Ын, переговоры продолжатся.'), 'Как заявил').speaker, 'Ким Чен Ын');
  });
});

describe('Russian: a person\'s press office', () => {
  it('"Об этом сообщает его пресс-служба": the whole phrase is the source, speaking for the person', () => {
    const a = by(ru('Вице-премьер Марат Хасанов поручил ускорить стройку. Об этом сообщает его пресс-служба.'), 'сообщает');
    assert.equal(a.source, 'его пресс-служба');
    assert.equal(a.speaker, 'Марат Хасанов');
  });
});

describe('Russian: a frame\'s genitive surname before a nominative one', () => {
  it('"По словам Пескова, Путин и Трамп встретятся": Песков speaks, the names after the comma are the claim\'s', () => {
    const a = by(ru('По словам Лескова, Путин и Трамп встретятся в мае.'), 'По словам');
    assert.equal(a.source, 'Лескова');
    assert.equal(a.content, 'Путин и Трамп встретятся в мае');
  });
});


describe('Russian: a generic title with an adjective before the office', () => {
  it('"Глава военного ведомства потребовал" after "Министр обороны Андрей Белоусов" is the minister', () => {
    const a = by(ru('Министр обороны Андрей Белоусов провел совещание. Глава военного ведомства потребовал ускорить поставки.'), 'потребовал');
    assert.equal(a.speaker, 'Андрей Белоусов');
  });

  it('a capitalized adjective names another office: "Глава Ленинского района" is not the mayor named before', () => {
    const a = by(ru('Мэр Самары Иван Носов провел совещание. Глава Ленинского района заявил, что дороги отремонтируют.'), 'заявил');
    assert.notEqual(a.speaker, 'Иван Носов');
  });
});
