// An impersonal place opening the clause ("В мэрии …") speaks through a second,
// coordinated verb: "В мэрии проверили жалобы и заявили, что …" — the first
// verb's object ("жалобы") is no source.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian places that speak through a coordinated verb', () => {
  it('"В X <verb> <object> и заявили, что …" is X', () => {
    const a = by(ru('В мэрии проверили жалобы жильцов и заявили, что нарушений нет.'), 'заявили');
    assert.equal(a.speaker, 'мэрия');
    assert.equal(a.source, 'мэрии');
    assert.equal(a.content, 'нарушений нет');
  });

  it('past an aside and a decimal number: "В Минфине, в свою очередь, понизили прогноз до 2,1% и пообещали, что …"', () => {
    const a = by(ru('В Минфине, в свою очередь, понизили прогноз до 2,1% и пообещали, что налоги не вырастут.'), 'пообещали');
    assert.equal(a.speaker, 'Минфин');
    assert.equal(a.content, 'налоги не вырастут');
  });

  it('a nominative subject keeps its verbs: "Жители собрались у мэрии и потребовали …" are the residents', () => {
    assert.equal(by(ru('Жители собрались у мэрии и потребовали закрыть свалку.'), 'потребовали').source, 'Жители');
  });
});

describe('Russian places that speak after a contrasting "но"', () => {
  it('"В X эту информацию не подтвердили, но сообщили, что …" is X', () => {
    const a = by(ru('В управлении эту информацию не подтвердили, но сообщили, что проверка идет.'), 'сообщили');
    assert.equal(a.source, 'управлении');
    assert.equal(a.content, 'проверка идет');
  });

  it('a named person before "но" keeps the old reading: "Песков отказался …, но отметил, что …"', () => {
    assert.equal(by(ru('Песков отказался комментировать отставку, но отметил, что доверие сохраняется.'), 'отметил').speaker, 'Песков');
  });
});
