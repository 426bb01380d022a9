// Russian wire writing invented for these specifications (courts, police,
// ministries, companies): one class per block, each a gap found by reading
// the engine's output on new text, not on a corpus.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian invented wire: a verb whose clause an inverted report holds', () => {
  it('"Он свою вину отрицает, сообщила защитник": the reporting tail is no claim of "отрицает"', () => {
    const list = ru('Иван Петров свою вину отрицает, сообщила его защитник Елена Морозова.');
    for (const a of list) assert.doesNotMatch(a.content, /сообщила/);
    const tail = by(list, 'сообщила');
    assert.equal(tail.speaker, 'Елена Морозова');
    assert.equal(tail.content, 'Иван Петров свою вину отрицает');
  });

  it('the same with an impersonal tail: "Компания свою причастность отрицает, говорится в сообщении"', () => {
    const list = ru('Компания свою причастность отрицает, говорится в сообщении.');
    for (const a of list) assert.doesNotMatch(a.content, /говорится/);
    assert.equal(by(list, 'говорится в').content, 'Компания свою причастность отрицает');
  });

  it('a что-clause after the comma is still the verb\'s claim', () => {
    assert.equal(by(ru('Иван Петров отрицает, что брал деньги.'), 'отрицает').content, 'брал деньги');
  });
});

describe('Russian invented wire: an aside between the subject and the verb\'s own phrases', () => {
  it('"Министр, однако, на брифинге заявил, что …": the subject stands before the aside', () => {
    const a = by(ru('Министр, однако, на брифинге заявил, что работа продолжится.'), 'заявил');
    assert.equal(a.source, 'Министр');
    assert.equal(a.content, 'работа продолжится');
    assert.equal(by(ru('Компания, впрочем, уже в понедельник сообщила, что сделка закрыта.'), 'сообщила').source, 'Компания');
  });

  it('"Котова, впрочем, не согласилась и заявила, что …": a first coordinated verb after the aside', () => {
    const a = by(ru('Мария Котова, однако, не согласилась с выводами и заявила, что обжалует представление.'), 'заявила');
    assert.equal(a.speaker, 'Мария Котова');
    assert.equal(a.content, 'обжалует представление');
    const b = by(ru('Министр, в свою очередь, поблагодарил коллег и отметил, что работа продолжится.'), 'отметил');
    assert.equal(b.source, 'Министр');
  });

  it('a pronoun before the aside still resolves: "Она, впрочем, не согласилась и заявила"', () => {
    const a = by(ru('Мария Котова приехала на место. Она, впрочем, не согласилась и заявила, что обжалует представление.'), 'заявила');
    assert.equal(a.speaker, 'Мария Котова');
  });
});

describe('Russian invented wire: a word for an unnamed person before a surname', () => {
  it('"Депутат Петрова заявила", "Следователь Кузнецов сообщил": the surname in the verb\'s gender names the person', () => {
    const a = by(ru('Депутат Петрова заявила, что школа не готова к учебному году.'), 'заявила');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Петрова');
    const b = by(ru('Следователь Кузнецов сообщил, что дело передано в суд.'), 'сообщил');
    assert.equal(b.kind, 'named');
    assert.equal(b.speaker, 'Кузнецов');
  });

  it('a later bare title is the same person: "По словам следователя, …"', () => {
    const list = ru('Следователь Кузнецов сообщил, что дело передано в суд. По словам следователя, обвиняемый дал показания.');
    assert.equal(by(list, 'По словам').speaker, 'Кузнецов');
  });

  it('a genitive before a man\'s verb stays whose he is: "Сотрудник Иванова заявил"; a body stays a body', () => {
    assert.equal(by(ru('Сотрудник Иванова заявил, что документы пропали.'), 'заявил').kind, 'anonymous');
    assert.equal(by(ru('Депутат Госдумы заявил, что законопроект внесут в среду.'), 'заявил').kind, 'anonymous');
  });
});

describe('Russian invented wire: a second, negated predicate of the speaker ends the claim', () => {
  it('", но подробностей не привел": the genitive object fronted before "не" and a verb of the speaker\'s agreement', () => {
    assert.equal(by(ru('Источник подтвердил задержание, но подробностей не привел.'), 'подтвердил').content, 'задержание');
    assert.equal(by(ru('Источник подтвердил задержание, однако подробностей не привел.'), 'подтвердил').content, 'задержание');
    assert.equal(by(ru('Пресс-секретарь сообщила, что встреча состоялась, но деталей не раскрыла.'), 'сообщила').content, 'встреча состоялась');
  });

  it('an accusative object fronted the same way: ", но причину не назвал"', () => {
    assert.equal(by(ru('Представитель компании подтвердил отмену рейсов, но причину не назвал.'), 'подтвердил').content, 'отмену рейсов');
  });

  it('a clause with a subject of its own stays in the claim: "…, но рабочие не пострадали"', () => {
    assert.equal(by(ru('Власти заявили, что завод закроется, но рабочие не пострадали.'), 'заявили').content, 'завод закроется, но рабочие не пострадали');
  });
});

describe('Russian invented wire: a genitive in -ого/-его after the head noun is no adverb', () => {
  it('"Сын погибшего рассказал": the whole phrase is the source, described', () => {
    const a = by(ru('Сын погибшего рассказал журналистам, что отец работал на шахте.'), 'рассказал');
    assert.equal(a.source, 'Сын погибшего');
    assert.equal(a.kind, 'anonymous');
    assert.equal(by(ru('Брат задержанного сообщил, что тот не виновен.'), 'сообщил').source, 'Брат задержанного');
  });

  it('an adverb in -о before the verb still ends the phrase: "Сын немного рассказал", "Министр коротко ответил"', () => {
    assert.equal(by(ru('Сын немного рассказал, что отец работал на шахте.'), 'рассказал').source, 'Сын');
    assert.equal(by(ru('Министр коротко ответил, что решение принято.'), 'ответил').source, 'Министр');
  });
});

