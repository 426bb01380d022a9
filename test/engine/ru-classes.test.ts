// Russian error classes found on held-out articles, one specification per
// rule, each on sentences written for this file: occupations and trial roles,
// names that look like dates, places that are objects, and the other classes below.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: roles, surnames and places', () => {
  it('a bare trial role after a quote is the person who spoke: "— сказал подсудимый"', () => {
    const list = ru('Суд продолжил рассматривать дело Олега Мартынова. Выступая в суде, Мартынов заявил, что деньги вернет. «Я ни в чем не виноват», — сказал подсудимый.');
    assert.equal(by(list, 'заявил').speaker, 'Олег Мартынов');
    assert.equal(by(list, 'сказал').speaker, 'Олег Мартынов');
  });

  it('a title with a genitive owner ends in the speaker\'s own name: "Адвокат Олега Мартынова Вера Сомова"', () => {
    const list = ru('Адвокат Олега Мартынова Вера Сомова заявила, что обжалует приговор. «У обвинения нет доказательств», — добавила защитник.');
    assert.equal(by(list, 'заявила').speaker, 'Вера Сомова');
    assert.equal(by(list, 'добавила').speaker, 'Вера Сомова');
  });

  it('a surname that begins like a month is still a surname: "Мартынов", "Августинович"', () => {
    assert.equal(by(ru('Мартынов заявил, что деньги вернет.'), 'заявил').speaker, 'Мартынов');
    assert.equal(by(ru('В четверг Августинович заявил, что в понедельник все решится.'), 'заявил').content, 'в понедельник все решится');
  });

  it('unnamed victims and survey respondents are anonymous groups', () => {
    assert.equal(by(ru('Потерпевшие говорят, что не получили компенсаций.'), 'говорят').kind, 'anonymous');
    const a = by(ru('Большинство респондентов назвали главной проблемой дороги.'), 'назвали');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'главной проблемой дороги');
  });

  it('an office of a person is an organization: "В аппарате губернатора сообщили"', () => {
    const a = by(ru('В аппарате губернатора сообщили, что дорогу откроют в мае.'), 'сообщили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'аппарат губернатора');
  });

  it('"в" with an accusative place says whither, and a genitive after the place is no subject', () => {
    assert.deepEqual(ru('Позже дело передали в центральный аппарат ведомства.'), []);
    assert.deepEqual(ru('Позже дело передали в офис ведомства.'), []);
  });
});

describe('Russian: speakers in the nominative', () => {
  it('a body named in the prepositional case is shown in the nominative, and "ведомство" later is that body', () => {
    const list = ru('В Минтрансе России сообщили, что мост откроют в мае. В ведомстве уточнили, что ремонт почти завершен. В Роспотребнадзоре заявили, что вода чистая. По данным службы, жалоб нет.');
    assert.equal(by(list, 'сообщили').speaker, 'Минтранс России');
    assert.equal(by(list, 'уточнили').speaker, 'Минтранс России');
    assert.equal(by(list, 'заявили').speaker, 'Роспотребнадзор');
    assert.equal(by(list, 'По данным').speaker, 'Роспотребнадзор');
  });

  it('"один из X" is one unnamed member of a group: anonymous, in the nominative', () => {
    const a = by(ru('По словам одного из депутатов, закон примут осенью.'), 'По словам');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'один из депутатов');
    const b = by(ru('Одна из жительниц рассказала, что воды нет третий день.'), 'рассказала');
    assert.equal(b.kind, 'anonymous');
    assert.equal(b.speaker, 'одна из жительниц');
  });

  it('a name in apposition closing the sentence makes "одна из X" named', () => {
    const a = by(ru('«Нам никто не помог», — сказала журналистам одна из пострадавших, Анна Котова.'), 'сказала журналистам');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Анна Котова');
  });

  it('a quoted channel name keeps no stray quotation mark', () => {
    const list = ru('Телеграм-канал «Северный дозор», который первым написал о сделке, утверждал, что цена завышена.');
    for (const a of list) assert.ok(!/[«»]/.test(a.speaker ?? ''), a.speaker ?? '');
    assert.equal(by(list, 'утверждал').speaker, 'Северный дозор');
  });

  it('a compound company noun ("компании-перевозчике «…»") is the company', () => {
    const a = by(ru('В компании-перевозчике «Северный путь» заявили, что рейсы возобновят.'), 'заявили');
    assert.equal(a.kind, 'named');
    assert.match(a.speaker ?? '', /Северный путь/);
  });

  it('a bare title never resolves to an anonymous speaker quoted just before', () => {
    const list = ru('По словам одного из собеседников, идея принадлежит профильному министру, который считает, что реформа назрела.');
    assert.notEqual(by(list, 'считает').speaker, 'один из собеседников');
  });
});

