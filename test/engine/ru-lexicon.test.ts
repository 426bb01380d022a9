// The Russian lexicons and morphology, as a specification: every form a
// news text uses must be generated, and names must come back to the nominative.
import assert from 'node:assert/strict';
import { verbForms } from '../../src/engine/lang/ru/lexicon/verbs.js';
import { conjugate } from '../../src/engine/lang/ru/lexicon/paradigms.js';
import { decline, nounForms } from '../../src/engine/lang/ru/lexicon/nouns.js';
import { adjectiveNominative, firstName, surnameCandidates } from '../../src/engine/lang/ru/morph.js';
import { by, ru } from './ru-helpers.js';

describe('Russian reporting verbs', () => {
  const has = (form: string) => assert.ok(verbForms().has(form), `missing verb form ${form}`);

  it('generates every tense, gender and number of a 2nd-conjugation pair (сообщить / сообщать)', () => {
    for (const f of ['сообщил', 'сообщила', 'сообщило', 'сообщили', 'сообщит', 'сообщат', 'сообщив', 'сообщает', 'сообщают', 'сообщал', 'сообщала', 'сообщали', 'сообщая']) has(f);
  });

  it('generates the impersonal reflexive forms (сообщается, говорится, отмечается, сообщалось)', () => {
    for (const f of ['сообщается', 'сообщалось', 'говорится', 'говорилось', 'отмечается', 'отмечалось', 'указывается', 'утверждается']) {
      has(f);
      assert.equal(verbForms().get(f)!.reflexive, true, f);
    }
  });

  it('covers -овать, -нуть and irregular verbs', () => {
    for (const f of ['цитирует', 'цитируют', 'процитировали', 'констатировал', 'подчеркнул', 'подчеркнула', 'подчеркнет', 'подчеркнув',
      'пишет', 'пишут', 'написал', 'передает', 'передают', 'передал', 'сказал', 'скажет', 'опроверг', 'опровергла', 'опровергли',
      'назвал', 'назвала', 'назовет', 'призвал', 'призовут', 'признал', 'признает', 'уточнил', 'добавила', 'полагают', 'предполагают', 'считает']) has(f);
  });

  it('knows the agreement of each form', () => {
    assert.equal(verbForms().get('заявила')!.agr, 'f');
    assert.equal(verbForms().get('заявил')!.agr, 'm');
    assert.equal(verbForms().get('заявили')!.agr, 'pl');
    assert.equal(verbForms().get('заявляют')!.agr, 'pl');
    assert.equal(verbForms().get('отметив')!.tense, 'gerund');
    assert.equal(verbForms().get('уверена')!.tense, 'adjective');
  });

  it('writes third-person plural -ат after hushing consonants (предложат) and -ят elsewhere (заявят)', () => {
    const forms = (inf: string) => conjugate(inf, 'i').map(([f]) => f);
    assert.ok(forms('предложить').includes('предложат'));
    assert.ok(forms('заявить').includes('заявят'));
  });
});