describe('Russian invented wire: an adverb before a verb the lexicons lack ends the subject', () => {
  it('"Министр немного помолчал и коротко ответил": "немного" is no part of the minister', () => {
    assert.equal(by(ru('Министр немного помолчал и коротко ответил, что решение принято.'), 'ответил').source, 'Министр');
    assert.equal(by(ru('Тренер долго молчал и лишь потом сказал, что доволен игрой.'), 'сказал').source, 'Тренер');
  });
});

describe('Russian invented wire: an outlet\'s name in Latin script of two words', () => {
  it('"Как пишет Forbes Kazakhstan, …": the second word goes on the name; it is no subject after an addressee', () => {
    const a = by(ru('Как пишет Forbes Kazakhstan, сделка оценивается в $200 млн.'), 'Как пишет');
    assert.equal(a.source, 'Forbes Kazakhstan');
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'сделка оценивается в $200 млн');
  });

  it('an outlet before a person is still whom he told: "сообщил РИА Новости представитель ведомства"', () => {
    const a = by(ru('Как сообщил РИА Новости представитель ведомства, проверка завершена.'), 'Как сообщил РИА Новости');
    assert.equal(a.source, 'представитель ведомства');
  });
});

describe('Russian invented wire: an outlet whose name does not decline, told a claim noun', () => {
  it('"подтвердил РИА Новости отмену рейсов", "подтвердил ТАСС …": the outlet is whom it was told, no part of the claim', () => {
    assert.equal(by(ru('Представитель авиакомпании подтвердил РИА Новости отмену рейсов.'), 'подтвердил').content, 'отмену рейсов');
    assert.equal(by(ru('Представитель авиакомпании подтвердил ТАСС отмену рейсов.'), 'подтвердил').content, 'отмену рейсов');
  });

  it('as the dative "«Интерфаксу»" already was', () => {
    assert.equal(by(ru('Представитель авиакомпании подтвердил «Интерфаксу» отмену рейсов.'), 'подтвердил').content, 'отмену рейсов');
  });
});

describe('Russian invented wire: a body named by its function, "орган"', () => {
  it('"Как сообщили в надзорном органе, …", "В правоохранительных органах заявили, что …" speak as bodies', () => {
    const a = by(ru('Как сообщили в надзорном органе, нарушения выявлены на трех объектах.'), 'Как сообщили');
    assert.equal(a.speaker, 'надзорный орган');
    assert.equal(a.content, 'нарушения выявлены на трех объектах');
    const b = by(ru('В правоохранительных органах заявили, что подозреваемый скрылся.'), 'заявили');
    assert.equal(b.source, 'правоохранительных органах');
    assert.equal(b.content, 'подозреваемый скрылся');
  });
});

describe('Russian invented wire: a titled person whose first name no lexicon lists', () => {
  it('"Министр финансов Ерулан Жамаубаев прибыл …. … Он заявил": the pronoun means him sentences later', () => {
    const text = 'Министр финансов Ерулан Жамаубаев прибыл в Астану. Погода была хорошей. Он заявил, что бюджет будет исполнен.';
    assert.equal(by(ru(text), 'заявил').speaker, 'Ерулан Жамаубаев');
  });

  it('a woman by her surname: "аким района Акмарал Сейтова" … "Она сообщила"', () => {
    const text = 'Аким района Акмарал Сейтова осмотрела дамбу. Работы шли третий день. Она сообщила, что ремонт закончат к осени.';
    assert.equal(by(ru(text), 'сообщила').speaker, 'Акмарал Сейтова');
  });

  it('after a verb the name is its object, no one registered as its subject\'s title: "Министр поблагодарил Ерлана Жамаубаева"', () => {
    const text = 'Министр поблагодарил Ерлана Жамаубаева. Работы шли третий день. Она сообщила, что ремонт закончат к осени.';
    assert.notEqual(by(ru(text), 'сообщила').speaker, 'Ерлана Жамаубаева');
  });
});

describe('Russian invented wire: a title in apposition after a person in a frame', () => {
  it('"По словам Ивана Петрова, главного инженера завода, цех закроют": the title is no part of the claim', () => {
    assert.equal(by(ru('По словам Ивана Петрова, главного инженера завода, цех закроют.'), 'По словам').content, 'цех закроют');
    assert.equal(by(ru('По мнению Анны Беловой, эксперта Высшей школы экономики, рубль ослабнет.'), 'По мнению').content, 'рубль ослабнет');
  });

  it('a clause with its own verb after the comma is the claim: "По словам Петрова, директора уволили, …"', () => {
    assert.equal(by(ru('По словам Петрова, директора уволили, а завод закрыли.'), 'По словам').content, 'директора уволили, а завод закрыли');
  });
});

describe('Russian invented wire: "и" and a second verb right after a reporting verb', () => {
  it('"В банке проблему подтвердили и пообещали устранить ее": the second predicate is no claim of the first', () => {
    const list = ru('В банке проблему подтвердили и пообещали устранить ее в течение часа.');
    for (const a of list) assert.doesNotMatch(a.content, /^и /);
    assert.equal(by(list, 'пообещали').content, 'устранить ее в течение часа');
  });

  it('"Жители подтвердили и рассказали, что …": the что-clause is the second verb\'s', () => {
    const list = ru('Жители подтвердили и рассказали, что воды нет третий день.');
    assert.deepEqual(list.map((a) => [a.cue, a.content]), [['рассказали', 'воды нет третий день']]);
  });
});

