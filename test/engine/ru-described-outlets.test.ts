// An outlet described only by adjectives ("британская газета", "немецкий
// журнал") right after one was named is that outlet.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian outlets described by adjectives after one was named', () => {
  it('"…, ссылаясь на публикацию Le Monde. Как пишет французская газета, …" is Le Monde', () => {
    const list = ru('Париж может отложить реформу, сообщает ТАСС, ссылаясь на публикацию Le Monde. Как пишет французская газета, решение примут в июне. По данным издания, профсоюзы готовят забастовку.');
    assert.equal(by(list, 'Как пишет').speaker, 'Le Monde');
    assert.equal(by(list, 'По данным').speaker, 'Le Monde');
  });

  it('with no outlet named shortly before it stays as written', () => {
    assert.equal(by(ru('Как пишет французская газета, решение примут в июне.'), 'Как пишет').speaker, 'французская газета');
  });
});
