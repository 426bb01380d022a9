// "В районной администрации объяснили" in a story set "под Ишимском", with no district named: the district of the article's
// town in -ск/-цк, called after it (администрация Ишимского района).
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian district administrations named after the article town', () => {
  it('a town after "под"', () => {
    const a = by(ru('Урожай в хозяйствах под Ишимском упал вдвое. В районной администрации пояснили, что компенсации выплатят весной.'), 'пояснили');
    assert.equal(a.speaker, 'администрация Ишимского района');
  });
  it('a town after "в"', () => {
    const a = by(ru('В Заозёрске закрыли школу. В районной администрации пояснили, что детей будут возить в соседнее село.'), 'пояснили');
    assert.equal(a.speaker, 'администрация Заозёрского района');
  });
  it('a district the article names comes first', () => {
    const a = by(ru('Под Ишимском закрыли школу Сорокинского района. В районной администрации пояснили, что детей будут возить автобусом.'), 'пояснили');
    assert.equal(a.speaker, 'администрация Сорокинского района');
  });
});