describe('Russian: what stands between a subject and its verb', () => {
  it('a fronted participle phrase is not the subject: "Присутствовавший на совещании министр … уточнил"', () => {
    const a = by(ru('Присутствовавший на совещании министр транспорта Олег Сабуров уточнил, что мост достроят к маю.'), 'уточнил');
    assert.equal(a.speaker, 'Олег Сабуров');
    assert.equal(a.source, 'министр транспорта Олег Сабуров');
    const b = by(ru('Допрошенная в качестве свидетеля бывшая кассирша магазина Анна Котова рассказала, что деньги забирал директор.'), 'рассказала');
    assert.equal(b.speaker, 'Анна Котова');
  });

  it('for an anonymous source the fronted participle phrase is its description', () => {
    const a = by(ru('Присутствовавший на встрече чиновник рассказал, что решение отложено.'), 'рассказал');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Присутствовавший на встрече чиновник');
  });

  it('a gerund phrase between commas: "Экономист Ирина Белова, комментируя отчет, отметила"', () => {
    const list = ru('Экономист Ирина Белова, комментируя отчет, отметила, что инфляция замедлилась. По ее мнению, ставку снизят.');
    assert.equal(by(list, 'отметила').speaker, 'Ирина Белова');
    assert.equal(by(list, 'отметила').content, 'инфляция замедлилась');
    assert.equal(by(list, 'По ее мнению').speaker, 'Ирина Белова');
  });

  it('a woman\'s name before a surname ending in a consonant stays hers: "Марина Щербак"', () => {
    const list = ru('Политолог Марина Щербак, выступая на форуме, отметила, что явка упала.');
    assert.equal(by(list, 'отметила').speaker, 'Марина Щербак');
  });

  it('a bare title goes to the person the article gave it, not to whoever spoke last', () => {
    const list = ru('Губернатор области Павел Дементьев пообещал, что мост откроют в мае. Министр транспорта Олег Сабуров уточнил, что подрядчик уже найден. На вопрос о сроках губернатор ответил, что они «не сдвинутся».');
    assert.equal(by(list, 'ответил').speaker, 'Павел Дементьев');
  });
});

describe('Russian: quote cues of manner and emotion, and a cue inside the claim', () => {
  const story = 'Фермер Олег Сабуров держит коров тридцать лет. «Корова — она как человек», — улыбается 60-летний фермер. ' +
    '«Я этого правила держусь», — признается Сабуров. «Зато молоко свое», — с гордостью добавляет фермер. «Всякое бывало», — грустно вздыхает он.';

  it('emotion verbs beside a quote are cues: улыбается, признается, вздыхает', () => {
    const list = ru(story);
    for (const cue of ['улыбается', 'признается', 'вздыхает']) {
      const a = by(list, cue);
      assert.equal(a.speaker, 'Олег Сабуров', cue);
      assert.equal(a.direct, true, cue);
    }
  });

  it('a manner phrase between the dash and the verb: "— с гордостью добавляет фермер"', () => {
    const a = by(ru(story), 'добавляет');
    assert.equal(a.speaker, 'Олег Сабуров');
    assert.equal(a.content, 'Зато молоко свое');
  });

  it('a noun the article gave a person, with an age before it, is that person: "60-летний фермер"', () => {
    assert.equal(by(ru(story), 'улыбается').source, '60-летний фермер');
  });

  it('a noun in another case before a name is not that person\'s role: "Жена фермера Анна Сабурова"', () => {
    const list = ru('Фермер Олег Сабуров держит коров. Жена фермера Анна Сабурова считает, что он устал. «Отдыхать некогда», — говорит фермер.');
    assert.equal(by(list, 'говорит').speaker, 'Олег Сабуров');
  });

  it('emotion as the main verb with no quote is no cue', () => {
    assert.deepEqual(ru('Дети улыбаются и машут руками.'), []);
  });

  it('a parenthetical cue inside the claim takes the larger part after it', () => {
    const a = by(ru('Внук, говорит он, уже завел страницу в интернете, но заказов пока мало.'), 'говорит');
    assert.equal(a.content, 'уже завел страницу в интернете, но заказов пока мало');
    const b = by(ru('Работы завершены, сообщил Петров, добавив, что мост откроют в мае.'), 'сообщил');
    assert.equal(b.content, 'Работы завершены');
  });
});

