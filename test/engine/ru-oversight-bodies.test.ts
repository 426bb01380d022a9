// Regional oversight bodies written in lower case ("охотнадзор", "рыбнадзор", "госжилнадзор") are bodies that speak:
// "Как уточнили в рыбнадзоре, …" is that body.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian lower-case oversight bodies', () => {
  it('"Как сообщили в рыбнадзоре, …"', () => {
    const a = by(ru('Как сообщили в рыбнадзоре, браконьеров задержали у устья реки.'), 'Как сообщили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'рыбнадзор');
  });

  it('"В госжилнадзоре заявили, что …"', () => {
    assert.equal(by(ru('В госжилнадзоре заявили, что управляющую компанию оштрафуют.'), 'заявили').kind, 'named');
  });
});
