// "В компании «X», которая разрабатывает месторождение, заявили, что …": a relative clause set off by commas after
// a place that speaks describes it; the place still speaks through the plural verb.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian speaking places described by a relative clause', () => {
  it('gives the claim to the described place', () => {
    const a = by(ru('В компании «Ала-Тоо Майнинг», которая владеет шахтой, заявили, что зарплата будет повышена.'), 'заявили');
    assert.equal(a.speaker, 'компания «Ала-Тоо Майнинг»');
    assert.equal(a.content, 'зарплата будет повышена');
    assert.equal(by(ru('В акимате района, который отвечает за дороги, пояснили, что техника вышла на линию.'), 'пояснили').speaker, 'акимат района');
  });
});
