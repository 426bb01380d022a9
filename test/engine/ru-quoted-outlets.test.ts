// A one-word outlet name in quotation marks, in an oblique case after a frame
// ("стало известно «Спорт-Экспрессу»", "по данным «Спорт-Экспресса»"), is named
// in the nominative.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian quoted outlet names in an oblique case', () => {
  it('the dative and the genitive of a masculine name', () => {
    assert.equal(by(ru('Как стало известно «Футбол-Экспрессу», нападающий уходит в «Ротор».'), 'Как стало известно').speaker, 'Футбол-Экспресс');
    assert.equal(by(ru('По данным «Футбол-Экспресса», нападающий уходит в «Ротор».'), 'По данным').speaker, 'Футбол-Экспресс');
  });

  it('a feminine name keeps its own ending in the nominative', () => {
    assert.equal(by(ru('Мост закроют на ремонт, пишет «Фонтанка».'), 'пишет').speaker, 'Фонтанка');
  });
});
