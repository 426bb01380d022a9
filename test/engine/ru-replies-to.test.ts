// "В мэрии на это ответили, что …": what the reply answers stands between the place and the verb; it is not the place.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian places that reply to something', () => {
  it('"на это" after the place is not part of the source', () => {
    const a = by(ru('В мэрии на это ответили, что ремонт дороги начнётся весной.'), 'ответили');
    assert.equal(a.source, 'мэрии');
    assert.equal(a.content, 'ремонт дороги начнётся весной');
  });

  it('nor is "на эти претензии"', () => {
    assert.equal(by(ru('В управляющей компании на эти претензии отвечают, что тариф утвердил регулятор.'), 'отвечают').source, 'управляющей компании');
  });
});
