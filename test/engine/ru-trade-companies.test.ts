// "по версии перевозчика", "Туроператор «…» заявил": a company called by its trade is a named company, and a later bare
// trade word means the company named before.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a company by its trade', () => {
  it('"перевозчик" after the airline was named', () => {
    const list = ru('Рейс авиакомпании «Сокол Авиа» задержан на сутки. По версии перевозчика, поставщик отказался заправлять самолет.');
    const a = by(list, 'По версии');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Сокол Авиа');
  });

  it('a tour operator with a participle clause before its verb', () => {
    const a = by(ru('Туроператор «Южный берег», продававший места на рейс, заявил, что разместит семьи в отеле.'), 'заявил');
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'разместит семьи в отеле');
  });
});
