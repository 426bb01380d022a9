// "Завод «Полимер» сообщил …" ¶ "Руководство завода заявило …": a body's leadership speaks for the body named before,
// as its press office does.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian leadership of a body named before', () => {
  it('"руководство завода" after the named plant is that plant', () => {
    const list = ru('Завод «Полимер» сообщил о закрытии цеха. Руководство завода заявило, что зарплаты выплатят в срок.');
    const a = by(list, 'заявило');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Завод «Полимер»');
  });

  it('so in the locative after "в"', () => {
    const list = ru('Завод «Полимер» сообщил о закрытии цеха. В руководстве завода пообещали, что зарплаты выплатят в срок.');
    assert.equal(by(list, 'пообещали').speaker, 'Завод «Полимер»');
  });

  it('with no body named before, the words stay', () => {
    const list = ru('Руководство завода заявило, что зарплаты выплатят в срок.');
    assert.equal(by(list, 'заявило').speaker, 'Руководство завода');
  });
});