describe('Russian invented wire: the militia is a body, as the police are', () => {
  it('"В милиции сообщили, что …", "По информации милиции, …": a body, named in the nominative', () => {
    const a = by(ru('В милиции сообщили, что пострадавших нет.'), 'сообщили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'милиция');
    assert.equal(by(ru('По информации милиции, угонщик задержан.'), 'По информации').speaker, 'милиция');
  });
});

describe('Russian invented wire: a title with its field before the name ("Эксперт по энергетике Иван Котов")', () => {
  it('an expert\'s field does not end his phrase', () => {
    const a = by(ru('Эксперт по энергетике Иван Котов полагает, что цены на электроэнергию вырастут.'), 'полагает');
    assert.equal(a.source, 'Эксперт по энергетике Иван Котов');
    assert.equal(a.speaker, 'Иван Котов');
  });

  it('nor a field before a first name no lexicon lists: "Директор по развитию Бекжан Оразов"', () => {
    const a = by(ru('Директор по развитию Бекжан Оразов сообщил, что сделка закрыта.'), 'сообщил');
    assert.equal(a.source, 'Директор по развитию Бекжан Оразов');
    assert.equal(a.speaker, 'Бекжан Оразов');
  });
});

describe('Russian invented wire: "передал" with a thing handed over', () => {
  it('"Агент передавал сведения о дислокации войск", "Он передал информацию следователям" report nothing', () => {
    assert.deepEqual(ru('Агент передавал сведения о дислокации войск.'), []);
    assert.deepEqual(ru('Сотрудник передавал данные иностранной разведке.'), []);
  });

  it('a что-clause, a colon or an inverted outlet still report', () => {
    assert.equal(by(ru('Министр передал журналистам, что решение принято.'), 'передал').content, 'решение принято');
    assert.equal(by(ru('Жители недовольны, передает корреспондент агентства.'), 'передает').content, 'Жители недовольны');
    assert.equal(by(ru('«Все будет хорошо», — передает агентство.'), 'передает').content, 'Все будет хорошо');
  });
});

describe('Russian invented wire: a site named by its domain', () => {
  it('any lower-case zone: "Как сообщили Kaktus.media в пресс-службе мэрии, …" is whom the press office told', () => {
    const a = by(ru('Как сообщили Kaktus.media в пресс-службе мэрии, работы завершатся к пятнице.'), 'Как сообщили Kaktus.media');
    assert.equal(a.speaker, 'пресс-служба мэрии');
    assert.equal(a.content, 'работы завершатся к пятнице');
  });

  it('before a citing frame the site speaks: "Как сообщает 24.kg со ссылкой на источник, …"', () => {
    const list = ru('Как сообщает 24.kg со ссылкой на источник, сделка закрыта.');
    assert.equal(by(list, 'Как сообщает').source, '24.kg');
    assert.equal(by(list, 'со ссылкой на').source, 'источник');
  });
});

describe('Russian invented wire: a place, then a first name alone, after a word for a person', () => {
  it('"Жительница Бишкека Анна рассказала": the town is no part of a name; she stays as unnamed as "Жительница Анна"', () => {
    const a = by(ru('Жительница Бишкека Анна рассказала, что ждала скорую два часа.'), 'рассказала');
    assert.notEqual(a.speaker, 'Бишкека Анна');
    assert.equal(a.kind, by(ru('Жительница Анна рассказала, что ждала скорую два часа.'), 'рассказала').kind);
  });

  it('a first name and a surname still name the person: "Водитель автобуса Ермек Сапаров"', () => {
    assert.equal(by(ru('Водитель автобуса Ермек Сапаров рассказал, что тормоза отказали.'), 'рассказал').speaker, 'Ермек Сапаров');
  });
});

describe('Russian invented wire: a bare "компания" after a body named by its quoted name alone', () => {
  it('"В «Казатомпроме» заявили, что …. Компания также сообщила, что …": the company is that body', () => {
    const list = ru('В «Казатомпроме» заявили, что добыча урана вырастет. Компания также сообщила, что выплатит дивиденды.');
    assert.equal(by(list, 'сообщила').speaker, 'Казатомпром');
    const other = ru('В «Казатомпроме» заявили, что добыча вырастет. Как уточнили в компании, дивиденды выплатят в мае.');
    assert.equal(by(other, 'Как уточнили').speaker, 'Казатомпром');
  });
});

describe('Russian invented wire: one quoted word shaped like a company\'s name', () => {
  it('"«Казатомпром» сообщил", "«Северсталь» сообщила": a company, not an outlet\'s title', () => {
    const a = by(ru('«Казатомпром» сообщил, что добыча выросла.'), 'сообщил');
    assert.equal(a.grade, 'organization');
    assert.equal(a.speaker, 'Казатомпром');
    assert.equal(by(ru('«Уралсталь» сообщила, что выпуск вырос.'), 'сообщила').grade, 'organization');
  });

  it('other quoted titles stay outlets: "«Вечерний город» пишет"', () => {
    assert.equal(by(ru('«Вечерний город» пишет, что мост закроют.'), 'пишет').grade, 'media');
  });
});

describe('Russian invented wire: "В <месте> это опровергли"', () => {
  it('"это" after a place that speaks points back, as after a subject ("Министр это опроверг")', () => {
    const a = by(ru('Добыча урана вырастет вдвое. В министерстве это опровергли.'), 'опровергли');
    assert.equal(a.source, 'министерстве');
    assert.equal(a.content, 'Добыча урана вырастет вдвое.');
    assert.equal(by(ru('Добыча урана вырастет вдвое. В «Росатоме» это опровергли.'), 'опровергли').speaker, 'Росатом');
  });
});

describe('Russian invented wire: curt replies after a quote', () => {
  it('"«…», — отрезал министр", "— буркнула продавщица", "— бросил он" report the quote', () => {
    assert.equal(by(ru('«Решение принято, и оно окончательное», — отрезал министр.'), 'отрезал').content, 'Решение принято, и оно окончательное');
    assert.equal(by(ru('— Не ваше дело, — буркнула продавщица.'), 'буркнула').content, 'Не ваше дело');
    assert.equal(by(ru('«Разберемся», — бросил он журналистам и уехал.'), 'бросил').content, 'Разберемся');
  });

  it('with no quote they report nothing: "Он бросил курить", "Повар отрезал кусок хлеба"', () => {
    assert.deepEqual(ru('Он бросил курить три года назад.'), []);
    assert.deepEqual(ru('Повар отрезал кусок хлеба.'), []);
  });
});

describe('Russian invented wire: a ministry named in full with its country', () => {
  it('"Министерство обороны Украины начало проверку. В ведомстве уточнили …": the country stays in its name', () => {
    const a = by(ru('Министерство обороны Украины начало проверку. В ведомстве уточнили, что ее итоги опубликуют.'), 'уточнили');
    assert.equal(a.speaker, 'Министерство обороны Украины');
    const b = by(ru('Министерство финансов начало проверку. В ведомстве уточнили, что ее итоги опубликуют.'), 'уточнили');
    assert.equal(b.speaker, 'Министерство финансов');
  });
});

describe('Russian invented wire: whom a warning is addressed to, an inanimate plural', () => {
  it('"предупредила банки о возможных санкциях": the banks are whom she warned, no part of the claim', () => {
    assert.equal(by(ru('Глава регулятора Мадина Абылкасымова предупредила банки о возможных санкциях.'), 'предупредила').content, 'о возможных санкциях');
    assert.equal(by(ru('Регулятор предупредил компании о проверках.'), 'предупредил').content, 'о проверках');
  });
});

describe('Russian invented wire: a name in apposition whose first name no lexicon lists', () => {
  it('"Один из них, Дастан Бекешев, заявил, что …": the subject before the commas, named', () => {
    const a = by(ru('Депутаты раскритиковали законопроект. Один из них, Дастан Бекешев, заявил, что документ нарушает Конституцию.'), 'заявил');
    assert.equal(a.speaker, 'Дастан Бекешев');
    assert.equal(a.content, 'документ нарушает Конституцию');
  });
});

describe('Russian invented wire: a comment verb with its words after a colon', () => {
  it('"В акимате ситуацию прокомментировали: ремонт начнется в понедельник": the words after the colon are the claim', () => {
    const a = by(ru('В акимате ситуацию прокомментировали: ремонт начнется в понедельник.'), 'прокомментировали');
    assert.equal(a.source, 'акимате');
    assert.equal(a.content, 'ремонт начнется в понедельник');
    assert.equal(by(ru('В акимате прокомментировали: ремонт начнется в понедельник.'), 'прокомментировали').content, 'ремонт начнется в понедельник');
  });

  it('with no colon a comment verb after its subject reports nothing: "Министр прокомментировал решение."', () => {
    assert.deepEqual(ru('Министр прокомментировал решение суда.'), []);
  });
});

describe('Russian invented wire: a quote after a colon that opens with "Это"', () => {
  it('"Министр заявил: «Это ошибка»" reports the quote; "Это" is no pronoun object there', () => {
    const a = by(ru('Министр заявил журналистам: «Это ошибка, и мы ее исправим».'), 'заявил');
    assert.equal(a.content, 'Это ошибка, и мы ее исправим');
    assert.equal(a.direct, true);
  });

  it('a bare "это" after the verb is still a pronoun object: "Министр сообщил это вчера"', () => {
    assert.deepEqual(ru('Министр сообщил это вчера.'), []);
  });
});

describe('Russian invented wire: the Korean surname "Ли"', () => {
  it('"Директор агентства Ирина Ли заявила", "Сергей Ли сообщил": the surname is no particle "ли" opening a clause', () => {
    assert.equal(by(ru('Директор агентства Ирина Ли заявила, что цены вырастут.'), 'заявила').speaker, 'Ирина Ли');
    assert.equal(by(ru('Сергей Ли сообщил, что пациентку выпишут.'), 'сообщил').speaker, 'Сергей Ли');
    assert.equal(by(ru('По словам главврача Сергея Ли, ее выпишут через неделю.'), 'По словам').speaker, 'Сергей Ли');
    assert.equal(by(ru('«Цены вырастут», — прогнозирует директор агентства Ирина Ли.'), 'прогнозирует').speaker, 'Ирина Ли');
  });
});

describe('Russian invented wire: the Korean surname "Ни" before the verb', () => {
  it('"Директор школы Елена Ни сообщила, что …" is no negation "ни"', () => {
    assert.equal(by(ru('Директор школы Елена Ни сообщила, что ремонт закончен.'), 'сообщила').speaker, 'Елена Ни');
  });

  it('a lower-case "ни" still negates: "Об этом никто ни сообщил, ни написал" reports nothing', () => {
    assert.deepEqual(ru('Об этом никто ни сообщил, ни написал.'), []);
  });
});

describe('Russian invented wire: a titled person with an unlisted first name, the title owned by a body', () => {
  it('"официальный представитель МИД Айбек Смадияров" … "Он сообщил": the body between title and name is the title\'s owner', () => {
    const text = 'На брифинге выступил официальный представитель МИД Айбек Смадияров. Погода была плохой. Он сообщил, что визит пройдет в марте.';
    assert.equal(by(ru(text), 'сообщил').speaker, 'Айбек Смадияров');
  });
});

describe('Russian invented wire: a central bank by its short name and its country', () => {
  it('"Нацбанк Украины сохранил ставку. Регулятор сообщил …": the regulator is the bank with its country', () => {
    assert.equal(by(ru('Нацбанк Украины сохранил учетную ставку. Регулятор сообщил, что инфляция замедлится.'), 'сообщил').speaker, 'Нацбанк Украины');
    assert.equal(by(ru('Нацбанк сохранил учетную ставку. Регулятор сообщил, что инфляция замедлится.'), 'сообщил').speaker, 'Нацбанк');
  });
});

describe('Russian invented wire: an agency\'s dateline before the claim', () => {
  it('"КазТАГ – …", "РИА Новости – …", "ИА Regnum – …" are no part of the claim before an inverted report', () => {
    assert.equal(by(ru('КазТАГ – Акимат намерен снести постройки, сообщил заместитель акима.'), 'сообщил').content, 'Акимат намерен снести постройки');
    assert.equal(by(ru('РИА Новости – Цены вырастут, сообщил министр.'), 'сообщил').content, 'Цены вырастут');
    assert.equal(by(ru('ИА Regnum – Цены вырастут, сообщил министр.'), 'сообщил').content, 'Цены вырастут');
  });
});

describe('Russian invented wire: a deputy\'s title in one word ("замдиректора", "замаким")', () => {
  it('is a person\'s title, not a body: "Замдиректора школы сообщил", "как отметил замаким"', () => {
    const a = by(ru('Замдиректора школы сообщил, что уроки отменят.'), 'сообщил');
    assert.equal(a.grade, 'person');
    assert.equal(by(ru('Часть жалоб, как отметил замаким, уже рассмотрена.'), 'как отметил').grade, 'person');
    assert.equal(by(ru('По словам замдиректора, уроки отменят.'), 'По словам').grade, 'person');
  });
});

describe('Russian invented wire: "парламентарий" after a deputy or a senator was named', () => {
  it('"Депутат Госдумы Ярослав Нилов внес законопроект. Парламентарий уверен …" is the deputy', () => {
    assert.equal(by(ru('Депутат Госдумы Ярослав Нилов внес законопроект о пенсиях. Парламентарий уверен, что документ поддержат.'), 'уверен').speaker, 'Ярослав Нилов');
    assert.equal(by(ru('Сенатор Андрей Клишас внес поправки. Парламентарий считает, что их примут.'), 'считает').speaker, 'Андрей Клишас');
  });
});

describe('Russian invented wire: "их" after a clause whose subject follows its predicate', () => {
  it('"С ним не согласны представители оппозиции: по их мнению, …", "На митинг вышли жители поселка. По их словам, …"', () => {
    assert.equal(by(ru('С ним не согласны представители оппозиции: по их мнению, были нарушения.'), 'по их мнению').speaker, 'представители оппозиции');
    assert.equal(by(ru('На митинг вышли жители поселка. По их словам, воды нет неделю.'), 'По их словам').speaker, 'жители поселка');
  });
});

describe('Russian invented wire: a demonstrative as the subject of a report', () => {
  it('"Тот заявил", "Та добавила": the person mentioned last, even in an oblique case', () => {
    const a = by(ru('Аким района Марат Оспанов встретился с фермером Сергеем Ткачуком. Тот заявил, что урожай будет ниже прошлогоднего.'), 'заявил');
    assert.equal(a.speaker, 'Сергей Ткачук');
    assert.equal(a.content, 'урожай будет ниже прошлогоднего');
    const b = by(ru('Директор школы Ольга Лебедева передала слово завучу Анне Кравец. Та, в свою очередь, добавила, что ремонт завершат к сентябрю.'), 'добавила');
    assert.equal(b.speaker, 'Анна Кравец');
  });

  it('resolved where it stands, not after a name in an aside: "Тот, вспоминает X, говорил"', () => {
    const a = by(ru('Кузнец Петр Демин перенял ремесло у деда, Степана Демина. Тот, вспоминает Петр Демин, говорил, что железо любит терпение.'), 'говорил');
    assert.equal(a.speaker, 'Степан Демин');
  });

  it('before a noun it only points, and "Тот, кто …" names no one', () => {
    const list = ru('Тот день запомнился всем, заявил Марат Оспанов.');
    assert.equal(by(list, 'заявил').speaker, 'Марат Оспанов');
    assert.equal(ru('Марат Оспанов открыл собрание. Тот, кто опоздал, заявил, что автобус сломался.').filter((x) => x.cue === 'заявил' && x.speaker === 'Марат Оспанов').length, 0);
  });
});

describe('Russian invented wire: a field\'s genitive after a body\'s noun', () => {
  it('"В Министерстве энергетики заявили": "энергетики" is the field the ministry is named for, not a group of power engineers', () => {
    const a = by(ru('В Министерстве энергетики Казахстана заявили, что тарифы на тепло не изменятся.'), 'заявили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Министерство энергетики Казахстана');
    assert.equal(by(ru('В управлении статистики сообщили, что инфляция замедлилась.'), 'сообщили').source, 'управлении статистики');
  });

  it('the same inside an inverted report\'s place: "Как сообщили в пресс-службе Министерства энергетики"', () => {
    const a = by(ru('Как сообщили в пресс-службе Министерства энергетики, ремонт подстанции завершен.'), 'Как сообщили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Министерство энергетики');
  });

  it('a trade as the subject is still a group: "Энергетики заявили"', () => {
    assert.equal(by(ru('Энергетики заявили, что подача света восстановлена.'), 'заявили').kind, 'anonymous');
  });
});

describe('Russian invented wire: a security service referred back to by "спецслужба"', () => {
  it('"Как отметили в спецслужбе", "В спецслужбе уточнили", "Спецслужба сообщила": the service named just before', () => {
    const a = by(ru('СБУ задержала жителя Одессы. Как отметили в спецслужбе, мужчина собирал сведения о портах.'), 'Как отметили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'СБУ');
    assert.equal(a.content, 'мужчина собирал сведения о портах');
    assert.equal(by(ru('ГКНБ провел обыски в мэрии. В спецслужбе уточнили, что изъяты документы.'), 'уточнили').speaker, 'ГКНБ');
    assert.equal(by(ru('Сотрудники Службы безопасности Украины задержали агента. По данным спецслужбы, он работал под прикрытием.'), 'По данным').speaker, 'Служба безопасности Украины');
  });

  it('with no service named before, "в спецслужбе" names no one, and "источник в спецслужбе" stays anonymous', () => {
    assert.equal(ru('В спецслужбе отметили, что агент задержан.').filter((x) => x.kind === 'named').length, 0);
    assert.equal(by(ru('СБУ задержала агента. Источник в спецслужбе сообщил, что он признал вину.'), 'сообщил').kind, 'anonymous');
  });
});

describe('Russian invented wire: "ведомство" after a body known by an acronym the lexicon lacks', () => {
  it('"АЗРК начало проверку. В ведомстве уточнили": an acronym as the subject of a past verb is the state body meant', () => {
    assert.equal(by(ru('АЗРК начало проверку операторов рынка. В ведомстве уточнили, что нарушителей оштрафуют.'), 'уточнили').speaker, 'АЗРК');
    assert.equal(by(ru('НАБУ провело обыски в министерстве. Ведомство сообщило, что изъяты документы.'), 'сообщило').speaker, 'НАБУ');
  });

  it('a country or a bloc by its acronym is no ministry: "США ввели санкции. В ведомстве …"', () => {
    assert.notEqual(by(ru('США ввели новые пошлины. В ведомстве уточнили, что нарушителей оштрафуют.'), 'уточнили').speaker, 'США');
    assert.notEqual(by(ru('ЕС продлил санкции. В ведомстве уточнили, что нарушителей оштрафуют.'), 'уточнили').speaker, 'ЕС');
  });
});

describe('Russian invented wire: a vice-minister\'s title', () => {
  it('"вице-министр" is a title: the bare title later is the person named with it', () => {
    const list = ru('Об этом сообщил вице-министр финансов Данияр Касенов. «Дефицит бюджета сокращается», — подчеркнул вице-министр. По словам вице-министра, долг стабилен.');
    assert.equal(by(list, 'подчеркнул').speaker, 'Данияр Касенов');
    assert.equal(by(list, 'По словам').speaker, 'Данияр Касенов');
  });
});

describe('Russian invented wire: a title\'s origin or field between it and the name', () => {
  it('"Предприниматель из Оша Алмаз Токтогулов сообщил": where he is from stays in the source, the name is the speaker', () => {
    const a = by(ru('Фермер из Таласа Нурбек Асанов сообщил, что воды для полива не хватает.'), 'сообщил');
    assert.equal(a.source, 'Фермер из Таласа Нурбек Асанов');
    assert.equal(a.speaker, 'Нурбек Асанов');
  });

  it('the same before a relative clause: "…, который выступил заявителем по делу, сообщил"', () => {
    const a = by(ru('Фермер из Таласа Нурбек Асанов, который обратился в прокуратуру, сообщил, что воды для полива не хватает.'), 'сообщил');
    assert.equal(a.speaker, 'Нурбек Асанов');
  });

  it('"Вице-президент АО «Х» по связям с общественностью Айгуль Сапарова": a field of a few words, then the name', () => {
    const a = by(ru('Вице-президент АО «Темиржол» по связям с общественностью Динара Абенова сообщила, что поезда ходят по графику.'), 'сообщила');
    assert.equal(a.speaker, 'Динара Абенова');
    assert.equal(a.source, 'Вице-президент АО «Темиржол» по связям с общественностью Динара Абенова');
  });
});

describe('Russian invented wire: "цитирует" + a title in the accusative + the body that quotes', () => {
  it('"— цитирует наставника пресс-служба КФФ": two sources, the coach quoted through the press office', () => {
    const list = ru('Главный тренер Ержан Касымов признал поражение. «Соперник был сильнее», — цитирует наставника пресс-служба федерации.');
    const quoted = by(list, 'цитирует', 'наставника');
    assert.equal(quoted.speaker, 'Ержан Касымов');
    assert.equal(quoted.content, 'Соперник был сильнее');
    assert.equal(by(list, 'цитирует', 'пресс-служба федерации').kind, 'named');
  });

  it('an adjective before the outlet\'s noun: "цитирует форварда официальный сайт клуба"', () => {
    const list = ru('«Мы вернемся сильнее», — цитирует форварда официальный сайт клуба.');
    assert.ok(list.some((x) => x.source === 'форварда'));
    assert.ok(list.some((x) => x.source === 'официальный сайт клуба'));
  });
});

describe('Russian invented wire: "Как стало известно" + a site by its domain or an outlet noun', () => {
  it('"Как стало известно Sports.kz, …": the site learned it; the claim starts after the comma', () => {
    const a = by(ru('Как стало известно Vesti.kg, вратарь сборной перенес операцию.'), 'Как стало известно');
    assert.equal(a.kind, 'named');
    assert.equal(a.source, 'Vesti.kg');
    assert.equal(a.content, 'вратарь сборной перенес операцию');
  });

  it('"Как стало известно изданию, …": an outlet noun in the dative before the comma', () => {
    const a = by(ru('Как стало известно изданию, вратарь сборной перенес операцию.'), 'Как стало известно');
    assert.equal(a.source, 'изданию');
    assert.equal(a.content, 'вратарь сборной перенес операцию');
  });

  it('a time after it is no source: "Как стало известно позже, …"', () => {
    assert.equal(by(ru('Как стало известно позже, вратарь сборной перенес операцию.'), 'Как стало известно').kind, 'unattributed');
  });
});

describe('Russian invented wire: a title before a conversation with a named person', () => {
  it('"Эксперт в беседе с Иваном Петровым заявил": the expert is not the man he spoke with', () => {
    const a = by(ru('Политолог в беседе с Данияром Жумабековым заявил, что выборы пройдут спокойно.'), 'заявил');
    assert.notEqual(a.speaker, 'Данияр Жумабеков');
    assert.equal(a.source, 'Политолог');
    const b = by(ru('Экономист на встрече с Ольгой Мельниковой отметил, что цены стабильны.'), 'отметил');
    assert.notEqual(b.speaker, 'Ольга Мельникова');
  });

  it('a title in the name\'s own case is still his: "с министром Иваном Петровым … Министр заявил"', () => {
    const a = by(ru('Аким провел встречу с министром Иваном Петровым. Министр заявил, что дорогу отремонтируют.'), 'заявил');
    assert.equal(a.speaker, 'Иван Петров');
  });
});

describe('Russian invented wire: "Об этом стало известно …" points back', () => {
  it('"Об этом стало известно РБК из собственных источников.": the outlet, and the sentence before as its claim', () => {
    const a = by(ru('Завод в Темиртау остановит одну из домен. Об этом стало известно Kursiv.kz из собственных источников.'), 'стало известно');
    assert.equal(a.kind, 'named');
    assert.equal(a.source, 'Kursiv.kz');
    assert.match(a.content, /^Завод в Темиртау остановит одну из домен/);
  });

  it('with no source: "Об этом стало известно в среду." is unattributed, and its claim is the sentence before', () => {
    const a = by(ru('Завод в Темиртау остановит одну из домен. Об этом стало известно в среду.'), 'стало известно');
    assert.equal(a.kind, 'unattributed');
    assert.match(a.content, /^Завод в Темиртау остановит одну из домен/);
  });

  it('a claim after it is still its own: "Как стало известно РБК, …"', () => {
    assert.equal(by(ru('Как стало известно РБК, завод остановит домну.'), 'Как стало известно').content, 'завод остановит домну');
  });
});

describe('Russian invented wire: "министерство" after a ministry known by its acronym', () => {
  it('"…, сообщает МЧС Кыргызстана. По данным министерства, …": the МЧС, and "ведомство" after it too', () => {
    const list = ru('В Таласской области сошел сель, сообщает МЧС Кыргызстана. По данным министерства, жертв нет. В ведомстве уточнили, что дорога перекрыта.');
    assert.equal(by(list, 'По данным').speaker, 'МЧС Кыргызстана');
    assert.equal(by(list, 'уточнили').speaker, 'МЧС Кыргызстана');
  });
});

describe('Russian invented wire: Central Asian first names', () => {
  it('an oblique Kazakh or Kyrgyz first name is a person, put in the nominative: "по словам Бакыта Мамытова"', () => {
    assert.equal(by(ru('По словам Бакыта Мамытова, вода пришла ночью.'), 'По словам').speaker, 'Бакыт Мамытов');
    assert.equal(by(ru('Аким встретился с фермером Болатом Сеитовым. Тот заявил, что урожай будет ниже.'), 'заявил').speaker, 'Болат Сеитов');
  });

  it('a woman\'s name that does not decline gives the pronoun\'s antecedent: "Жылдыз Асанова … Она добавила"', () => {
    const list = ru('Учитель Жылдыз Асанова рассказала, что школа закрыта. Она добавила, что занятия перенесут.');
    assert.equal(by(list, 'добавила').speaker, 'Жылдыз Асанова');
  });
});

describe('Russian invented wire: "эти слухи", "эти обвинения" point back', () => {
  it('"В акимате эти слухи опровергли": the claim denied is the rumour before, not the word "слухи"', () => {
    const list = ru('В соцсетях пишут, что въезд в центр станет платным. В акимате эти слухи опровергли.');
    assert.equal(by(list, 'опровергли').content, 'въезд в центр станет платным');
    const b = by(ru('Прокурор заявил, что директор завысил смету. Директор эти обвинения отверг.'), 'отверг');
    assert.equal(b.content, 'директор завысил смету');
  });
});

describe('Russian invented wire: a woman\'s first name that does not decline', () => {
  it('"депутата маслихата Жанар Сейткалиевой": the surname is put in the nominative, and "она" later is she', () => {
    const list = ru('Поводом стало выступление депутата маслихата Гаухар Абдыкеримовой. Она предложила изучить опыт Стокгольма.');
    assert.equal(by(list, 'предложила').speaker, 'Гаухар Абдыкеримова');
  });

  it('with nothing before it, an oblique surname still tells the case: "По словам Жылдыз Асановой"', () => {
    assert.equal(by(ru('По словам Толкын Жумабаевой, школа закрыта.'), 'По словам').speaker, 'Толкын Жумабаева');
    assert.equal(by(ru('Толкын Жумабаева заявила, что школа закрыта.'), 'заявила').speaker, 'Толкын Жумабаева');
  });
});

describe('Russian invented wire: "по предварительной оценке" as a hedge', () => {
  it('a singular estimate with an adjective and no source is unattributed, as the plural is', () => {
    const a = by(ru('Ущерб, по предварительной оценке, превышает 40 млн сомов.'), 'по предварительной оценке');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'превышает 40 млн сомов');
    assert.equal(by(ru('По официальной оценке, урожай вырос на 5%.'), 'По официальной оценке').content, 'урожай вырос на 5%');
  });

  it('with a source after it the estimate is that source\'s: "По предварительной оценке экспертов"', () => {
    assert.equal(by(ru('По предварительной оценке экспертов, ущерб превышает 40 млн сомов.'), 'По предварительной оценке').kind, 'anonymous');
  });
});

describe('Russian invented wire: a body\'s name in "-ство" after "в"', () => {
  it('"В Росимуществе заявили" is Росимущество, not "Росимущества"', () => {
    assert.equal(by(ru('Бывший глава Росимущества арестован. В Росимуществе заявили, что помогают следствию.'), 'заявили').speaker, 'Росимущество');
    assert.equal(by(ru('В Казначействе сообщили, что выплаты начнутся в мае.'), 'сообщили').speaker, 'Казначейство');
  });
});

describe('Russian invented wire: a deputy is not his chief', () => {
  it('"Вице-министр уточнил" after "Министр Серик Жумангарин заявил" is not the minister', () => {
    const list = ru('Министр экономики Серик Жумангарин заявил, что акты готовы. Вице-министр, в свою очередь, уточнил, что проект размещен для обсуждения.');
    assert.notEqual(by(list, 'уточнил').speaker, 'Серик Жумангарин');
    assert.notEqual(by(ru('Губернатор Олег Смирнов заявил, что мост откроют. Вице-губернатор уточнил, что сроки сдвинутся.'), 'уточнил').speaker, 'Олег Смирнов');
    assert.notEqual(by(ru('Вице-министр Олег Смирнов заявил, что мост откроют. Министр уточнил, что сроки сдвинутся.'), 'уточнил').speaker, 'Олег Смирнов');
  });

  it('the same title, or another deputy\'s word for it, is still the same person', () => {
    assert.equal(by(ru('Заместитель министра Олег Смирнов заявил, что мост откроют. Замминистра уточнил, что сроки сдвинутся.'), 'уточнил').speaker, 'Олег Смирнов');
    assert.equal(by(ru('Вице-министр Олег Смирнов заявил, что мост откроют. Вице-министр уточнил, что сроки сдвинутся.'), 'уточнил').speaker, 'Олег Смирнов');
  });
});

describe('Russian invented wire: "тот же источник" names the source again', () => {
  it('"Тот же источник добавил": a subject, the anonymous source quoted before', () => {
    const list = ru('Источник в акимате сказал, что тендер отменят. Тот же источник добавил, что новый объявят в марте.');
    const a = by(list, 'добавил');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Тот же источник');
    assert.equal(a.speaker, 'Источник в акимате');
  });

  it('"По словам того же источника": no named "того", the same source', () => {
    const a = by(ru('Источник в акимате сказал, что тендер отменят. По словам того же источника, новый объявят в марте.'), 'По словам');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'того же источника');
  });

  it('"в тот же день", "Тот же день" are times, no one', () => {
    assert.equal(by(ru('В тот же день министр заявил, что тендер отменят.'), 'заявил').source, 'министр');
  });
});

