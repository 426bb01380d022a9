// "Как говорится в сообщении на официальном сайте клуба, …": a document placed on a body's site or channel speaks for
// that body, as "в сообщении клуба" does.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian documents on a site', () => {
  it('"в сообщении на официальном сайте клуба" is the club\'s statement', () => {
    const a = by(ru('Как говорится в сообщении на официальном сайте клуба, контракт с тренером расторгнут.'), 'Как говорится в');
    assert.equal(a.kind, 'named');
    assert.equal(a.source, 'сообщении на официальном сайте клуба');
    assert.equal(a.content, 'контракт с тренером расторгнут');
  });

  it('so after the claim, with a channel', () => {
    const a = by(ru('Контракт с тренером расторгнут, говорится в заявлении в телеграм-канале министерства.'), 'говорится в');
    assert.equal(a.kind, 'named');
    assert.equal(a.source, 'заявлении в телеграм-канале министерства');
  });
});
