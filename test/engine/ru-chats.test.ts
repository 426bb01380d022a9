// "В чатах пишут, что …": chats and forums are a vague group of writers, as the social networks are.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian chats as sources', () => {
  it('"в телеграм-чатах" is an anonymous group of writers, and "якобы" inside its claim adds none', () => {
    const list = ru('В телеграм-чатах курьеров пишут, что некоторые склады якобы закрываются на ночь.');
    assert.equal(list.length, 1);
    const a = by(list, 'пишут');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'телеграм-чатах');
    assert.equal(a.content, 'некоторые склады якобы закрываются на ночь');
  });

  it('an adjective may say whose chats they are', () => {
    const a = by(ru('В родительских чатах пишут, что занятия перенесут на субботу.'), 'пишут');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'родительских чатах');
  });
});
