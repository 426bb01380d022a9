// Places of Central Asia and Belarus named in the prepositional: "в Акорде заявили" is Акорда.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian places in the prepositional case', () => {
  it('"В Акорде уточнили" is Акорда', () => {
    assert.equal(by(ru('В Акорде уточнили, что визит перенесен.'), 'уточнили').speaker, 'Акорда');
  });

  it('towns in -а and -ь, and a hard "-ев" town', () => {
    assert.equal(by(ru('В Караганде заявили, что отопление дадут.'), 'заявили').speaker, 'Караганда');
    assert.equal(by(ru('В Гомеле заявили, что отопление дадут.'), 'заявили').speaker, 'Гомель');
    assert.equal(by(ru('В Могилеве заявили, что отопление дадут.'), 'заявили').speaker, 'Могилев');
  });
});
