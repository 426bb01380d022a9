// "Мне прямо сказали: …", "Нам объяснили, что …": unnamed people told the one
// speaking — an unattributed report, kept even inside the speaker's quote.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: told by unnamed people', () => {
  it('"Нам объяснили, что …" is an unattributed report', () => {
    const a = by(ru('Нам объяснили, что автобус больше не будет ходить.'), 'объяснили');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'автобус больше не будет ходить');
  });

  it('inside a quote it stands beside the quote\'s own speaker: «… Мне прямо сказали: …», — вспоминает она', () => {
    const list = ru('«Я пошла к начальнику цеха. Мне прямо сказали: терпи или пиши заявление», — вспоминает пенсионерка.');
    const told = by(list, 'сказали');
    assert.equal(told.kind, 'unattributed');
    assert.equal(told.content, 'терпи или пиши заявление');
    assert.equal(by(list, 'вспоминает').kind, 'anonymous');
  });

  it('no что-clause, colon or quote, no report: "Им сказали спасибо"', () => {
    assert.equal(ru('Им сказали спасибо.').length, 0);
  });
});