describe('Russian invented wire: a site in quotation marks told, before the inverted subject', () => {
  it('"Как сообщил «24.kg» источник в Кабинете министров": the source is the official, the site whom he told', () => {
    const a = by(ru('Как сообщил «Kaktus.media» источник в мэрии, тендер отменят.'), 'Как сообщил «Kaktus.media»');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'источник в мэрии');
    assert.equal(a.content, 'тендер отменят');
  });

  it('the site alone after the verb still speaks: "…, сообщает «24.kg»."', () => {
    assert.equal(by(ru('Тендер отменят, сообщает «Kaktus.media».'), 'сообщает').speaker, 'Kaktus.media');
  });
});

describe('Russian invented wire: the press office of a mayor\'s office or an akimat', () => {
  it('"пресс-служба мэрии Бишкека", "в пресс-службе акимата Алматы": the town\'s body speaks', () => {
    assert.equal(by(ru('Как сообщила пресс-служба мэрии Оша, ремонт завершат в мае.'), 'Как сообщила').speaker, 'мэрия Оша');
    assert.equal(by(ru('В пресс-службе акимата Шымкента сообщили, что ремонт завершат в мае.'), 'сообщили').speaker, 'акимат Шымкента');
  });

  it('"пресс-служба мэрии" alone after the town\'s body or its head was named: that body', () => {
    assert.equal(by(ru('Мэрия Оша объявила тендер. Как сообщила пресс-служба мэрии, ремонт завершат в мае.'), 'Как сообщила').speaker, 'мэрия Оша');
    assert.equal(by(ru('Аким Шымкента Габит Сыздыкбеков провел совещание. В пресс-службе акимата уточнили, что ремонт завершат в мае.'), 'уточнили').speaker, 'акимат Шымкента');
  });
});

