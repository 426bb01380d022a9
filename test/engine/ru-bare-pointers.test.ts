// "Об этом сообщается.": an impersonal reporting verb with nothing after it but the pointer
// means the sentence before; "Об этом" is no claim.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian bare impersonal pointers', () => {
  it('"Об этом сообщается." attributes the sentence before, unattributed', () => {
    const a = by(ru('На трассе под Костанаем столкнулись три грузовика. Об этом сообщается.'), 'сообщается');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'На трассе под Костанаем столкнулись три грузовика.');
  });

  it('a time adverb after the verb changes nothing', () => {
    const a = by(ru('Завод в Темиртау остановил вторую домну. Об этом сообщалось еще в марте.'), 'сообщалось');
    assert.equal(a.content, 'Завод в Темиртау остановил вторую домну.');
  });

  it('the claim after a что-clause stays the claim', () => {
    const a = by(ru('Сообщается, что завод остановил вторую домну.'), 'Сообщается');
    assert.equal(a.content, 'завод остановил вторую домну');
  });
});

describe('Russian pointers after a pointer', () => {
  it('"Об этом же пишет X" after "Об этом сообщает Y." means the same claim', () => {
    const a = by(ru('В Актау прорвало трубу. Об этом сообщает ТАСС. Об этом же пишет РБК.'), 'пишет');
    assert.equal(a.content, 'В Актау прорвало трубу.');
  });

  it('"Об этом сообщается." in a paragraph of its own after a pointer too', () => {
    const a = by(ru('В Актау прорвало трубу. Об этом сообщалось ранее.\n\nОб этом сообщается.'), 'сообщается');
    assert.equal(a.content, 'В Актау прорвало трубу.');
  });
});
