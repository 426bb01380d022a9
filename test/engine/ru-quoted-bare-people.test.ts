// "«Мужчина по телефону сказал, что …», — рассказала пенсионерка": a bare "мужчина" inside someone else's quote is a
// stranger of the speaker's story, not the man the article named before.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian bare person nouns inside a quote', () => {
  it('"Мужчина" in a pensioner\'s quote stays unnamed', () => {
    const list = ru('Суд приговорил Артёма Гусева к восьми годам. «Мужчина по телефону сказал, что деньги надо спасать», — рассказала пенсионерка Анна Лось.');
    const a = by(list, 'сказал');
    assert.equal(a.kind, 'anonymous');
  });

  it('outside a quote the bare noun still points back to the man named before', () => {
    const list = ru('Суд приговорил Артёма Гусева к восьми годам. Мужчина заявил, что не виновен.');
    assert.equal(by(list, 'заявил').speaker, 'Артем Гусев');
  });

  it('a quote naming him keeps him', () => {
    const list = ru('Суд приговорил Артёма Гусева к восьми годам. «Гусев пришёл ко мне. Мужчина сказал, что деньги надо спасать», — рассказала пенсионерка Анна Лось.');
    assert.equal(by(list, 'сказал').speaker, 'Артем Гусев');
  });
});
