// "белорусские власти" are a country's authorities, named like "власти Беларуси"; "местные власти" stay unnamed.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian authorities by a country adjective', () => {
  it('"Российские власти заявили" is the government of Russia', () => {
    const a = by(ru('Российские власти заявили, что санкции не работают.'), 'заявили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'власти России');
    assert.equal(by(ru('По словам китайских властей, торговля растет.'), 'По словам').speaker, 'власти Китая');
  });

  it('"Местные власти" stay unnamed', () => {
    assert.equal(by(ru('Местные власти заявили, что дорогу починят.'), 'заявили').kind, 'anonymous');
  });
});
