// Russian writing the rules had not seen: one specification per class, each on
// sentences written for this file (interviews, sports and court reports,
// agency style, names in unfamiliar forms).
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian unfamiliar writing: inverted subjects after an occasion', () => {
  it('"— сказал на пресс-конференции / после матча X": the occasion is no part of the source or the cue', () => {
    for (const occasion of ['на пресс-конференции', 'после игры', 'перед началом совещания', 'по итогам встречи']) {
      const a = by(ru(`«Мы сыграли как команда», — сказал ${occasion} главный тренер «Сокола» Игорь Лапин.`), 'сказал');
      assert.equal(a.source, 'главный тренер «Сокола» Игорь Лапин', occasion);
      assert.equal(a.speaker, 'Игорь Лапин');
      assert.equal(a.content, 'Мы сыграли как команда');
    }
  });

  it('"— заявил в эфире «Радио Маяк» X": a quoted name inside the place is crossed', () => {
    const a = by(ru('«Сезон еще не закончен», — заявил в эфире «Радио Маяк» защитник Олег Руднев.'), 'заявил');
    assert.equal(a.speaker, 'Олег Руднев');
    assert.equal(a.content, 'Сезон еще не закончен');
  });

  it('an occasion with no subject after it stays no source: "заявил на встрече с губернатором, что"', () => {
    const a = by(ru('Он заявил на встрече с губернатором, что трассу расширят.'), 'заявил');
    assert.equal(a.source, 'Он');
    assert.equal(a.content, 'трассу расширят');
  });
});

describe('Russian unfamiliar writing: where the claim starts', () => {
  it('"заявил в беседе с «Известиями», что …": the conversation and its quoted outlet are no part of the claim', () => {
    assert.equal(by(ru('Фермер Петр Ильин заявил в беседе с «Сельской жизнью», что урожай погиб.'), 'заявил').content, 'урожай погиб');
    assert.equal(by(ru('Ректор сообщил в интервью «Вечерней Казани», что общежитие откроют в марте.'), 'сообщил').content, 'общежитие откроют в марте');
  });

  it('"— Как вы оцениваете …? — Плохо, — признался он": the question before the dash is the other side of the dialogue', () => {
    const list = ru('— Чего вы ждете от переговоров? — Честно говоря, немногого, — признался он.');
    assert.equal(by(list, 'признался').content, 'Честно говоря, немногого');
    const flat = ru('Сколько стоит ремонт? — Больше миллиона, — ответила она.');
    assert.equal(by(flat, 'ответила').content, 'Больше миллиона');
  });

  it('a question inside a quotation is the speaker\'s own: «Кто виноват? — Все мы», — сказал он', () => {
    assert.equal(by(ru('«Кто виноват? — Все мы», — сказал он.'), 'сказал').content, 'Кто виноват? — Все мы');
  });
});

describe('Russian unfamiliar writing: whose lawyer speaks', () => {
  it('"Адвокат Марии Ивановой заявил": the lawyer of a named person speaks, not that person', () => {
    const a = by(ru('Адвокат Нины Лыковой заявил, что приговор обжалуют.'), 'заявил');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker?.toLowerCase(), 'адвокат нины лыковой');
    assert.equal(by(ru('По словам представителя Петра Орехова, иск отозван.'), 'По словам').speaker, 'представитель Петра Орехова');
  });

  it('a double-barrelled surname in the genitive stays the owner\'s: "Адвокат Анны Римской-Лавровой"', () => {
    assert.equal(by(ru('Адвокат Анны Римской-Лавровой заявил, что иск подан.'), 'заявил').speaker?.toLowerCase(), 'адвокат анны римской-лавровой');
  });

  it('the agent\'s own name after the owner is the speaker: "Агент Ивана Рыжова Олег Ким"', () => {
    assert.equal(by(ru('Адвокат Нины Лыковой Вера Сомова заявила, что приговор обжалуют.'), 'заявила').speaker, 'Вера Сомова');
  });

  it('"его агент", "её менеджер" is the agent of the person the pronoun means', () => {
    assert.equal(by(ru('Нападающий Иван Рыжов подписал контракт. Его агент рассказал, что клуб доволен.'), 'рассказал').speaker, 'агент Ивана Рыжова');
  });
});

