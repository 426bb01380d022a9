// "Скончался народный артист Казахстана Ерлан Сапаров — СМИ": a headline's claim may open with its verb, capitalized,
// before the dash and its source.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian headlines whose claim opens with the verb', () => {
  it('gives the headline claim to the source after the dash', () => {
    const a = by(ru('Скончался народный артист Казахстана Ерлан Сапаров — СМИ\n\nВ Алматы на 80-м году жизни скончался актёр.'), '—');
    assert.equal(a.source, 'СМИ');
    assert.equal(a.content, 'Скончался народный артист Казахстана Ерлан Сапаров');
  });
});