describe('Russian source nouns', () => {
  it('declines nouns of every class and keeps their category', () => {
    const forms = (nom: string) => decline(nom).map(([f]) => f);
    assert.ok(forms('источник').includes('источников'));
    assert.ok(forms('представитель').includes('представителя'));
    assert.ok(forms('прокуратура').includes('прокуратуры'));
    assert.ok(forms('министерство').includes('министерстве'));
    assert.ok(forms('заявление').includes('заявлении'));
    assert.ok(forms('канцелярия').includes('канцелярии'));
    assert.equal(nounForms().get('собеседника')![0]!.cat, 'anon-bare');
    assert.equal(nounForms().get('экспертов')![0]!.plural, true);
    assert.equal(nounForms().get('ведомстве')![0]!.nominative, false);
  });

  it('declines a noun made of an adjective in -щий/-ший with soft endings (нападающего, пострадавшему)', () => {
    const forms = (nom: string) => decline(nom).map(([f]) => f);
    for (const f of ['нападающего', 'нападающему', 'нападающим', 'нападающем']) assert.ok(forms('нападающий').includes(f), f);
    for (const f of ['пострадавшего', 'пострадавшему']) assert.ok(forms('пострадавший').includes(f), f);
    assert.ok(!forms('нападающий').includes('нападающого'));
    assert.ok(forms('военный').includes('военного'));
  });

  it('"Градоначальник добавил", "Парламентарий считает": a journalist\'s synonym for the mayor or the deputy just quoted', () => {
    const mayor = ru('Мэр Озерска Андрей Лукин сообщил о ремонте моста. Градоначальник добавил, что работы завершат к осени.');
    assert.equal(by(mayor, 'добавил').speaker, 'Андрей Лукин');
    const mp = ru('Депутат Олег Мирский предложил запретить продажу энергетиков детям. Парламентарий считает, что это защитит школьников.');
    assert.equal(by(mp, 'считает').speaker, 'Олег Мирский');
  });

  it('"Чиновница добавила", "Генерал подчеркнул" opening a sentence are no surnames: the official or the general just quoted', () => {
    const f = ru('Вице-мэр Ольга Белова заявила, что школы откроются вовремя. Чиновница также сообщила, что ремонт завершен.');
    assert.equal(by(f, 'сообщила').speaker, 'Ольга Белова');
    const m = ru('Министр обороны Виктор Хромов заявил, что армия готова. Генерал подчеркнул, что угроз нет.');
    assert.equal(by(m, 'подчеркнул').speaker, 'Виктор Хромов');
  });

  it('clergy, ranks and public figures are titles; soldiers and pilots unnamed people ("по словам бойца")', () => {
    const list = ru('Митрополит Павел Березовский заявил, что мир важен. Священник также отметил, что молится за всех.');
    assert.equal(by(list, 'отметил').speaker, 'Павел Березовский');
    const a = by(ru('По словам бойца, обстрел длился час.'), 'По словам');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'боец');
  });

  it('"В законопроекте говорится", "в петиции указано": bills, petitions, strategies are documents that speak', () => {
    const a = by(ru('Жители подписали петицию. В петиции указано, что свалка отравляет воздух.'), 'указано');
    assert.equal(a.kind, 'named');
    assert.equal(a.source, 'петиции');
    assert.equal(by(ru('В законопроекте говорится, что водители обязаны иметь стаж.'), 'говорится').source, 'законопроекте');
  });

  it('"энергетики называют эти сроки оптимистичными", "Коммунальщики уверяют": workers of a trade are an unnamed group', () => {
    assert.equal(by(ru('Однако энергетики называют эти сроки оптимистичными.'), 'называют').kind, 'anonymous');
    // (A claim cut before a later frame leaves no colon behind.)
    assert.equal(by(ru('Однако энергетики называют эти сроки оптимистичными: по данным компании, повреждены 27 опор.'), 'называют').content, 'эти сроки оптимистичными');
    assert.equal(by(ru('Коммунальщики уверяют, что отопление дадут в срок.'), 'уверяют').kind, 'anonymous');
  });

  it('"Поклонники певицы уверены", "Читатели газеты пишут": fans, readers, viewers are unnamed people', () => {
    assert.equal(by(ru('Поклонники певицы уверены, что песня посвящена разводу.'), 'уверены').kind, 'anonymous');
    assert.equal(by(ru('Подписчики блогера пишут, что видео удалено.'), 'пишут').kind, 'anonymous');
    assert.equal(by(ru('По мнению зрителей, финал вышел скомканным.'), 'По мнению').kind, 'anonymous');
  });

  it('"По прогнозам букмекеров", "Маркетологи уверены": bookmakers and other trades with no name are an unnamed group', () => {
    const a = by(ru('По прогнозам букмекеров, хозяева сохранят первое место.'), 'По прогнозам');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'букмекеры');
    assert.equal(by(ru('Маркетологи уверены, что скидки вернут покупателей.'), 'уверены').kind, 'anonymous');
    assert.equal(by(ru('Риелторы говорят, что спрос на вторичное жильё упал.'), 'говорят').kind, 'anonymous');
  });

  it('"Пресс-агент актрисы Инна Карпова-Лир опровергла …": a press agent is a title before a name', () => {
    const list = ru('Пресс-агент актрисы Инна Карпова-Лир опровергла слухи о свадьбе. «Это выдумка», — заявила она.');
    assert.equal(by(list, 'опровергла').speaker, 'Инна Карпова-Лир');
    assert.equal(by(list, 'заявила').speaker, 'Инна Карпова-Лир');
  });

  it('"цитирует 22-летнего нападающего клубный сайт": the forward named before', () => {
    const list = ru('Нападающий «Ястреба» Павел Рудин недоволен. «Я хочу играть», — цитирует 20-летнего нападающего клубный сайт.');
    assert.equal(by(list, 'цитирует', '20-летнего нападающего').speaker, 'Павел Рудин');
  });
});

describe('Russian name morphology', () => {
  it('reads first names in any case, with their gender', () => {
    assert.deepEqual([firstName('Сергея')?.nominative, firstName('Сергея')?.gender], ['Сергей', 'm']);
    assert.equal(firstName('Владимиром')?.nominative, 'Владимир');
    assert.equal(firstName('Марии')?.nominative, 'Мария');
    assert.equal(firstName('Натальи')?.nominative, 'Наталья');
    assert.equal(firstName('Стол'), undefined);
  });

  it('de-inflects surnames: -ов/-ин, -ский, female -ова, consonant-final foreign names', () => {
    assert.equal(surnameCandidates('Лаврова', 'm', true)[0], 'Лавров');
    assert.equal(surnameCandidates('Путиным', 'm', true)[0], 'Путин');
    assert.equal(surnameCandidates('Захаровой', 'f', true)[0], 'Захарова');
    assert.equal(surnameCandidates('Зеленского', 'm', true)[0], 'Зеленский');
    assert.equal(surnameCandidates('Волынской', 'f', true)[0], 'Волынская');
    assert.equal(surnameCandidates('Джонсона', 'm', true)[0], 'Джонсон');
    assert.equal(surnameCandidates('Шойгу', 'm', true)[0], 'Шойгу');
    assert.equal(surnameCandidates('Меркель', 'f', true)[0], 'Меркель');
  });

  it('puts adjectives in the nominative of the head noun', () => {
    assert.equal(adjectiveNominative('российском', 'n', false), 'российское');
    assert.equal(adjectiveNominative('американских', 'm', true), 'американские');
    assert.equal(adjectiveNominative('военной', 'f', false), 'военная');
    assert.equal(adjectiveNominative('последних', 'm', true), 'последние');
  });
});

describe('Russian source nouns: women named by an adjective', () => {
  it('"Потерпевшая утверждает", "по словам пострадавшей" are one unnamed woman, not a body', () => {
    const a = by(ru('Потерпевшая утверждает, что знала нападавшего.'), 'утверждает');
    assert.equal(a.kind, 'anonymous');
    assert.equal(by(ru('По словам пострадавшей, автобус ехал быстро.'), 'По словам').kind, 'anonymous');
  });
});

describe('Russian: an emphatic "Сами" opens no name', () => {
  it('"Сами горняки говорят, что …" are the miners, an unnamed group', () => {
    const a = by(ru('Сами горняки говорят, что не выйдут на смену.'), 'говорят');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'горняки');
  });
});