describe('Russian unfamiliar writing: a first name and patronymic alone', () => {
  it('"Дмитрий Сергеевич" after "Дмитрий Песков" is him when he is the one Дмитрий the article named', () => {
    const list = ru('Директор фабрики Роман Гусев заявил, что цех закроют. Позднее Роман Ильич уточнил, что рабочих переведут.');
    assert.equal(by(list, 'уточнил').speaker, 'Роман Гусев');
    assert.equal(by(ru('Тренер Игорь Лапин возглавил клуб в мае. По словам Игоря Викторовича, команде нужен вратарь.'), 'По словам').speaker, 'Игорь Лапин');
  });

  it('two people of that first name leave it as written', () => {
    const list = ru('Роман Гусев и Роман Лыков выступили на форуме. Роман Ильич заявил, что рынок растет.');
    assert.equal(by(list, 'заявил').speaker, 'Роман Ильич');
  });
});

describe('Russian unfamiliar writing: documents an outlet has seen', () => {
  it('"Как следует из документов, с которыми ознакомилась редакция, …": the relative clause is no part of the claim', () => {
    const a = by(ru('Как следует из документов, с которыми ознакомилась редакция, завод продан в апреле.'), 'Как следует из');
    assert.equal(a.content, 'завод продан в апреле');
    assert.equal(a.speaker, 'документы');
    assert.equal(by(ru('Согласно документам, которые есть в распоряжении редакции, долг вырос вдвое.'), 'Согласно').content, 'долг вырос вдвое');
    assert.equal(by(ru('Как говорится в письмах, с которыми ознакомились «Вести Урала», цех закроют.'), 'Как говорится в').content, 'цех закроют');
  });
});

describe('Russian unfamiliar writing: bodies the lexicon lacks, in the nominative', () => {
  it('an oblique adjective tells the case and gender of an unknown head: "областного минсельхоза" → областной минсельхоз', () => {
    assert.equal(by(ru('По оценке областного минсельхоза, урожай упадет на треть.'), 'По оценке').speaker, 'областной минсельхоз');
    assert.equal(by(ru('По данным районной метеостанции, снега выпало вдвое больше.'), 'По данным').speaker, 'районная метеостанция');
    assert.equal(by(ru('По данным 9-го канала, обмен пленными готовится.'), 'По данным').speaker, '9-й канал');
  });

  it('a genitive plural head and its own genitive: "актов выполненных работ" → акты выполненных работ', () => {
    assert.equal(by(ru('Как следует из протоколов технической комиссии, мост строили с нарушениями.'), 'Как следует из').speaker, 'протоколы технической комиссии');
  });

  it('a noun in -ала after a genitive adjective is no past verb: "регионального филиала «Россетей»"', () => {
    const a = by(ru('По информации северного филиала «Россетей», без света остаются 40 домов.'), 'По информации');
    assert.equal(a.source, 'северного филиала «Россетей»');
    assert.equal(a.speaker, 'северный филиал «Россетей»');
  });

  it('adjectives stressed on the ending: "в областном минздраве" → областной минздрав', () => {
    assert.equal(by(ru('Как сообщили в областном минздраве, больница открыта.'), 'Как сообщили').speaker, 'областной минздрав');
  });
});

describe('Russian unfamiliar writing: interviews in dialogue lines', () => {
  const interview = 'Пасечник Петр Гуров держит пчел сорок лет.\n\n— Каким был год?\n\n— Трудным. Мед почти не шел, — признался Гуров. — Весна была холодная, а лето сухое.\n\n— Что дальше?\n\n— Работать, — не раздумывая ответил он. — Другого я не умею.';

  it('a dialogue line the author\'s words interrupt is one claim, all its sentences, to the end of the resumed part', () => {
    const list = ru(interview);
    const a = by(list, 'признался');
    assert.equal(a.speaker, 'Петр Гуров');
    assert.equal(a.content, 'Трудным. Мед почти не шел, — признался Гуров. — Весна была холодная, а лето сухое');
  });

  it('a manner gerund between the dash and the verb: "— Работать, — не раздумывая ответил он"', () => {
    const a = by(ru(interview), 'ответил');
    assert.equal(a.speaker, 'Петр Гуров');
    assert.equal(a.content, 'Работать, — не раздумывая ответил он. — Другого я не умею');
  });

  it('a verb inside the line with a dash after it hands over to the author: "— Люди много чего говорят, — усмехнулся он"', () => {
    const list = ru('Пасечник Петр Гуров держит пчел.\n\n— Люди много чего говорят, — усмехнулся он. — А мед все равно покупают.');
    assert.equal(list.length, 1, JSON.stringify(list));
    assert.equal(by(list, 'усмехнулся').speaker, 'Петр Гуров');
  });

  it('"рассказал нашему корреспонденту, почему …" is a topic, not a claim', () => {
    assert.deepEqual(ru('Фермер Петр Гуров рассказал нашему корреспонденту, почему не уехал в город.'), []);
    assert.deepEqual(ru('Министр объяснил журналистам, зачем нужна реформа.'), []);
  });

  it('"Его руководитель Петр Гуров": a name after the possessive title is the speaker, even when the pronoun seemed to mean him', () => {
    const list = ru('Пасечник Петр Гуров: «Пчелы не любят спешки»\n\nХозяйство под Тулой снова осталось без меда. Его руководитель Петр Гуров заявил, что цены вырастут.');
    assert.equal(by(list, 'заявил').speaker, 'Петр Гуров');
  });
});

