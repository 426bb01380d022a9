// A title the lexicon does not know, followed by "одного из …", "нескольких …":
// one unnamed member of a group, an anonymous source — not a name.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian unnamed members under an unknown title', () => {
  it('"Дилер одного из московских банков заметил" is anonymous', () => {
    const a = by(ru('Дилер одного из крупных банков заметил, что спрос на валюту упал.'), 'заметил');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Дилер одного из крупных банков');
    assert.equal(a.content, 'спрос на валюту упал');
  });

  it('"брокер нескольких фондов", inverted after the claim, too', () => {
    assert.equal(by(ru('Рубль окрепнет к весне, считает брокер нескольких фондов.'), 'считает').kind, 'anonymous');
  });

  it('a title with a person’s name stays named', () => {
    const a = by(ru('Менеджер Олег Дымов заметил, что спрос на валюту упал.'), 'заметил');
    assert.equal(a.kind, 'named');
  });
});
