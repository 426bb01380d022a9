// One country under its two Russian names in one article (Беларусь / Белоруссия, Кыргызстан / Киргизия,
// Молдова / Молдавия) is one speaker, spelled as the article first spells it.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian countries with two names', () => {
  it('names a body the way the article first names its country', () => {
    const list = ru('МИД Кыргызстана заявил, что граница открыта. Позже в МИД Киргизии уточнили, что пункт пропуска работает круглосуточно.');
    assert.equal(by(list, 'заявил').speaker, 'МИД Кыргызстана');
    assert.equal(by(list, 'уточнили').speaker, 'МИД Кыргызстана');
  });

  it('names a person by title the same way, whichever spelling comes first', () => {
    const list = ru('Посол Белоруссии в Казахстане заявил, что визит состоится. Посол Беларуси также отметил, что переговоры прошли успешно.');
    assert.equal(by(list, 'заявил').speaker, 'Посол Белоруссии');
    assert.equal(by(list, 'отметил').speaker, 'Посол Белоруссии');
    // (The source span keeps the text's own spelling.)
    assert.equal(by(list, 'отметил').source, 'Посол Беларуси');
  });
});
