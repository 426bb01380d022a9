// A man's surname ending in a consonant and "-е" (Baltic "Лиепе", "Дравниеке") declines in the prepositional
// only, where the first name ends in "-е" too; after an instrumental, genitive or dative first name it is written as is.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian surnames in "-е" after an oblique first name', () => {
  it('"с директором музея Карлисом Лиепе" keeps the surname whole, and "он" later is that man', () => {
    const list = ru('Совет расторг контракт с директором музея Карлисом Лиепе. Позже он заявил, что обжалует решение.');
    assert.equal(by(list, 'заявил').speaker, 'Карлис Лиепе');
  });

  it('a genitive first name too: "По словам Яниса Дравниеке"', () => {
    assert.equal(by(ru('По словам Яниса Дравниеке, выставку перенесут.'), 'По словам').speaker, 'Янис Дравниеке');
  });

  it('a Russian surname in the instrumental still declines: "с Иваном Петровым"', () => {
    const list = ru('Журналисты поговорили с Иваном Петровым. По его словам, завод закроют.');
    assert.equal(by(list, 'По его словам').speaker, 'Иван Петров');
  });
});
