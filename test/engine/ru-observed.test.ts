// "Врачи фиксируют рост обращений": people on the spot observe and report; "камеры зафиксировали нарушение" and
// "полиция зафиксировала ДТП" record a thing.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian observations reported with "фиксировать"', () => {
  it('reports what people observe, not what devices or bodies record', () => {
    const a = by(ru('Врачи городских поликлиник фиксируют рост обращений с жалобами на кашель.'), 'фиксируют');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'рост обращений с жалобами на кашель');
    assert.equal(ru('Камеры зафиксировали нарушение.').length, 0);
    assert.equal(ru('Полиция зафиксировала ДТП на трассе.').length, 0);
  });
});
