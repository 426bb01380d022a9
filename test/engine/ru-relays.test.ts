// "X, чьи слова приводит «Интерфакс», назвал …": the outlet in the relative
// clause relays the main clause's claim, and X keeps his verb.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian relays in a "чьи слова" clause', () => {
  it('"X, чьи слова приводит «Y», заявил, что …": both report the claim', () => {
    const list = ru('Глава союза фермеров Петр Лунин, чьи слова приводит «Сельская газета», заявил, что урожай упадет вдвое.');
    const said = by(list, 'заявил');
    assert.equal(said.speaker, 'Петр Лунин');
    assert.equal(said.content, 'урожай упадет вдвое');
    const relay = by(list, 'приводит');
    assert.equal(relay.speaker, 'Сельская газета');
    assert.equal(relay.content, 'урожай упадет вдвое');
  });

  it('"чья" in a clause that relays nothing leaves the subject its verb', () => {
    assert.equal(by(ru('Экономист Анна Бек, чья книга вышла весной, считает, что кризис затянется.'), 'считает').speaker, 'Анна Бек');
  });
});
