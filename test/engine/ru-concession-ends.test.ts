// "написала, что фильм затянут, хотя и отметила, что …": a claim cut before a second predicate leaves "хотя" (like "но", "а")
// outside it.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a concession after a claim', () => {
  it('"хотя" before the second report is no part of the first claim', () => {
    const list = ru('Критик Анна Белова написала, что фильм затянут, хотя и отметила, что актеры сыграли хорошо.');
    assert.equal(by(list, 'написала').content, 'фильм затянут');
    assert.equal(by(list, 'отметила').content, 'актеры сыграли хорошо');
  });
});
