// "В публикации в Facebook он написал, что …": after a preposition ("в", "на", "о"), with or without modifiers, a noun of
// reports ("публикации", "сообщения") is where or about what the subject wrote, never the verb's object; the report stands.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a report noun after a preposition is no object of the verb', () => {
  it('"В публикации в Telegram он написал, что …" reports, speaker the man named before', () => {
    const a = by(ru('Олег Карпов с решением не согласен. В публикации в Telegram он написал, что смету утвердили заранее.'), 'написал');
    assert.equal(a.speaker, 'Олег Карпов');
    assert.equal(a.content, 'смету утвердили заранее');
  });

  it('with modifiers between: "В своей последней публикации Карпов заявил, что …"', () => {
    const a = by(ru('Олег Карпов с решением не согласен. В своей последней публикации Карпов заявил, что смету утвердили заранее.'), 'заявил');
    assert.equal(a.speaker, 'Олег Карпов');
  });
});