describe('Russian: rumours and impersonal hedges', () => {
  it('a rumour noun with an о-phrase opening the clause is an unattributed claim', () => {
    const a = by(ru('Слухи об отставке главврача ходят в больнице с лета.'), 'Слухи');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'об отставке главврача');
  });

  it('a denied rumour is both the rumour and the denial, with one content', () => {
    const list = ru('Мэр Ольга Дронова опровергла слухи о своем переходе в правительство области.');
    const denial = by(list, 'опровергла');
    const rumour = by(list, 'слухи');
    assert.equal(denial.speaker, 'Ольга Дронова');
    assert.equal(rumour.kind, 'unattributed');
    assert.equal(rumour.content, 'о своем переходе в правительство области');
    assert.equal(denial.content, rumour.content);
  });

  it('a rumour only pointed back to is not annotated again, and it ends the subject', () => {
    const list = ru('Сам Петров слухи о своей отставке назвал выдумкой.');
    assert.equal(list.length, 1);
    assert.equal(list[0]!.source, 'Петров');
    assert.equal(list[0]!.content, 'выдумкой');
  });

  it('"Ожидается, что …" is a hedge; "ожидается снегопад" is not', () => {
    assert.equal(by(ru('Ожидается, что на заседании выступят свидетели.'), 'Ожидается').content, 'на заседании выступят свидетели');
    assert.deepEqual(ru('Завтра ожидается снегопад.'), []);
  });

  it('"Поговаривают (и о том), что …" is an unattributed rumour', () => {
    const a = by(ru('Поговаривают и о том, что директор уходит.'), 'Поговаривают');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'директор уходит');
  });

  it('"в сети появилась информация" names no source; "в соцсетях пишут" is a vague group', () => {
    assert.equal(ru('Между тем в сети появилась информация о том, что завод закроют.')[0]!.kind, 'unattributed');
    assert.equal(by(ru('В соцсетях пишут, что завод закроют.'), 'пишут').kind, 'anonymous');
  });

  it('"в соцсетях появились сообщения": messages that appeared in a network have no source; "в СМИ появилась информация" still rests on the media', () => {
    const a = by(ru('Утром в соцсетях появились сообщения о том, что у вокзала перекрыли движение.'), 'появились сообщения');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.source, null);
    assert.equal(a.content, 'у вокзала перекрыли движение');
    assert.equal(by(ru('Вечером в социальных сетях появилась информация о закрытии рынка.'), 'появилась информация').kind, 'unattributed');
    assert.equal(by(ru('Накануне в СМИ появились сообщения о продаже клуба.'), 'появились сообщения').kind, 'anonymous');
  });
});

describe('Russian: a claim named by the object before the verb', () => {
  it('"факт X подтвердил, но …": the object is the claim, not the next predicate', () => {
    const a = by(ru('Сам Орлов в разговоре с ТАСС факт переговоров подтвердил, но от подробностей отказался.'), 'подтвердил');
    assert.equal(a.speaker, 'Орлов');
    assert.equal(a.content, 'факт переговоров');
  });

  it('an organization named by a place before the object: "В Счетной палате факт проверки подтвердили"', () => {
    const a = by(ru('В Счетной палате факт проверки подтвердили, но результаты раскрывать отказались.'), 'подтвердили');
    assert.equal(a.speaker, 'Счетная палата');
    assert.equal(a.content, 'факт проверки');
  });

  it('an object opening the clause, the place right before the verb: "Сведения о … в компании назвали …"', () => {
    const list = ru('В компании «Северный путь» заявили, что рейсы возобновят. Сведения о банкротстве в компании назвали не соответствующими действительности.');
    const a = by(list, 'назвали');
    assert.match(a.speaker ?? '', /Северный путь/);
    assert.equal(a.content, 'не соответствующими действительности');
  });

  it('an о-claim after a verb ends before an adverb and the next predicate, but keeps a relative clause', () => {
    const list = ru('Телеграм-канал «Северный дозор», который первым написал о возможной сделке еще в июле, утверждал, что цена завышена.');
    assert.equal(by(list, 'написал').content, 'о возможной сделке');
    assert.equal(by(list, 'утверждал').content, 'цена завышена');
    const b = by(ru('Канал «Северный дозор» сообщал об обысках в компании «Рассвет», которую якобы должен был возглавить Орлов.'), 'сообщал');
    assert.equal(b.content, 'об обысках в компании «Рассвет», которую якобы должен был возглавить Орлов');
  });
});

describe('Russian: citing frames and quoted words', () => {
  it('a citing frame between the subject and its verb: "«Интерфакс», ссылаясь на источник в холдинге, уточняет"', () => {
    const list = ru('«Интерфакс», ссылаясь на источник в холдинге, уточняет, что сделку закроют до конца года.');
    const outlet = by(list, 'уточняет');
    const source = by(list, 'ссылаясь на');
    assert.equal(outlet.speaker, 'Интерфакс');
    assert.equal(outlet.content, 'сделку закроют до конца года');
    assert.equal(source.kind, 'anonymous');
    assert.equal(source.source, 'источник в холдинге');
    assert.equal(source.content, outlet.content);
  });

  it('"сославшись на то, что …" is the speaker\'s own reason, not a source called "то"', () => {
    const a = by(ru('Министр Олег Орлов отказался от интервью, сославшись на то, что занят подготовкой бюджета.'), 'сославшись на то');
    assert.equal(a.speaker, 'Олег Орлов');
    assert.equal(a.content, 'занят подготовкой бюджета');
    const b = by(ru('В Счетной палате проверку подтвердили, но результаты раскрывать отказались, сославшись на то, что отчет еще не утвержден.'), 'сославшись на то');
    assert.equal(b.speaker, 'Счетная палата');
  });

  it('"подтвердили, но …" with no object confirms nothing we can show', () => {
    assert.equal(ru('В Счетной палате проверку подтвердили, но результаты раскрывать отказались.').filter((x) => x.cue === 'подтвердили').length, 0);
  });

  it('"— приводит РБК слова бизнесмена": the outlet and, through it, the quoted man', () => {
    const list = ru('Бизнесмен Олег Орлов подтвердил переговоры. «Да, разговариваем», — приводит РБК слова бизнесмена.');
    const both = list.filter((x) => x.cue === 'приводит');
    assert.deepEqual(both.map((x) => x.speaker), ['РБК', 'Олег Орлов']);
    for (const x of both) { assert.equal(x.content, 'Да, разговариваем'); assert.equal(x.direct, true); }
  });
});

