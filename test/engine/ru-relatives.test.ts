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

describe('Russian: relatives of a person named before by surname', () => {
  const before = 'Актёр Павел Громов скончался в больнице. ';

  it('"Супруга Громова сообщила" is the wife of Павел Громов, named', () => {
    const a = by(ru(`${before}Супруга Громова сообщила, что прощание пройдёт в пятницу.`), 'сообщила');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'супруга Павла Громова');
  });

  it('"Родственники Громова", "члены семьи Громова" are his family, an identified group, named', () => {
    const a = by(ru(`${before}Родственники Громова рассказали, что он долго болел.`), 'рассказали');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'родственники Павла Громова');
    const b = by(ru(`${before}Об этом сообщили члены семьи господина Громова.`), 'сообщили');
    assert.equal(b.kind, 'named');
    assert.equal(b.speaker, 'члены семьи Павла Громова');
  });

  it('friends and colleagues stay an unnamed group; a woman of that surname is no genitive', () => {
    assert.equal(by(ru(`${before}Друзья Громова рассказали, что он долго болел.`), 'рассказали').kind, 'anonymous');
    const c = by(ru('Певица Анна Громова выступила в Казани. Супруга Громова сообщила, что концерт перенесут.'), 'сообщила');
    assert.notEqual(c.speaker, 'супруга Анны Громовой');
  });
});
