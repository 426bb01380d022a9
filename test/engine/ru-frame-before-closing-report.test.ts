// "По версии следствия, жертвами стали 120 человек, сообщили в прокуратуре": a frame's claim ends before the inverted report
// that closes the sentence (whose own claim holds the frame).
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian frames before a closing inverted report', () => {
  it('"По версии X, …, сообщили в Y"', () => {
    const list = ru('По версии следствия, подрядчик завысил смету вдвое, сообщили в городской прокуратуре.');
    assert.equal(by(list, 'По версии').content, 'подрядчик завысил смету вдвое');
    assert.equal(by(list, 'сообщили').content, 'По версии следствия, подрядчик завысил смету вдвое');
  });
  it('"По данным X, …, уточнили в Y"', () => {
    const list = ru('По данным спасателей, из воды подняли троих, уточнили в пресс-службе МЧС.');
    assert.equal(by(list, 'По данным').content, 'из воды подняли троих');
  });
});