describe('Russian: polls and surveyed groups', () => {
  const poll = 'Больше половины горожан (55%) считают, что транспорт стал хуже. Такие данные приводит исследовательский центр «Вектор». ' +
    'Согласно результатам исследования, о планах купить машину заявили лишь 7% опрошенных.';

  it('a share of the public is an anonymous group: "Больше половины горожан (55%)", "7% опрошенных"', () => {
    const list = ru(poll);
    assert.equal(by(list, 'считают').kind, 'anonymous');
    const share = by(list, 'заявили');
    assert.equal(share.kind, 'anonymous');
    assert.equal(share.source, '7% опрошенных');
    assert.equal(share.content, 'о планах купить машину');
  });

  it('"Согласно результатам исследования" speaks for the body that presented the study', () => {
    const a = by(ru(poll), 'Согласно');
    assert.equal(a.kind, 'named');
    assert.match(a.speaker ?? '', /Вектор/);
  });

  it('a group described by a participle phrase, with "в среднем" before the verb', () => {
    const a = by(ru('Экономисты, опрошенные агентством, в среднем ожидают, что ставку снизят.'), 'ожидают');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'ставку снизят');
    const b = by(ru('Потерпевшие, пришедшие на заседание, говорят, что не получили денег.'), 'говорят');
    assert.equal(b.kind, 'anonymous');
    assert.equal(b.content, 'не получили денег');
  });
});

describe('Russian: anonymous sources in every case', () => {
  it('"люди, знакомые с …" (the plural of "человек") in the nominative and after a frame', () => {
    const a = by(ru('Люди, знакомые с ходом переговоров, говорят, что стороны близки к соглашению.'), 'говорят');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Люди, знакомые с ходом переговоров');
    const b = by(ru('По информации людей, знакомых с ситуацией, сделка сорвалась.'), 'По информации');
    assert.equal(b.kind, 'anonymous');
    assert.equal(b.speaker, 'люди, знакомые с ситуацией');
    assert.equal(b.content, 'сделка сорвалась');
  });

  it('a participle description after a genitive frame is put in the nominative: "источника, близкого к …"', () => {
    const a = by(ru('По словам источника, близкого к руководству компании, сделка сорвалась.'), 'По словам');
    assert.equal(a.speaker, 'источник, близкий к руководству компании');
    assert.equal(a.content, 'сделка сорвалась');
  });

  it('"в окружении X" and "в отрасли" stand for unnamed sources', () => {
    const a = by(ru('В окружении мэра уверены, что выборы пройдут спокойно.'), 'уверены');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'окружение мэра');
    assert.equal(by(ru('В окружении министра говорят, что он устал.'), 'говорят').kind, 'anonymous');
    assert.equal(by(ru('Как говорят в отрасли, цены вырастут.'), 'Как говорят').kind, 'anonymous');
  });

  it('feminine nouns in -ь decline as feminine: "отчетности компании"', () => {
    const a = by(ru('Как следует из отчетности компании, выручка упала.'), 'Как следует из');
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'выручка упала');
  });

  it('"со слов очевидцев" is a frame like "по словам"', () => {
    const a = by(ru('Со слов очевидцев, водитель был пьян.'), 'Со слов');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'очевидцы');
  });

  it('whom it "became known" to, in the dative before the cue, is the source', () => {
    const a = by(ru('Западным СМИ стало известно, что санкции продлят.'), 'стало известно');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'Западные СМИ');
    assert.equal(by(ru('РБК стало известно, что сделка сорвалась.'), 'стало известно').speaker, 'РБК');
    assert.equal(by(ru('Вчера стало известно, что сделка сорвалась.'), 'стало известно').kind, 'unattributed');
  });
});