describe('Russian invented wire: ", об этом сообщает X" after the claim in one sentence', () => {
  it('a comma before "об этом" points back to what stands before it, as a dash does', () => {
    const a = by(ru('Трассу Бишкек — Ош закроют на ремонт, об этом сообщает «Акипресс».'), 'сообщает');
    assert.equal(a.speaker, 'Акипресс');
    assert.equal(a.content, 'Трассу Бишкек — Ош закроют на ремонт');
    assert.equal(by(ru('Школы перейдут на дистанционное обучение, об этом заявил министр образования.'), 'заявил').content, 'Школы перейдут на дистанционное обучение');
  });
});

describe('Russian invented wire: a first name no lexicon lists before a surname that does not change with gender', () => {
  it('"главный тренер Деян Станкович … — сказал тренер": a person, whom the bare title later means', () => {
    const list = ru('Главный тренер Деян Станкович признал поражение. «Это моя ответственность», — сказал тренер.');
    assert.equal(by(list, 'сказал').speaker, 'Деян Станкович');
  });

  it('Ukrainian and Georgian surnames the same way: "режиссер Гурам Натадзе … — рассказал он"', () => {
    const a = by(ru('Его партнер, режиссер Леван Гогичадзе, поставил пьесу. «Работать было трудно», — рассказал он.'), 'рассказал');
    assert.equal(a.speaker, 'Леван Гогичадзе');
  });
});

