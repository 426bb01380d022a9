// "Её сосед по креслу, пенсионер Виктор Гаврилюк, утверждает, что …": a по-phrase of relation after the head noun
// ("сосед по палате", "коллега по цеху") belongs to the subject before a name in apposition.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian subjects with a по-phrase of relation before an apposition', () => {
  it('"сосед по палате, пенсионер X," is X', () => {
    const a = by(ru('Её сосед по палате, пенсионер Игорь Лапин, утверждает, что врачи опоздали.'), 'утверждает');
    assert.equal(a.speaker, 'Игорь Лапин');
  });
});
