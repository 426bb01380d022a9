// "Как сообщила пресс-служба фирмы, занимающейся ремонтом, …": a present participle phrase describing the source's last
// word, like a past one ("опроса, проведенного ВЦИОМ"), belongs to the source; the claim starts after its comma.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian present participle phrases after a source', () => {
  it('a feminine one in -ющей', () => {
    const a = by(ru('Как рассказал представитель фирмы, отвечающей за ремонт, больницу закроют в мае.'), 'Как рассказал');
    assert.equal(a.content, 'больницу закроют в мае');
  });

  it('a reflexive one in -ейся', () => {
    const a = by(ru('Как сообщила пресс-служба фирмы, занимающейся ремонтом, больницу закроют в мае.'), 'Как сообщила');
    assert.equal(a.content, 'больницу закроют в мае');
  });

  it('a masculine one in -его', () => {
    const a = by(ru('Как заявил представитель завода, выпускающего трубы, цех закроют в мае.'), 'Как заявил');
    assert.equal(a.content, 'цех закроют в мае');
  });
});