describe('Russian invented wire: the occasion after an inverted subject is not part of it', () => {
  it('"— заявил представитель клуба на брифинге", "— сказал источник на пресс-конференции"', () => {
    assert.equal(by(ru('«Контракт продлен», — заявил представитель клуба на брифинге.'), 'заявил').source, 'представитель клуба');
    assert.equal(by(ru('Как сообщил источник на брифинге, пожар потушен.'), 'Как сообщил').source, 'источник');
  });

  it('a place of the source stays in it: "Источник на месте сообщил"', () => {
    assert.equal(by(ru('Источник на месте сообщил, что пожар потушен.'), 'сообщил').source, 'Источник на месте');
  });
});

describe('Russian invented wire: a third-person pronoun inside a person\'s own quote is someone else', () => {
  it('"«Она говорила нам: …», — вспоминает она": the "она" in the quote is the woman named before the speaker', () => {
    const list = ru('Народная артистка Гульшат Омарова ушла из жизни. Ее ученица, актриса Айпери Садыкова, пришла проститься. «Она говорила нам: „Сцена не прощает лени“. Я помню это всегда», — вспоминает она.');
    assert.equal(by(list, 'говорила').speaker, 'Гульшат Омарова');
    assert.equal(by(list, 'вспоминает').speaker, 'Айпери Садыкова');
  });

  it('a pronoun outside any quote of the same person is untouched', () => {
    const list = ru('Народная артистка Гульшат Омарова ушла из жизни. Ее ученица, актриса Айпери Садыкова, пришла проститься. Она сказала, что сцена не прощает лени.');
    assert.equal(by(list, 'сказала').speaker, 'Айпери Садыкова');
  });
});

