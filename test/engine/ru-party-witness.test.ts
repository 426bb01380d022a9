// "Свидетель обвинения, бывший бухгалтер компании, показала в суде, что …":
// the witness speaks; the court is where, and the subject is no claim.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a trial party\'s witness with a title in apposition', () => {
  it('"обвинения" after "Свидетель" belongs to the subject; an adjective before the title in apposition is crossed', () => {
    const a = by(ru('Свидетель обвинения, бывшая кассирша магазина, показала в суде, что деньги забирал директор.'), 'показала');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'деньги забирал директор');
    assert.ok(a.source!.startsWith('Свидетель обвинения'));
  });

  it('a title with an adjective in apposition after a name: "Мария Котова, новый директор школы, рассказала"', () => {
    assert.equal(by(ru('Мария Котова, новый директор школы, рассказала, что ремонт закончат летом.'), 'рассказала').speaker, 'Мария Котова');
  });
});
