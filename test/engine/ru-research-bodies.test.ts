// A research body named in full ("Томского центра нейрофизиологии", "Уральского
// федерального университета"): a later bare "центр", "университет" or "пресс-служба
// центра" is that body.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian research bodies named in full, then by their head', () => {
  it('"в пресс-службе центра" after "Камского центра гидробиологии" is that centre', () => {
    const list = ru('Рыба в реке болеет реже, показало исследование сотрудников Камского центра гидробиологии. Как пояснили в пресс-службе центра, отлов продолжится весной.');
    assert.equal(by(list, 'Как пояснили').speaker, 'Камский центр гидробиологии');
  });

  it('"В университете сообщили" after "Северного аграрного университета"', () => {
    const list = ru('Агрономы Северного аграрного университета вывели новый сорт овса. В университете сообщили, что семена раздадут фермерам.');
    assert.equal(by(list, 'сообщили').speaker, 'Северный аграрный университет');
  });

  it('a place called a centre is no research body: "в историческом центре города"', () => {
    const list = ru('В историческом центре города прошел митинг. Как пояснили в пресс-службе центра, выставка откроется весной.');
    assert.notEqual(by(list, 'Как пояснили').speaker, 'исторический центр');
  });
});

describe('Russian: researchers of a named institute speak for it', () => {
  it('"Как выяснили специалисты новосибирского Института космической геохимии", "Учёные Томского университета выяснили"', () => {
    const a = by(ru('Как выяснили специалисты новосибирского Института космической геохимии, зёрна старше Солнца.'), 'Как выяснили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Институт космической геохимии');
    assert.equal(by(ru('Учёные Томского университета выяснили, что подростки спят меньше.'), 'выяснили').speaker, 'Томский университет');
  });

  it('researchers of no named body stay an unnamed group', () => {
    assert.equal(by(ru('Специалисты считают, что прибор исправен.'), 'считают').kind, 'anonymous');
  });
});

describe('Russian: "К такому выводу пришли X" points back', () => {
  it('the conclusion is the sentence before, the source follows the verb', () => {
    const list = ru('Зёрна минерала старше Солнечной системы. К такому выводу пришли специалисты новосибирского Института космической геохимии; их статья вышла в журнале.');
    const a = by(list, 'К такому выводу пришли');
    assert.equal(a.speaker, 'Институт космической геохимии');
    assert.equal(a.content, 'Зёрна минерала старше Солнечной системы.');
  });

  it('"К такому выводу пришли не все" names no one', () => {
    assert.equal(ru('Спрос упадёт. К такому выводу пришли не все.').filter((x) => x.cue === 'К такому выводу пришли').length, 0);
  });
});

describe('Russian: bare "учёные" after an institute\'s researchers spoke', () => {
  it('"По словам учёных" after "специалисты Института …" is that institute', () => {
    const list = ru('Зёрна старше Солнца. К такому выводу пришли специалисты Института космической геохимии. По словам учёных, частицы образовались в оболочке звезды.');
    assert.equal(by(list, 'По словам').speaker, 'Институт космической геохимии');
  });
});