describe('Russian invented wire: inside a quote, "она" prefers a woman known as one', () => {
  it('over a person whose gender nothing told ("режиссер Гия Абашидзе")', () => {
    const list = ru('Народная артистка Гульшат Омарова ушла из жизни. Режиссер Гия Абашидзе поставил с ней десять спектаклей. Ее ученица, актриса Айпери Садыкова, пришла проститься. «Она говорила нам: „Сцена не прощает лени“. Я помню это всегда», — вспоминает она.');
    assert.equal(by(list, 'говорила').speaker, 'Гульшат Омарова');
  });
});

describe('Russian invented wire: "ученица", "студентка" are words for a person', () => {
  it('"Ученица Петровой, актриса Ольга Лис, написала": the student named in apposition, not her teacher', () => {
    const a = by(ru('Актриса Анна Петрова скончалась. Ученица Петровой, актриса Ольга Лис, написала, что театр осиротел.'), 'написала');
    assert.equal(a.speaker, 'Ольга Лис');
    assert.equal(by(ru('Студентка Алия Нурова рассказала, что общежитие закрыто.'), 'рассказала').speaker, 'Алия Нурова');
  });
});

describe('Russian invented wire: a source the engine cannot name', () => {
  it('an unresolved «они» inside a quotation is named by its own words, never left without a speaker', () => {
    const a = by(ru('Актриса рассказала о своих привычках. «Я не люблю уколы, но они утверждают, что всё дело в йоге», — сказала она.'), 'утверждают');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'они');
  });
});