describe('Russian unfamiliar writing: between the subject and the verb', () => {
  it('"X в беседе с РИА Новости предположил": the conversation is crossed back to the subject', () => {
    const a = by(ru('Депутат Инна Гарина, пропустившая заседание, в беседе с «Северным курьером» назвала решение «ошибкой».'), 'назвала');
    assert.equal(a.speaker, 'Инна Гарина');
    assert.equal(by(ru('Глава фонда Петр Ершов в интервью РБК заявил, что сделка закрыта.'), 'заявил').speaker, 'Петр Ершов');
  });

  it('the verb\'s own object after the conversation stays: "в разговоре с РБК факт сделки подтвердил"', () => {
    const list = ru('Банк продает долю в порту. Сам Ершов в разговоре с РБК факт сделки подтвердил.');
    assert.equal(list.length, 1, JSON.stringify(list));
  });

  it('a season or part of the day ends the subject: "Губернатор летом обещал"', () => {
    assert.equal(by(ru('Губернатор летом обещал компенсировать потери.'), 'обещал').source, 'Губернатор');
    assert.equal(by(ru('Мэр утром заявил, что дороги починят.'), 'заявил').source, 'Мэр');
  });

  it('a place after a preposition is no surname: "Западный дипломат в Тель-Авиве" stays an unnamed diplomat', () => {
    const a = by(ru('Западный дипломат в Тель-Авиве в беседе с РИА Новости предположил, что спор урегулируют.'), 'предположил');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Западный дипломат в Тель-Авиве');
  });

  it('an office is not the last speaker when he came with other titles: a farmer is no governor', () => {
    const list = ru('Фермер Олег Сомов заявил, что урожай погиб. «Губернатор обещал компенсации», — добавил он. Губернатор летом пообещал помочь хозяйствам.');
    assert.equal(by(list, 'пообещал').speaker, 'Губернатор');
  });
});

describe('Russian unfamiliar writing: court reports and people at work', () => {
  it('a witness\'s testimony: "Свидетельница X показала, что …"; a survey that "показал" quotes no one', () => {
    const a = by(ru('Допрошенная в суде кассир Вера Лыкова показала, что директор забирал выручку.'), 'показала');
    assert.equal(a.speaker, 'Вера Лыкова');
    assert.equal(a.content, 'директор забирал выручку');
    assert.deepEqual(ru('Опрос показал, что большинство жителей против стройки.'), []);
    assert.deepEqual(ru('Охранник показал паспорт.'), []);
  });

  it('"С ним согласилась депутат X": the agreement names no claim', () => {
    assert.deepEqual(ru('Мэр выступил с докладом. С ним согласилась депутат Инна Гарина.'), []);
  });

  it('an unnamed worker is anonymous: "Мастер сказал", "Бригадир пообещал"', () => {
    assert.equal(by(ru('Бригадир рассказал, что смену сократят.'), 'рассказал').kind, 'anonymous');
    const list = ru('Аналитик Денис Шубин считает, что забастовка кончится быстро. «Мастер прямо сказал: кто бастует, тот уволен», — вспоминает один из рабочих.');
    assert.equal(by(list, 'сказал').kind, 'anonymous');
  });
});

describe('Russian unfamiliar writing: "издание", "агентство" mean the outlet named last', () => {
  it('an outlet told the news (a dative addressee) is the one "издание" means next', () => {
    const list = ru('Первым о ссоре написал телеграм-канал «Закулисье». Близкий к певице источник подтвердил порталу «Вечерний город», что пара развелась. Издание сообщает, что раздел имущества начался.');
    assert.equal(by(list, 'сообщает').speaker, 'Вечерний город');
  });

  it('the owner of an unnamed source is an outlet named too: "собеседник «Интерфакса»" … "по данным агентства"', () => {
    const list = ru('Собеседник «Интерфакса» утверждает, что завод закроют. По данным агентства, речь идет о филиале.');
    assert.equal(by(list, 'По данным').speaker, 'Интерфакс');
  });
});

