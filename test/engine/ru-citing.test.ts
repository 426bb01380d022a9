// "— цитирует министра агентство LETA": the quoted party in the accusative,
// then the outlet named by its noun — two sources for one quote.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian citing verbs: the quoted party before an outlet noun', () => {
  it('"«…», — цитирует министра агентство X": the agency quotes the minister named before', () => {
    const list = ru('Министр транспорта Эстонии Тоомас Каск подтвердил, что паром отменят. «Расписание пересмотрят к лету», — цитирует министра агентство BNS.');
    const cites = list.filter((x) => x.cue === 'цитирует');
    assert.deepEqual(cites.map((x) => x.source).sort(), ['агентство BNS', 'министра']);
    assert.equal(cites.find((x) => x.source === 'министра')!.speaker, 'Тоомас Каск');
    assert.equal(cites.find((x) => x.source === 'агентство BNS')!.speaker, 'BNS');
    assert.ok(cites.every((x) => x.content === 'Расписание пересмотрят к лету'));
  });

  it('"— цитирует тренера газета «X»"', () => {
    const cites = ru('«Сезон закончен», — цитирует тренера газета «Вечерний спорт».').filter((x) => x.cue === 'цитирует');
    assert.ok(cites.some((x) => x.speaker === 'Вечерний спорт'));
    assert.ok(cites.some((x) => x.source === 'тренера'));
  });
});

describe('Russian: "сославшись на" a thing gives a reason, not a source', () => {
  it('"…, сославшись на резкий рост цен": the subject\'s claim is the thing referred to', () => {
    const list = ru('Аналитик Роман Ветлугин не исключил повышения ставки, сославшись на резкий рост цен.');
    const a = by(list, 'сославшись на');
    assert.equal(a.speaker, 'Роман Ветлугин');
    assert.equal(a.content, 'резкий рост цен');
  });

  it('the subject agrees with its own verb: "Певица отменила концерт, сославшись на болезнь" is no man who spoke before', () => {
    const list = ru('Продюсер Олег Ветров заявил, что тур продолжится. Певица отменила концерт, сославшись на болезнь.');
    assert.notEqual(by(list, 'сославшись на').speaker, 'Олег Ветров');
  });

  it('"ссылаясь на источник" still names a source', () => {
    const a = by(ru('«Вестник» пишет, ссылаясь на источник в мэрии, что мост закроют.'), 'ссылаясь на');
    assert.equal(a.kind, 'anonymous');
  });
});


describe('Russian citing: "Как пишет X, ссылаясь на Y, …"', () => {
  it('the claim starts after the citing phrase, and Y reports it too', () => {
    const list = ru('Как пишет Bloomberg, ссылаясь на собственные источники, сделка сорвалась в последний момент.');
    const x = by(list, 'Как пишет');
    assert.equal(x.speaker, 'Bloomberg');
    assert.equal(x.content, 'сделка сорвалась в последний момент');
    const y = by(list, 'ссылаясь на');
    assert.equal(y.kind, 'anonymous');
    assert.equal(y.content, 'сделка сорвалась в последний момент');
  });

  it('"ссылаясь на отраслевых консультантов": consultants are an unnamed group, not the outlet', () => {
    const list = ru('Как отмечала газета Financial Times, ссылаясь на отраслевых консультантов, в регионе побывали представители автоконцернов.');
    const y = by(list, 'ссылаясь на');
    assert.equal(y.source, 'отраслевых консультантов');
    assert.equal(y.kind, 'anonymous');
    assert.equal(by(list, 'Как отмечала').content, 'в регионе побывали представители автоконцернов');
  });
});
