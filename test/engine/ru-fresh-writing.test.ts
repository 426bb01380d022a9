// Russian writing of a seventh unfamiliar kind (match reports, recalls, data
// releases, tabloid items): one specification per class, on sentences written
// for this file.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian fresh writing: "— цитирует <кого> <какое> <издание>"', () => {
  it('the outlet\'s own adjectives open the outlet, not close the quoted party', () => {
    const list = ru('«Цены вырастут», — цитирует главу компании Ивана Соколова деловой портал «Финмаркет».');
    assert.deepEqual(list.map((x) => x.source), ['главу компании Ивана Соколова', 'деловой портал «Финмаркет»']);
    assert.equal(list[0]!.speaker, 'Иван Соколов');
    assert.equal(list[0]!.via, 1);
    assert.equal(list[1]!.content, 'Цены вырастут');
  });

  it('a club\'s site quotes a player: "— цитирует 19-летнего защитника клубный сайт"', () => {
    const list = ru('«Мы готовы к плей-офф», — цитирует 19-летнего защитника клубный сайт.');
    assert.deepEqual(list.map((x) => x.source), ['19-летнего защитника', 'клубный сайт']);
    assert.equal(list[0]!.via, 1);
    const other = ru('«Мы проиграли заслуженно», — цитирует вратаря официальный сайт команды.');
    assert.deepEqual(other.map((x) => x.source), ['вратаря', 'официальный сайт команды']);
  });
});

describe('Russian fresh writing: a club, a plant or a factory speaks for itself', () => {
  it('"В клубе опровергли …", "В клубе заявили, что …": the club is a named body', () => {
    const a = by(ru('В клубе заявили, что тренер останется до конца сезона.'), 'заявили');
    assert.equal(a.kind, 'named');
    assert.equal(a.source, 'клубе');
    assert.equal(a.content, 'тренер останется до конца сезона');
  });

  it('works take "на": "На заводе признали, что …", "На Северном комбинате заявили, что …"', () => {
    const a = by(ru('На заводе признали, что партия была бракованной.'), 'признали');
    assert.equal(a.source, 'заводе');
    assert.equal(a.content, 'партия была бракованной');
    assert.equal(by(ru('На Северном комбинате заявили, что цех закроют.'), 'заявили').source, 'Северном комбинате');
    assert.equal(by(ru('На фабрике уточнили, что выпуск продолжится.'), 'уточнили').source, 'фабрике');
  });

  it('"на" before anything else is no body: "На совещании заявили" finds no plant', () => {
    for (const a of ru('На совещании заявили, что сроки сдвинутся.')) assert.notEqual(a.source, 'совещании');
  });
});

describe('Russian fresh writing: "X, на которого ссылается <издание>, …"', () => {
  it('the outlet in the relative clause relays the main clause\'s claim', () => {
    const list = ru('Собеседник, на которого ссылается газета «Коммерсантъ», заявил, что сделка сорвалась.');
    const outlet = by(list, 'ссылается');
    assert.equal(outlet.speaker, 'Коммерсантъ');
    assert.equal(outlet.content, 'сделка сорвалась');
    const main = by(list, 'заявил');
    assert.equal(main.source, 'Собеседник');
    assert.equal(main.kind, 'anonymous');
  });

  it('a first verb with its pronoun object before ", но уточнил" leaves the subject its own: "Источник этого не подтвердил, но уточнил, что …"', () => {
    const a = by(ru('Источник в полиции этого не подтвердил, но уточнил, что задержанных двое.'), 'уточнил');
    assert.equal(a.source, 'Источник в полиции');
    assert.equal(a.content, 'задержанных двое');
    const b = by(ru('Источник в полиции, на которого ссылается ТАСС, этого не подтвердил, но уточнил, что задержанных двое.'), 'уточнил');
    assert.equal(b.source, 'Источник в полиции');
  });

  it('"ссылается на" with no relative clause is no relay: "Документ, на который ссылается министр, опубликован вчера"', () => {
    assert.equal(ru('Документ, на который ссылается министр, опубликован вчера.').length, 0);
  });
});

describe('Russian fresh writing: forecasts with "ожидается"', () => {
  it('"В Москве ожидается снегопад" — the place is where, not who: no source, no claim', () => {
    assert.equal(ru('В Москве ожидается сильный снегопад.').length, 0);
    assert.equal(ru('В Приморье на выходных ожидаются ливни.').length, 0);
  });

  it('the forecast is the claim of whoever reports it: "…, сообщили в Гидрометцентре"', () => {
    const list = ru('В Москве в ближайшие дни ожидается сильный снегопад, сообщили в Гидрометцентре.');
    assert.equal(list.length, 1);
    assert.equal(list[0]!.source, 'Гидрометцентре');
  });

  it('"В правительстве ожидается, что …" with a что-clause still reports the place\'s expectation', () => {
    assert.equal(by(ru('В правительстве ожидается, что инфляция замедлится.'), 'ожидается').content, 'инфляция замедлится');
  });
});