describe('Russian unfamiliar writing: "компания", "министерство" mean the body named before', () => {
  it('a plant named by a town\'s adjective is the company later: "Рабочие Ольховского шинного завода … компания заявила"', () => {
    const list = ru('Рабочие Ясенского шинного завода бастуют второй день. Компания заявила, что зарплаты уже выросли.');
    assert.equal(by(list, 'заявила').speaker, 'Ясенский шинный завод');
    const f = ru('На Ясногорской ткацкой фабрике сократили смены. Компания сообщила, что заказов нет.');
    assert.equal(by(f, 'сообщила').speaker, 'Ясногорская ткацкая фабрика');
  });

  it('"В министерстве заявили" after a ministry named by its short name', () => {
    const list = ru('По оценке областного минсельхоза, засуха затронула треть полей. В министерстве заявили, что выплаты начнутся осенью.');
    assert.equal(by(list, 'заявили').speaker, 'областной минсельхоз');
  });
});

describe('Russian unfamiliar writing: apposition between commas', () => {
  it('a name in apposition identifies the subject: "Один из организаторов, брат штурмана X, заявил"', () => {
    const a = by(ru('Родные моряков вышли на пикет. Одна из организаторов, сестра механика Дарья Лоскутова, заявила, что ответа нет.'), 'заявила');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Дарья Лоскутова');
    const b = by(ru('Директор музея, Инна Петровна Гарина, сообщила, что выставку продлят.'), 'сообщила');
    assert.equal(b.speaker, 'Инна Петровна Гарина');
  });

  it('an outlet or agency in apposition: "Организатор гастролей, агентство «Северный звук», объяснило …"', () => {
    const list = ru('Организатор тура, агентство «Южный ветер», объяснило отмену «техническими причинами».');
    const a = by(list, 'объяснило');
    assert.equal(a.speaker, 'Южный ветер');
    assert.equal(a.content, 'отмену «техническими причинами»');
  });

  it('"Одна из них, до весны работавшая экономистом, утверждает": a described member of the group before', () => {
    const a = by(ru('Трое бывших сотрудников фирмы рассказали о приписках. Одна из них, до весны работавшая кассиром, утверждает, что ее уволили.'), 'утверждает');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'ее уволили');
  });

  it('a relative after a description in apposition means the name before it: "с Марией Котовой, женой капитана, которая заявила"', () => {
    const a = by(ru('Журналисты поговорили с Ниной Гуровой, женой боцмана, которая заявила, что судно не нарушало границу.'), 'заявила');
    assert.equal(a.speaker, 'Нина Гурова');
  });

  it('whom it was told ends a place: "В мэрии нам сообщили" is the city hall', () => {
    assert.equal(by(ru('В мэрии нам сообщили, что мост откроют.'), 'сообщили').speaker, 'мэрия');
    assert.equal(by(ru('В районной администрации мне объяснили, что деньги придут осенью.'), 'объяснили').source, 'районной администрации');
  });
});

describe('Russian unfamiliar writing: who the subject is', () => {
  it('an object fronted before a nominative pronoun: "Родство с учредителем он не отрицал, но подчеркнул, что …"', () => {
    const list = ru('Глава управы Роман Лыков ответил на вопросы. Знакомство с подрядчиком он не отрицал, но подчеркнул, что конкурс был честным.');
    const a = by(list, 'подчеркнул');
    assert.equal(a.source, 'он');
    assert.equal(a.speaker, 'Роман Лыков');
  });

  it('"— …, — подтвердил собеседник" after a named interviewee is that person; after an unnamed source it stays unnamed', () => {
    const list = ru('Фермер Петр Гуров держит хозяйство двадцать лет.\n\n— Как сезон?\n\n— Плохо, — признался Гуров.\n\n— Хозяйства закрываются?\n\n— Многие. Из десяти осталось шесть, — подтвердил собеседник.');
    assert.equal(by(list, 'подтвердил').speaker, 'Петр Гуров');
    const anon = ru('Источник в мэрии сообщил, что мост закроют. По словам собеседника, ремонт займет год.');
    assert.equal(by(anon, 'По словам').kind, 'anonymous');
  });
});

describe('Russian unfamiliar writing: a quote after a colon', () => {
  it('"Сомов в это не очень верит: «…»" gives the closing quote to the person who opens the sentence', () => {
    const list = ru('Фермер Олег Сомов ждет компенсаций. Сомов в это не очень верит: «Буду рад ошибиться».');
    const a = by(list, '«');
    assert.equal(a.speaker, 'Олег Сомов');
    assert.equal(a.content, 'Буду рад ошибиться');
  });

  it('no person opening the sentence, no source: "Погода испортилась: «…»"', () => {
    assert.deepEqual(ru('Погода испортилась: «Дождь будет неделю».'), []);
  });
});