describe('Russian: more cue verbs and their complements', () => {
  it('a noun in -ость is no infinitive: "выразил уверенность, что …" takes the clause', () => {
    assert.equal(by(ru('Токаев выразил уверенность, что кризис будет преодолен.'), 'выразил').content, 'кризис будет преодолен');
  });

  it('directives and advice are calls: поручил, рекомендуют; "чтобы" is left out like "что"', () => {
    assert.equal(by(ru('Премьер-министр Михаил Мишустин поручил, чтобы субсидии выплатили до конца года.'), 'поручил').content, 'субсидии выплатили до конца года');
    const a = by(ru('Врачи рекомендуют не выходить на улицу в жару.'), 'рекомендуют');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'не выходить на улицу в жару');
  });

  it('"не исключают, что …" is a belief with the negation in the cue; "исключила версию" is none', () => {
    const a = by(ru('Аналитики не исключают, что курс упадет.'), 'не исключают');
    assert.equal(a.content, 'курс упадет');
    assert.equal(by(ru('В ведомстве не исключили, что сроки сдвинутся.'), 'не исключили').kind, 'named');
    assert.deepEqual(ru('Полиция исключила версию поджога.'), []);
  });

  it('forecasters and other specialists are vague groups: "Синоптики обещают, что …"', () => {
    const a = by(ru('Синоптики обещают, что морозы ослабнут.'), 'обещают');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'морозы ослабнут');
  });
});

describe('Russian: state bodies named by a country adjective', () => {
  it('"российское генконсульство", "Китайский МИД" are named with the country in the genitive', () => {
    assert.equal(by(ru('В российском генконсульстве в Нью-Йорке сообщили, что дипломаты в курсе.'), 'сообщили').speaker, 'генконсульство России в Нью-Йорке');
    assert.equal(by(ru('Китайский МИД заявил, что позиция не изменилась.'), 'заявил').speaker, 'МИД Китая');
    assert.equal(by(ru('Американское посольство заявило, что визы выдаются.'), 'заявило').speaker, 'посольство США');
  });

  it('other bodies keep their own names: "Российская академия наук"', () => {
    assert.equal(by(ru('Российская академия наук заявила, что реформа вредна.'), 'заявила').speaker, 'Российская академия наук');
  });
});

describe('Russian: the prosecution and the investigators', () => {
  it('"По версии обвинения" is the prosecutor\'s office the article named', () => {
    const a = by(ru('Дело в суд направила прокуратура Тюменской области. По версии обвинения, директор похитил деньги.'), 'По версии');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'прокуратура Тюменской области');
  });

  it('"По версии следствия" is the investigative body quoted before', () => {
    const list = ru('Бывший чиновник задержан, сообщили в региональном управлении Следственного комитета. По версии следствия, он получил взятку.');
    assert.equal(by(list, 'По версии').speaker, 'региональное управление Следственного комитета');
  });

  it('"Следствие считает" after "Следственное управление СК по Тверскому краю" opening a sentence, its territory in the dative', () => {
    const list = ru('Следственное управление СК по Тверскому краю возбудило дело о мошенничестве. Следствие считает, что директор вывел из фирмы 3 млн рублей.');
    assert.equal(by(list, 'считает').speaker, 'Следственное управление СК по Тверскому краю');
  });

  it('"по данным следствия" after "Следственного управления СК по Омскому району" puts the office in the nominative', () => {
    const list = ru('Дело ведут сотрудники Следственного управления СК по Омскому району. Бухгалтер, по данным следствия, подделывал подписи.');
    assert.equal(by(list, 'по данным').speaker, 'Следственное управление СК по Омскому району');
  });

  it('"По версии полиции" after "сообщили в ГУ МВД по Тверской области" is that office', () => {
    const list = ru('Пропавшая школьница найдена, сообщили в ГУ МВД по Тверской области. По версии полиции, девочка заблудилась в лесу.');
    assert.equal(by(list, 'По версии').speaker, 'ГУ МВД по Тверской области');
  });

  it('with no police office quoted, "полиция" stays as it is', () => {
    assert.equal(by(ru('По версии полиции, девочка заблудилась в лесу.'), 'По версии').speaker, 'полиция');
  });

  it('with no office named, "обвинение" stays as it is', () => {
    assert.equal(by(ru('По версии обвинения, директор похитил деньги.'), 'По версии').speaker, 'обвинение');
  });

  it('a first name and patronymic are the person named in full before', () => {
    const list = ru('По словам Анны Петровны Сомовой, проект закроют. «Посмотрим», — говорит Анна Петровна.');
    assert.equal(by(list, 'По словам').speaker, 'Анна Петровна Сомова');
    assert.equal(by(list, 'говорит').speaker, 'Анна Петровна Сомова');
  });
});

