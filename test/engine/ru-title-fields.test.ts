// A title's field ("директор по закупкам") stays in the source; "одной из" after it keeps the source unnamed;
// "Росстат: …" in a headline is the service's claim.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian title fields and short agency headlines', () => {
  it('"директор по закупкам одной из сетей" is one unnamed person', () => {
    const a = by(ru('«Поставщики поднимают цены», — заявил директор по закупкам одной из торговых сетей.'), 'заявил');
    assert.equal(a.source, 'директор по закупкам одной из торговых сетей');
    assert.equal(a.kind, 'anonymous');
  });

  it('"по телефону" after the title is how he spoke', () => {
    assert.equal(by(ru('«Мы проверим», — сказал директор по телефону.'), 'сказал').source, 'директор');
  });

  it('"Росстат: цены выросли" is Росстат\'s claim', () => {
    const a = by(ru('Росстат: цены на овощи выросли на 3%\n\nОгурцы подорожали сильнее всего.'), ':');
    assert.equal(a.speaker, 'Росстат');
    assert.equal(a.content, 'цены на овощи выросли на 3%');
  });
});