describe('Russian unfamiliar writing: the defence in a court report', () => {
  it('"По мнению защиты", "Сторона защиты настаивает" mean the defence lawyer the article named', () => {
    const list = ru('Адвокат Инна Гарина попросила оправдать подсудимого. По мнению защиты, деньги взял заместитель. Сторона защиты настаивает, что улик нет.');
    assert.equal(by(list, 'По мнению').speaker, 'Инна Гарина');
    assert.equal(by(list, 'настаивает').speaker, 'Инна Гарина');
  });

  it('protection of something is no defence: "Защита прав потребителей требует …" says nothing', () => {
    assert.deepEqual(ru('Защита прав потребителей требует реформы.'), []);
  });
});

describe('Russian unfamiliar writing: a rumour and its denial in one sentence', () => {
  it('"появились сообщения о том, что …, однако в МЧС эту информацию опровергли": the claim, then the denial of that claim', () => {
    const list = ru('В соцсетях появились сообщения о том, что мост рухнул, однако в мэрии эту информацию опровергли.');
    const rumour = by(list, 'появились сообщения');
    assert.equal(rumour.content, 'мост рухнул');
    const denial = by(list, 'опровергли');
    assert.equal(denial.speaker, 'мэрия');
    assert.equal(denial.content, 'мост рухнул');
  });
});

describe('Russian unfamiliar writing: two people and "их"', () => {
  it('"Министр X и депутат Y обсудили …. По их словам" is both people, named, each with a title of his own', () => {
    const list = ru('Министр Олег Петров и депутат Анна Лис обсудили бюджет. По их словам, денег хватит.');
    const a = by(list, 'По их словам');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Олег Петров и Анна Лис');
  });

  it('"Сам Котов вину не признал и заявил, что …": the object after the name is no part of the subject', () => {
    const a = by(ru('Суд начал слушания. Сам Котов вину не признал и заявил, что его оговорили.'), 'заявил');
    assert.equal(a.source, 'Котов');
  });
});

describe('Russian unfamiliar writing: a question-and-answer interview with labels', () => {
  const qa = 'Министр образования Петр Гуров ответил на вопросы.\n\nКорреспондент: Когда откроется школа?\n\nГуров: К сентябрю. Подрядчик укладывается в сроки.';

  it('the interviewer\'s question claims nothing', () => {
    assert.equal(ru(qa).filter((x) => x.source === 'Корреспондент').length, 0);
  });

  it('a labelled answer is the interviewee\'s, to the end of its paragraph, in his full name', () => {
    const a = by(ru(qa), ':', 'Гуров');
    assert.equal(a.speaker, 'Петр Гуров');
    assert.equal(a.content, 'К сентябрю. Подрядчик укладывается в сроки');
  });
});

describe('Russian unfamiliar writing: more of a dialogue line, and a title\'s place', () => {
  it('a dialogue line with quotation marks of its own is still one claim, from its dash to the author\'s words', () => {
    const list = ru('Фермер Олег Сомов ждет выплат.\n\n— Вы что-нибудь получили?\n\n— Пока ничего. В администрации мне объяснили, что деньги придут «после проверки». Проверяют с августа, — сказал фермер.');
    const a = by(list, 'сказал');
    assert.equal(a.speaker, 'Олег Сомов');
    assert.equal(a.content, 'Пока ничего. В администрации мне объяснили, что деньги придут «после проверки». Проверяют с августа');
  });

  it('a title, a place with its own name, then the person: "председателя совета дома на улице Кирова Галины Петровны Шварц-Ковалевой"', () => {
    const a = by(ru('По словам председателя совета дома на улице Кирова Галины Петровны Шварц-Ковалевой, актов она не подписывала.'), 'По словам');
    assert.equal(a.speaker, 'Галина Петровна Шварц-Ковалева');
  });
});