describe('Russian: places before the verb and headline colons', () => {
  it('a "в"-place right before the verb after another phrase: "В ответ на запрос ТАСС в мэрии сообщили"', () => {
    const a = by(ru('В ответ на запрос ТАСС в мэрии сообщили, что мост закроют.'), 'сообщили');
    assert.equal(a.speaker, 'мэрия');
    assert.equal(a.content, 'мост закроют');
  });

  it('an inverted subject after the verb comes before a place inside the claim', () => {
    const a = by(ru('Ранее озабоченность ситуацией в Зимбабве выражали и представители США.'), 'выражали');
    assert.equal(a.source, 'представители США');
  });

  it('a headline name, a colon and an unquoted claim: "Песков: Кремль не будет …"', () => {
    const a = by(ru('Песков: Кремль не будет комментировать слухи.'), ':');
    assert.equal(a.speaker, 'Песков');
    assert.equal(a.content, 'Кремль не будет комментировать слухи');
    assert.equal(a.direct, false);
    assert.deepEqual(ru('Москва: новые правила вступают в силу.'), []);
    assert.deepEqual(ru('Итоги: рост составил 3%.'), []);
  });
});

describe('Russian: a reporting infinitive after a modal verb', () => {
  it('"успел сказать, что …", "поспешил заявить, что …": the modal joins the cue', () => {
    const a = by(ru('Грибов успел сказать врачам, что узнал нападавшего.'), 'успел сказать');
    assert.equal(a.speaker, 'Грибов');
    assert.equal(a.content, 'узнал нападавшего');
    assert.equal(by(ru('Министр поспешил заявить, что цены не вырастут.'), 'поспешил заявить').content, 'цены не вырастут');
  });

  it('an infinitive without a modal is no cue of its own', () => {
    assert.equal(ru('Министр призвал сообщить о нарушениях.').length, 1);
    assert.deepEqual(ru('Компания намерена сообщить о результатах позже.'), []);
    assert.deepEqual(ru('Он не успел сказать ни слова.'), []);
  });
});

describe('Russian: addressees after the subject and a second predicate after the claim', () => {
  it('a dative after the subject is the addressee: "Грибов подоспевшим врачам успел сказать"', () => {
    const a = by(ru('Грибов подоспевшим врачам «скорой» успел сказать, что узнал нападавшего, но не озвучил его имя.'), 'успел сказать');
    assert.equal(a.source, 'Грибов');
    assert.equal(a.content, 'узнал нападавшего');
  });

  it('a genitive after a title stays in the subject: "Министр иностранных дел Сергей Лавров"', () => {
    assert.equal(by(ru('Министр иностранных дел Сергей Лавров заявил, что Россия открыта.'), 'заявил').speaker, 'Сергей Лавров');
  });
});

describe('Russian: "не преминули", manner after "как", a participle before an inverted subject', () => {
  it('"не преминули заметить" is no negation', () => {
    const a = by(ru('Местные СМИ не преминули заметить, что мэр родом из Омска.'), 'не преминули заметить');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'мэр родом из Омска');
  });

  it('"как справедливо заметил отреагировавший на происшествие глава области X"', () => {
    const a = by(ru('Однако, как справедливо заметил отреагировавший на происшествие глава области Олег Ванин, мост строили без проекта.'), 'как справедливо заметил');
    assert.equal(a.speaker, 'Олег Ванин');
    assert.equal(a.source, 'глава области Олег Ванин');
    assert.equal(a.content, 'мост строили без проекта');
  });
});

describe('Russian: celebrity and sports occupations', () => {
  it('"Бывшая супермодель призналась" is the model quoted before', () => {
    const list = ru('«Стареть публично — это ужасно», — пожаловалась Ирина Волкова. Бывшая супермодель призналась, что боится старости.');
    assert.equal(by(list, 'призналась').speaker, 'Ирина Волкова');
    assert.equal(by(list, 'призналась').content, 'боится старости');
  });

  it('"— сказал нападающий" after the forward spoke', () => {
    const list = ru('Нападающий «Зенита» Олег Ванин заявил, что команда готова. «Мы хотим золото», — добавил футболист.');
    assert.equal(by(list, 'добавил').speaker, 'Олег Ванин');
  });
});

