// "«…», — рассказала женщина местному телеканалу": a dative adjective and noun after the inverted subject are whom it was told,
// not part of the source; the bare "женщина" can then be the woman named just before.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: an addressee with its adjective after an inverted subject', () => {
  it('"— сказал мужчина областному телевидению" leaves the addressee out', () => {
    const a = by(ru('«Мост закрыли без предупреждения», — сказал мужчина областному телевидению.'), 'сказал');
    assert.equal(a.source, 'мужчина');
  });

  it('"— рассказала женщина местному телеканалу" after a named woman is that woman', () => {
    const a = by(ru('По словам фермера Ольги Сидоренко, ночью пропали две овцы. «Загон открыт настежь», — рассказала женщина местному телеканалу.'), 'рассказала');
    assert.equal(a.source, 'женщина');
    assert.equal(a.speaker, 'Ольга Сидоренко');
  });
});
