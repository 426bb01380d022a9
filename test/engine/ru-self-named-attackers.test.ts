// A hacker group known only by the name it gives itself ("Группировка, называющая себя «X»") is named X (check11 Black Stork,
// check14 convention); later bare "хакеры", "по словам хакеров", "злоумышленники" are that group, not an unnamed crowd.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

const text = 'Группировка, называющая себя «Silent Owl», объявила о взломе сайта городской больницы. ' +
  'По словам хакеров, в их руках архив медицинских карт. Злоумышленники утверждают, что больница знала об уязвимости.';

describe('Russian: bare attackers after a self-named group', () => {
  it('"по словам хакеров" is the group', () => {
    const a = by(ru(text), 'По словам');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Silent Owl');
  });

  it('"Злоумышленники утверждают" is the group too', () => {
    const a = by(ru(text), 'утверждают');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Silent Owl');
  });

  it('with no self-named group, hackers stay anonymous', () => {
    assert.equal(by(ru('Хакеры утверждают, что больница знала об уязвимости.'), 'утверждают').kind, 'anonymous');
  });
});
