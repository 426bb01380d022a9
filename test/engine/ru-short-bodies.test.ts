// A body's compound short name ("заксобрание", "гордума", "облдума",
// "горсовет") after the body was named in full is that body.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian short names of bodies named in full before', () => {
  it('"пресс-служба заксобрания" after "Законодательного собрания Северной области"', () => {
    const list = ru('Депутаты Законодательного собрания Северной области отклонили поправки. Против проголосовали 20 депутатов, сообщила пресс-служба заксобрания.');
    assert.equal(by(list, 'сообщила').speaker, 'Законодательное собрание Северной области');
  });

  it('"В гордуме пояснили" after "городской думы Приозерска"', () => {
    const list = ru('Депутаты городской думы Приозерска отложили ремонт набережной. В гордуме пояснили, что денег в бюджете нет.');
    assert.equal(by(list, 'пояснили').speaker, 'Городская дума Приозерска');
  });

  it('with nothing named before, the short name stays', () => {
    assert.equal(by(ru('В облдуме заявили, что закон примут осенью.'), 'заявили').speaker, 'облдума');
  });
});
