// A demand made while doing something else: "вышли на митинг, требуя …",
// "объявил забастовку, потребовав …"; the subject before the first verb demands.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian demanding gerunds', () => {
  it('"Жители перекрыли трассу, требуя отремонтировать мост": the residents demand, the subject ends before its verb', () => {
    const a = by(ru('Жители перекрыли трассу, требуя отремонтировать мост.'), 'требуя');
    assert.equal(a.source, 'Жители');
    assert.equal(a.content, 'отремонтировать мост');
  });

  it('a counted group opens the sentence: "Около трехсот водителей … вышли …, требуя …"', () => {
    const a = by(ru('Около трехсот водителей Северного автопарка в среду вышли на площадь, требуя вернуть премии.'), 'требуя');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Около трехсот водителей Северного автопарка');
    assert.equal(a.content, 'вернуть премии');
  });

  it('"Профсоюз объявил забастовку, потребовав отставки директора"', () => {
    assert.equal(by(ru('Профсоюз объявил забастовку, потребовав отставки директора.'), 'потребовав').source, 'Профсоюз');
  });
});
