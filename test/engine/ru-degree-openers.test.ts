// "Почти сразу несколько каналов написали, что …": a degree adverb before a sentence-opening adverb is no subject.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian degree adverbs opening a sentence', () => {
  it('"Почти сразу" stands before the subject', () => {
    const a = by(ru('Почти сразу несколько каналов написали, что певица больна.'), 'написали');
    assert.equal(a.source, 'несколько каналов');
  });
});
