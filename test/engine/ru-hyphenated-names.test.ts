// «Водоканал-Юг» named once, then «Водоканале-Юг» in the locative: the same company, each part of the name in its own case.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian hyphenated company names in another case', () => {
  it('the place "в «Водоканале-Юг»" is the company named before, in the nominative', () => {
    const a = by(ru('Счета выставила компания «Водоканал-Юг». В «Водоканале-Юг» сообщили, что перерасчёт сделают в декабре.'), 'сообщили');
    assert.equal(a.speaker, 'Водоканал-Юг');
  });
});
