// "В мэрии ссылаются на нехватку денег": a "в"-place right before a finite "ссылаться на" whose object is a lower-case
// thing, no possible source, gives that thing as its reason — its claim. Citing a source stays what it was.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian finite "ссылаются на" + a reason', () => {
  it('a place gives the thing referred to as its claim', () => {
    const a = by(ru('Ремонт моста снова отложен. В мэрии ссылаются на нехватку денег'), 'ссылаются на');
    assert.equal(a.speaker, 'мэрия');
    assert.equal(a.content, 'нехватку денег');
    assert.equal(by(ru('В мэрии ссылаются на нехватку строителей.'), 'ссылаются на').content, 'нехватку строителей');
  });
  it('a source cited, or no place, is no reason given', () => {
    assert.equal(ru('В мэрии ссылаются на данные Росстата.').filter((x) => x.cue === 'ссылаются на').length, 0);
    assert.equal(ru('В мэрии ссылаются на источники в правительстве.').filter((x) => x.cue === 'ссылаются на' && x.content === 'источники в правительстве').length, 0);
  });
});
