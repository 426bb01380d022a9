// "Газета Sabah сообщила … Турецкое издание также утверждает …": an outlet described by an adjective only, right
// after one was named, is that outlet, also when the adjective opens the sentence with a capital.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian outlets described by a sentence-opening adjective', () => {
  it('resolves to the outlet named just before', () => {
    const a = by(ru('Газета Sabah сообщила, что задержаны трое граждан Казахстана. Турецкое издание также утверждает, что задержанные везли валюту.'), 'утверждает');
    assert.equal(a.speaker, 'Sabah');
  });
});
