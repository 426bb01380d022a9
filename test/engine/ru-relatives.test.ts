// Relatives in family stories: a relative named in apposition inside "по
// словам" ("по словам дяди пострадавшего, Олега Сомова,") is that person; two
// people of one surname are two people; the relative's title later
// ("Дядя пострадавшего заявил") is the one named with it.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: relatives named in apposition', () => {
  it('"По словам дяди пострадавшего, Олега Сомова, …": the source is the uncle by name, the content after his name', () => {
    const a = by(ru('Пропал Денис Ларин. По словам дяди пострадавшего, Олега Сомова, выкуп не платили.'), 'По словам');
    assert.equal(a.speaker, 'Олег Сомов');
    assert.equal(a.source, 'дяди пострадавшего, Олега Сомова');
    assert.equal(a.content, 'выкуп не платили');
  });

  it('a relative of the same surname is another person, and the pronoun after him is he', () => {
    const list = ru('Пропал Денис Ларин. По словам дяди Дениса, Олега Ларина, выкуп не платили. «Мы сами всё нашли», — утверждает он.');
    assert.equal(by(list, 'По словам').speaker, 'Олег Ларин');
    assert.equal(by(list, 'утверждает').speaker, 'Олег Ларин');
  });

  it('"Тетя школьницы заявила" later is the aunt named before', () => {
    const list = ru('Пропала Алина Ветрова. По словам тети школьницы, Марины Котовой, девочка ушла утром. Тетя школьницы также заявила, что полиция приехала поздно.');
    assert.equal(by(list, 'заявила').speaker, 'Марина Котова');
  });

  it('with no one named so, "Дядя пострадавшего" stays unnamed', () => {
    const a = by(ru('Дядя пострадавшего заявил, что полиция приехала поздно.'), 'заявил');
    assert.equal(a.kind, 'anonymous');
  });
});