describe('Russian unfamiliar writing: verbs of saying that report nothing here', () => {
  it('a measure announced is no claim: "объявил конкурс", "объявили режим ЧС"; an announcement with a что-clause is', () => {
    assert.deepEqual(ru('Директор объявил конкурс на замещение вакансии.'), []);
    assert.deepEqual(ru('Власти района объявили режим ЧС.'), []);
    assert.equal(by(ru('Мэр объявил, что мост закроют.'), 'объявил').content, 'мост закроют');
  });

  it('"Как говорится, …" is a saying, not a hedge; "Как говорится в отчете, …" still cites the report', () => {
    assert.deepEqual(ru('Как говорится, без труда не выловишь и рыбку из пруда.'), []);
    assert.equal(ru('Как говорится в отчете фонда, выручка выросла.').length, 1);
  });

  it('a name given in someone\'s honour is no label: "назвали новый вид жука в честь мэра"', () => {
    assert.deepEqual(ru('Ученые назвали новый вид жука в честь мэра.'), []);
  });
});

describe('Russian unfamiliar writing: court and office papers', () => {
  it('"Как следует из решения суда" is the court; "согласно распоряжению мэрии" the city hall', () => {
    assert.equal(by(ru('Как следует из решения суда, долги превышают 2 млрд рублей.'), 'Как следует из').speaker, 'суд');
    assert.equal(by(ru('Согласно распоряжению мэрии, рынок закроют.'), 'Согласно').speaker, 'мэрия');
  });

  it('papers of unnamed people are unnamed: "Из переписки сотрудников, копия которой есть у редакции, следует, что …"', () => {
    const a = by(ru('Из переписки сотрудников фирмы, копия которой есть в распоряжении редакции, следует, что объемы завышали.'), 'следует');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'объемы завышали');
  });

  it('"свое решение" is the verb\'s object, never its subject', () => {
    const list = ru('Министр Петр Гуров ушел в отставку. Свое решение он объяснил несогласием с коллегами.');
    assert.equal(by(list, 'объяснил').speaker, 'Петр Гуров');
  });

  it('"управляющая компания «Уют»" is the company, in the nominative', () => {
    assert.equal(by(ru('В управляющей компании «Уют» пояснили, что авария произошла на трубе.'), 'пояснили').speaker, 'управляющая компания «Уют»');
  });
});

describe('Russian unfamiliar writing: a title or a word for a person after a name', () => {
  it('a title with a woman\'s verb is the one woman just named: "Валентина Матвиенко провела встречу … Спикер Совфеда подчеркнула"', () => {
    const list = ru('Инна Гарина провела встречу с Петром Лыковым. Спикер заксобрания подчеркнула, что бюджет примут.');
    assert.equal(by(list, 'подчеркнула').speaker, 'Инна Гарина');
  });

  it('"Женщина уверена" after "Мать погибшего Ирина Белова обратилась в СК" is her', () => {
    const list = ru('Мать погибшего Ирина Белова обратилась в СК. Женщина уверена, что сына убили.');
    const a = by(list, 'уверена');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Ирина Белова');
  });

  it('two women named before leave the title unresolved', () => {
    const list = ru('Инна Гарина встретилась с Ольгой Лыковой. Спикер заксобрания подчеркнула, что бюджет примут.');
    assert.equal(by(list, 'подчеркнула').speaker, 'Спикер заксобрания');
  });

  it('a title of the same trade is the same person: "Прокурор Анна Сомова … Гособвинитель напомнила"', () => {
    const list = ru('Прокурор Анна Сомова попросила шесть лет. Гособвинитель напомнила, что подсудимый ранее судим.');
    assert.equal(by(list, 'напомнила').speaker, 'Анна Сомова');
  });

  it('an apposition opened by an adverb of time: "X, ныне возглавляющий фонд, считает"', () => {
    assert.equal(by(ru('Экс-министр Андрей Белоусов, ныне возглавляющий фонд, считает, что рынок выстоит.'), 'считает').speaker, 'Андрей Белоусов');
  });
});

describe('Russian unfamiliar writing: agency headlines and frames', () => {
  it('a body named by an acronym speaks in a headline: "МИД РФ: …", "СК: …"; a country or a city is the topic', () => {
    assert.equal(by(ru('МИД РФ: Москва ответит на санкции'), ':').speaker, 'МИД РФ');
    assert.equal(by(ru('СК: задержаны трое подозреваемых'), ':').speaker, 'СК');
    assert.deepEqual(ru('США: инфляция замедлилась'), []);
    assert.deepEqual(ru('Москва: в городе ожидаются ливни'), []);
  });

  it('"С точки зрения экономиста X" is X\'s view; "с точки зрения закона" is nobody\'s', () => {
    assert.equal(by(ru('С точки зрения экономиста Ивана Лисина, рубль переоценен.'), 'С точки зрения').speaker, 'Иван Лисин');
    assert.deepEqual(ru('С точки зрения закона, сделка чиста.'), []);
  });

  it('"признался в интервью «Матч ТВ» X" is where he said it, not what he confessed', () => {
    const a = by(ru('«Я думал о завершении карьеры», — признался в интервью «Матч ТВ» вратарь Игорь Акинфеев.'), 'признался');
    assert.equal(a.speaker, 'Игорь Акинфеев');
    assert.deepEqual(ru('Он признался в краже.'), []);
  });
});

