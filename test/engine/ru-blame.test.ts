// "Авиакомпания винит поставщика топлива": blaming someone is an accusation, reported like "обвиняет".
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: "винить" as an accusation', () => {
  it('reports whom and for what', () => {
    const a = by(ru('Компания «Ветер» винит в задержке поставщика топлива.'), 'винит');
    assert.equal(a.content, 'в задержке поставщика топлива');
    assert.equal(by(ru('Жители винят во всем управляющую компанию.'), 'винят').kind, 'anonymous');
  });
});