describe('Russian: pointers back with light verbs, addressees and documents', () => {
  const lead = 'Мост закроют на ремонт. ';

  it('"Соответствующее заявление сделал X", "Такое мнение высказал X", "С таким заявлением выступил X"', () => {
    for (const [s, cue] of [['Соответствующее заявление сделал мэр города Олег Ванин.', 'сделал'], ['Такое мнение высказал эксперт Олег Ванин.', 'высказал'],
      ['С таким заявлением выступил мэр Олег Ванин.', 'выступил']] as const) {
      const a = by(ru(lead + s), cue);
      assert.equal(a.speaker, 'Олег Ванин', s);
      assert.equal(a.content, 'Мост закроют на ремонт.', s);
    }
  });

  it('"выступил с заявлением, в котором говорится, что …" and "сделал заявление о том, что …"', () => {
    assert.equal(by(ru('Мэр выступил с заявлением, в котором говорится, что мост закроют.'), 'выступил').content, 'мост закроют');
    assert.equal(by(ru('Мэр сделал заявление о том, что мост закроют.'), 'сделал').content, 'мост закроют');
  });

  it('light verbs without a claim noun report nothing', () => {
    assert.deepEqual(ru('Мэр выступил на форуме.'), []);
    assert.deepEqual(ru('Мэр сделал ремонт.'), []);
    assert.deepEqual(ru('Команда выступила с заявлением.'), []);
  });

  it('an outlet before a singular verb with a subject after it is the addressee: "Об этом РИА Новости рассказал источник"', () => {
    const a = by(ru(lead + 'Об этом РИА Новости рассказал источник в мэрии.'), 'рассказал');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'источник в мэрии');
    assert.equal(by(ru(lead + 'Об этом пишет «Коммерсантъ».'), 'пишет').speaker, 'Коммерсантъ');
  });

  it('"Информацию подтвердили в пресс-службе" points back; the place after the verb is not the claim', () => {
    const a = by(ru(lead + 'Информацию подтвердили в пресс-службе мэрии.'), 'подтвердили');
    assert.equal(a.speaker, 'пресс-служба мэрии');
    assert.equal(a.content, 'Мост закроют на ремонт.');
  });

  it('"следует из": after a comma it closes the claim before it; "Это следует из X" points back', () => {
    assert.equal(by(ru(lead + 'Это следует из сообщения ведомства.'), 'следует из').content, 'Мост закроют на ремонт.');
    assert.equal(by(ru('Мост закроют на ремонт, следует из документа, опубликованного на сайте мэрии.'), 'следует из').content, 'Мост закроют на ремонт');
    assert.deepEqual(ru('Из этого следует, что мост закроют.'), []);
  });
});

describe('Russian: a second verb after "но", comment verbs, accusative addressees', () => {
  it('", но пообещал, что …" is the same speaker\'s second claim', () => {
    const list = ru('Ванин признал, что сроки сорваны, но пообещал, что к маю все закончат.');
    assert.equal(by(list, 'признал').content, 'сроки сорваны');
    assert.equal(by(list, 'пообещал').content, 'к маю все закончат');
    assert.equal(by(list, 'пообещал').speaker, 'Ванин');
  });

  it('"«…» — так прокомментировал ситуацию X"', () => {
    const a = by(ru('«Задержек не будет» — так прокомментировал ситуацию Ванин.'), 'прокомментировал');
    assert.equal(a.source, 'Ванин');
    assert.equal(a.direct, true);
  });

  it('"заверил Ванин журналистов": the accusative addressee is not part of the source', () => {
    assert.equal(by(ru('Задержек не будет, заверил Ванин журналистов.'), 'заверил').source, 'Ванин');
  });
});

describe('Russian: a title in apposition after a name', () => {
  it('"Елена Маркова, директор школы, рассказала …", and the title later names her', () => {
    const list = ru('Елена Маркова, директор школы, рассказала, что ремонт завершат к сентябрю. Министр Олег Ванин заявил, что деньги выделены. «Мы ждем», — добавила директор.');
    assert.equal(by(list, 'рассказала').speaker, 'Елена Маркова');
    assert.equal(by(list, 'рассказала').content, 'ремонт завершат к сентябрю');
    assert.equal(by(list, 'добавила').speaker, 'Елена Маркова');
  });

  it('"Ванин, глава компании «Рассвет», заявил …"; a place with an apposition is no speaker', () => {
    assert.equal(by(ru('Ванин, глава компании «Рассвет», заявил, что завод закроют.'), 'заявил').source, 'Ванин');
    assert.deepEqual(ru('Москва, столица России, готовится к празднику.'), []);
  });
});

describe('Russian: a demonstrative object after a place, social networks after "как"', () => {
  it('"В региональном правительстве эти претензии назвали необоснованными"', () => {
    const a = by(ru('В региональном правительстве эти претензии назвали необоснованными.'), 'назвали');
    assert.equal(a.source, 'региональном правительстве');
    assert.equal(a.content, 'необоснованными');
  });

  it('"как утверждают в соцсетях" is a vague group', () => {
    const a = by(ru('Сейчас, как утверждают в соцсетях, чиновник находится в отпуске.'), 'как утверждают');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'чиновник находится в отпуске');
  });
});

describe('Russian: genitive plurals, registers, a named speaker before a colon', () => {
  it('a genitive plural in -ий is no adjective heading a subject: "В Фонде развития территорий заверили"', () => {
    const a = by(ru('В Фонде развития территорий заверили, что все дома будут достроены.'), 'заверили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Фонд развития территорий');
  });

  it('a court register speaks for the court: "следует из картотеки суда"', () => {
    const a = by(ru('Суд признал компанию банкротом, следует из картотеки суда.'), 'следует из');
    assert.equal(a.speaker, 'суд');
    assert.equal(a.content, 'Суд признал компанию банкротом');
  });

  it('a person named right before a colon and a closing quote: "С ней согласен … Глеб Марков: «…»"', () => {
    const a = by(ru('С ней согласен руководитель центра Глеб Марков: «Рынок перегрет, и слабые игроки уйдут».'), ':');
    assert.equal(a.speaker, 'Глеб Марков');
    assert.equal(a.content, 'Рынок перегрет, и слабые игроки уйдут');
    assert.equal(a.direct, true);
    assert.deepEqual(ru('На встрече был Олег Ванин: он молчал.'), []);
  });
});