describe('Russian fresh writing: "на предприятии", "на заводе" after a named company', () => {
  it('the works are the company named before as «…»', () => {
    const a = by(ru('Йогурты производства компании «Луговая ферма» отозвали. На предприятии признали, что сбой произошел по их вине.'), 'признали');
    assert.equal(a.speaker, 'Луговая ферма');
    assert.equal(by(ru('Выпуск на заводе «Уралтрак» остановлен. На заводе заявили, что линию запустят в мае.'), 'заявили').speaker, 'Уралтрак');
  });

  it('with no company named before, the works stay a bare body', () => {
    assert.equal(by(ru('В городе закрыли завод. На заводе заявили, что линию запустят в мае.'), 'заявили').speaker, 'завод');
  });
});

describe('Russian fresh writing: "рассказывают иную историю" announces, it claims nothing', () => {
  it('only "another story/version" ending the sentence is no claim', () => {
    assert.equal(ru('Соседи погибшего рассказывают иную историю.').length, 0);
    assert.equal(ru('Адвокат обвиняемого излагает свою версию.').length, 0);
  });

  it('a version with what it holds stays a claim', () => {
    assert.equal(by(ru('Соседи рассказывают другую версию событий.'), 'рассказывают').content, 'другую версию событий');
    assert.equal(by(ru('Адвокат рассказал свою версию: подзащитный был дома.'), 'рассказал').source, 'Адвокат');
  });
});

describe('Russian fresh writing: an interview answer opening with a dash', () => {
  it('"— Говорят, что …" is a hedge as without the dash', () => {
    const a = by(ru('— Говорят, что клуб сменит владельца уже летом.'), 'Говорят');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'клуб сменит владельца уже летом');
    assert.equal(by(ru('— Сообщается, что мост откроют к зиме.'), 'Сообщается').content, 'мост откроют к зиме');
  });

  it('a dash after a quote still hands the quote to the speaker after it', () => {
    const a = by(ru('«Мост откроют к зиме», — сказал мэр.'), 'сказал');
    assert.equal(a.source, 'мэр');
    assert.equal(a.content, 'Мост откроют к зиме');
  });
});

describe('Russian fresh writing: reminiscences in interviews', () => {
  it('a joking or sighing verb with a что-clause reports it: "шутил, что …", "потом долго смеялся, что …"', () => {
    const a = by(ru('Мой тренер потом долго смеялся, что я вратарь без перчаток.'), 'смеялся');
    assert.equal(a.source, 'Мой тренер');
    assert.equal(a.content, 'я вратарь без перчаток');
    assert.equal(by(ru('Бригадир шутил, что план выполнит одна смена.'), 'шутил').content, 'план выполнит одна смена');
  });

  it('a relative "что" after a manner verb is no claim: "Она улыбнулась, что было редкостью"', () => {
    assert.equal(ru('Она улыбнулась, что было редкостью.').length, 0);
  });

  it('a relative clause with its own subject stands between subject and verb: "Один сосед, которого мы опросили, уверял …"', () => {
    const a = by(ru('Один сосед, которого мы опросили, уверял потом полицейских, что ничего не слышал.'), 'уверял');
    assert.equal(a.source, 'Один сосед');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'ничего не слышал');
    assert.equal(by(ru('Министр, которому мы позвонили, заявил, что мост откроют.'), 'заявил').source, 'Министр');
  });

  it('an interviewer\'s question "— Что говорят сами спасенные?" reports nothing; the answer may', () => {
    assert.equal(ru('— Что говорят сами спасенные?\n\n— По-разному.').length, 0);
    assert.equal(ru('Что думают об этом жители?').length, 0);
    assert.equal(by(ru('Что думают жители? Жители считают, что мост нужен.'), 'считают').kind, 'anonymous');
  });

  it('police officers, rescuers, firemen are unnamed people: "Один участковый сказал", "Спасатели сообщили"', () => {
    const one = by(ru('Один участковый как-то сказал, что искать раньше суток бессмысленно.'), 'сказал');
    assert.equal(one.kind, 'anonymous');
    assert.equal(by(ru('Спасатели сообщили, что мальчика нашли живым.'), 'сообщили').kind, 'anonymous');
    assert.equal(by(ru('По словам полицейского, машину угнали ночью.'), 'По словам').kind, 'anonymous');
  });

  it('"Один таксист сказал": one person named by a word the lexicon lacks is unnamed; "Одна компания" stays a body', () => {
    assert.equal(by(ru('Один таксист сказал, что цены выросли.'), 'сказал').kind, 'anonymous');
    assert.equal(by(ru('Одна компания заявила, что уходит с рынка.'), 'заявила').kind, 'named');
  });

  it('an old man or woman of a local story is an unnamed person: "Один дедушка уверял", "бабушка рассказала"', () => {
    assert.equal(by(ru('Один дедушка, которого искали двое суток, уверял, что «просто заблудился».'), 'уверял').kind, 'anonymous');
    assert.equal(by(ru('Бабушка рассказала, что внук уехал.'), 'рассказала').kind, 'anonymous');
  });
});

describe('Russian fresh writing: "— повторяет она"', () => {
  it('a repeated line beside a quote is reported: "«…», — повторяет она в каждом интервью"', () => {
    const a = by(ru('«Звоните сразу», — повторяет она в каждом интервью.'), 'повторяет');
    assert.equal(a.source, 'она');
    assert.equal(a.content, 'Звоните сразу');
    assert.equal(by(ru('«Звоните сразу», — повторил спасатель.'), 'повторил').source, 'спасатель');
  });

  it('"повторил рекорд" with no quote reports nothing', () => {
    assert.equal(ru('Спортсмен повторил мировой рекорд.').length, 0);
  });
});