describe('Russian unfamiliar writing: pronouns and titles after two people', () => {
  it('a title before a name is not given to the object after the verb: "Тренер X похвалил Ивана Облякова. По словам наставника"', () => {
    const list = ru('Тренер Валерий Карпин похвалил Ивана Облякова. По словам наставника, игрок провел лучший матч.');
    assert.equal(by(list, 'По словам').speaker, 'Валерий Карпин');
  });

  it('"Ее муж Андрей поддержал жену. По его словам" is her husband', () => {
    const list = ru('«Мы будем бороться», — заявила Мария Котова. Ее муж Андрей поддержал жену. По его словам, суд их не слышит.');
    assert.equal(by(list, 'По его словам').speaker, 'муж Марии Котовой');
  });

  it('a plural title with its own genitive before two names: "Эксперты Высшей школы экономики Анна Белова и Игорь Лис"', () => {
    const list = ru('Эксперты Высшей школы экономики Анна Белова и Игорь Лис считают, что рост замедлится. По их оценке, ВВП вырастет на 1%.');
    assert.equal(by(list, 'считают').speaker, 'Анна Белова и Игорь Лис');
    assert.equal(by(list, 'По их оценке').speaker, 'Анна Белова и Игорь Лис');
  });
});

describe('Russian unfamiliar writing: the two sides in court', () => {
  it('a prosecutor is never the defence lawyer just named, whatever her gender', () => {
    const list = ru('Адвокат Инна Гарина заявила, что приговор будет обжалован. Гособвинитель напомнила, что подсудимый ранее судим.');
    assert.equal(by(list, 'напомнила').speaker, 'Гособвинитель');
  });
});

describe('Russian unfamiliar writing: the court named before', () => {
  it('"Как установил суд" after "Ленинский районный суд Самары приговорил …" is that court, in the nominative', () => {
    const list = ru('Ленинский районный суд Самары приговорил чиновника к семи годам колонии. Как установил суд, он получил 3 млн рублей.');
    assert.equal(by(list, 'Как установил').speaker, 'Ленинский районный суд Самары');
    const obl = ru('Решение вынес судья Басманного суда Москвы. По данным суда, обвиняемый скрылся.');
    assert.equal(by(obl, 'По данным').speaker, 'Басманный суд Москвы');
  });
});

describe('Russian unfamiliar writing: manner beside a quote', () => {
  it('"— плачет пенсионерка", "— негодует она", "— ворчит он" give the quote to the woman or man just named', () => {
    const list = ru('Жительница Твери Ольга Сомова потеряла дом при пожаре. «Мы остались ни с чем», — плачет пенсионерка. «Все сгорело», — негодует она.');
    assert.equal(by(list, 'плачет').speaker, 'Ольга Сомова');
    assert.equal(by(list, 'негодует').speaker, 'Ольга Сомова');
    assert.equal(by(ru('Фермер Петр Гуров недоволен. «Опять дожди», — ворчит он.'), 'ворчит').speaker, 'Петр Гуров');
  });

  it('a manner verb without a quote says nothing: "Дети плачут"', () => {
    assert.deepEqual(ru('Дети плачут, а взрослые ворчат.'), []);
  });
});

describe('Russian unfamiliar writing: rumour without a source', () => {
  it('"Ходят разговоры, что …" is a hedge like "ходят слухи"', () => {
    const a = by(ru('Ходят разговоры, что мэр уйдет в отставку.'), 'Ходят разговоры');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'мэр уйдет в отставку');
  });
});