describe('Russian: anonymous sources with outlets, counts and reasons', () => {
  it('"Об этом РБК рассказали несколько источников": a single outlet before a plural verb is the addressee', () => {
    const a = by(ru('Мост закроют. Об этом РБК рассказали несколько источников.'), 'рассказали');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'несколько источников');
  });

  it('"на условиях анонимности" is a reason, not part of the source', () => {
    const a = by(ru('Сотрудник ведомства на условиях анонимности рассказал, что сделка сорвалась.'), 'рассказал');
    assert.equal(a.source, 'Сотрудник ведомства');
  });

  it('counted sources after a frame are put in the nominative: "двух собеседников" → "двое собеседников"', () => {
    assert.equal(by(ru('По словам двух собеседников, сделка сорвалась.'), 'По словам').speaker, 'двое собеседников');
    assert.equal(by(ru('По информации нескольких источников, сделка сорвалась.'), 'По информации').speaker, 'несколько источников');
  });

  it('"Как стало известно РБК от источников в правительстве": the outlet and, through it, its sources', () => {
    const list = ru('Как стало известно РБК от источников в правительстве, сделка сорвалась.');
    assert.deepEqual(list.map((x) => [x.kind, x.speaker, x.content]), [['named', 'РБК', 'сделка сорвалась'], ['anonymous', 'источники в правительстве', 'сделка сорвалась']]);
  });
});

describe('Russian: online services as bodies', () => {
  it('"По данным сервиса «…»" is the service, in the nominative', () => {
    const a = by(ru('По данным сервиса «Городские пробки», загруженность дорог достигла восьми баллов.'), 'По данным');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'сервис «Городские пробки»');
  });
});

describe('Russian: more names in the genitive', () => {
  it('male first names in -ья decline: "Ильи Иванова" → "Илья Иванов"', () => {
    assert.equal(by(ru('По словам Ильи Иванова, проект закроют.'), 'По словам').speaker, 'Илья Иванов');
  });

  it('adjectival surnames after a velar end in -ий: "Юрия Долгорукого" → "Юрий Долгорукий"', () => {
    assert.equal(by(ru('По словам Юрия Долгорукого, проект закроют.'), 'По словам').speaker, 'Юрий Долгорукий');
  });

  it('a soft masculine name in the genitive: "Гоголя" → "Гоголь"; women\'s and indeclinable surnames stay right', () => {
    assert.equal(by(ru('По словам Гоголя, проект закроют.'), 'По словам').speaker, 'Гоголь');
    assert.equal(by(ru('По словам Смирновой, проект закроют.'), 'По словам').speaker, 'Смирнова');
    assert.equal(by(ru('По мнению Ковальчук, проект закроют.'), 'По мнению').speaker, 'Ковальчук');
    assert.equal(by(ru('По словам Дорошенко, проект закроют.'), 'По словам').speaker, 'Дорошенко');
  });
});

describe('Russian: first names beyond the commonest', () => {
  it('less frequent first names make a person: "Тимофей Лаптев", "Варвары Никитиной"', () => {
    assert.equal(by(ru('Тимофей Лаптев заявил, что проект закроют.'), 'заявил').speaker, 'Тимофей Лаптев');
    assert.equal(by(ru('По словам Варвары Никитиной, проект закроют.'), 'По словам').speaker, 'Варвара Никитина');
  });
});

describe('Russian: robustness of the new rules', () => {
  it('a trailing comma after an inverted source is no name in apposition (no crash)', () => {
    const list = ru('«Воды нет», — сказала одна из жительниц,');
    assert.equal(list.length, 1);
    assert.equal(list[0]!.kind, 'anonymous');
  });

  it('rules that look around a token stop at the sentence edges', () => {
    for (const s of ['Слухи о', 'в окружении', 'сославшись на то,', 'приводит РБК слова', 'успел сказать', '— так прокомментировал', 'Западным СМИ стало известно', 'С ней согласен Глеб Марков: «', 'По словам двух', 'выступил с заявлением,']) {
      assert.doesNotThrow(() => ru(s), s);
    }
  });
});

describe('Russian: a sentence ending in a preposition', () => {
  it('"…, уверены в" leaves the Russian analysis of the text intact', () => {
    const list = ru('В мэрии заявили, что мост закроют. Мост закроют на ремонт, уверены в');
    assert.equal(by(list, 'заявили').speaker, 'мэрия');
  });
});