describe('Russian unfamiliar writing: a region\'s genitive after a place', () => {
  it('"В администрации Красноярского края сообщили": "края" agrees with its adjective, no plural subject', () => {
    const a = by(ru('В администрации Красноярского края сообщили, что дороги расчистят.'), 'сообщили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'администрация Красноярского края');
  });

  it('a masculine nominative in -ой still opens the subject: "В этой ситуации другой эксперт заявил"', () => {
    assert.equal(by(ru('В этой ситуации другой эксперт заявил, что рынок упадет.'), 'заявил').kind, 'anonymous');
  });
});

describe('Russian unfamiliar writing: a body\'s full official name', () => {
  it('a body\'s field after "по" and its sphere stay in the name: "Федеральной службы по надзору в сфере защиты прав потребителей"', () => {
    const a = by(ru('По данным Федеральной службы по надзору в сфере защиты прав потребителей, нарушений нет.'), 'По данным');
    assert.equal(a.speaker, 'Федеральная служба по надзору в сфере защиты прав потребителей');
    assert.equal(by(ru('По информации комитета по делам молодежи, лагерь откроют в июне.'), 'По информации').speaker, 'комитет по делам молодежи');
  });
});

describe('Russian unfamiliar writing: a nationality for the player just named', () => {
  it('"— признался бразилец" after the one man named, even when he did not speak before', () => {
    const list = ru('Нападающий «Сокола» Луис Рамос забил два гола. «Это лучший матч в моей карьере», — признался бразилец.');
    assert.equal(by(list, 'признался').speaker, 'Луис Рамос');
  });

  it('two men named leave the nationality unnamed', () => {
    const list = ru('Луис Рамос забил два гола, а Олег Ким отдал передачу. «Это лучший матч», — признался бразилец.');
    assert.equal(by(list, 'признался').kind, 'anonymous');
  });
});

describe('Russian unfamiliar writing: a body named in full before', () => {
  it('"пресс-службе думы" after "городской думы Верхнелужска" is that city duma', () => {
    const list = ru('Депутаты городской думы Ясенска не утвердили программу. Об этом сообщили в пресс-службе думы.');
    assert.equal(by(list, 'сообщили').speaker, 'городская дума Ясенска');
  });

  it('"В администрации заявили" after "администрацию Красноозерского района"', () => {
    const list = ru('Жители обратились в администрацию Красноозерского района. В администрации заявили, что проверят жалобу.');
    assert.equal(by(list, 'заявили').speaker, 'администрация Красноозерского района');
  });
});

describe('Russian unfamiliar writing: where an object claim ends', () => {
  it('"подрядчика обвиняли в срыве сроков, а прокуратура проводила проверку": the accusation ends before ", а"', () => {
    const a = by(ru('В прошлом году подрядчика обвиняли в срыве сроков, а прокуратура проводила проверку.'), 'обвиняли');
    assert.equal(a.content, 'в срыве сроков');
  });

  it('a что-clause that opens with "в" goes on past ", а": "заявил, что в программу вошли 46 дворов, а на работы …"', () => {
    const a = by(ru('Мэр заявил, что в программу вошли 46 дворов, а на работы заложено 200 млн рублей.'), 'заявил');
    assert.equal(a.content, 'в программу вошли 46 дворов, а на работы заложено 200 млн рублей');
  });
});

describe('Russian unfamiliar writing: "мой отец" inside someone\'s words', () => {
  it('"— … Мой отец всегда говорил: …, — ответил Гуров" is Гуров\'s father; alone it stays unnamed', () => {
    const list = ru('Фермер Петр Гуров держит хозяйство двадцать лет.\n\n— Что бы вы посоветовали новичкам?\n\n— Считать, — не задумываясь ответил Гуров. — Мой отец всегда говорил: земля прощает ошибки, но не прощает лени.');
    assert.equal(by(list, 'говорил').speaker, 'отец Петра Гурова');
    assert.equal(by(ru('Мой отец всегда говорил, что земля кормит.'), 'говорил').kind, 'anonymous');
  });
});

describe('Russian unfamiliar names: a first name that ends like an adjective', () => {
  it('"Эколог Бахром Азимов уверен, что …" is a person, named in full', () => {
    const a = by(ru('Эколог Бахром Азимов уверен, что смог вернётся зимой.'), 'уверен');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Бахром Азимов');
  });
});

describe('Russian unfamiliar words for people with a description after them', () => {
  it('"Бывшая курсантка, пожелавшая остаться неизвестной, рассказала «Е1», что …": an unnamed woman told the outlet', () => {
    const a = by(ru('Бывшая курсантка, пожелавшая остаться неизвестной, рассказала «Вестнику», что инструктор требовал деньги.'), 'рассказала');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Бывшая курсантка');
    assert.equal(a.content, 'инструктор требовал деньги');
  });
});

describe('Russian unfamiliar names: Georgian surnames do not decline', () => {
  it('"По словам директора театра Левана Джанашиа", "по словам Гурама Натадзе": the first name in the nominative, the surname as written', () => {
    assert.equal(by(ru('По словам директора театра Левана Джанашиа, спектакль перенесут.'), 'По словам').speaker, 'Леван Джанашиа');
    assert.equal(by(ru('По словам Гурама Натадзе, спектакль отменят.'), 'По словам').speaker, 'Гурам Натадзе');
  });
});
