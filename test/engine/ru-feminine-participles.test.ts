// "По словам сотрудницы банка, пожелавшей остаться неизвестной, …": a participle phrase describing a feminine source
// belongs to the source, as after a masculine one ("сотрудника банка, пожелавшего …").
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian participle phrases after a feminine source in an oblique case', () => {
  it('a past participle in -вшей is part of the source, not the claim', () => {
    const a = by(ru('По словам медсестры, пожелавшей остаться неизвестной, больницу закроют на ремонт.'), 'По словам');
    assert.equal(a.content, 'больницу закроют на ремонт');
  });

  it('a present participle in -ющей too', () => {
    const a = by(ru('По данным сотрудницы ведомства, работающей с жалобами, больницу закроют в мае.'), 'По данным');
    assert.equal(a.content, 'больницу закроют в мае');
  });

  it('"знакомой с …", as "знакомого с …"', () => {
    const a = by(ru('По информации собеседницы, знакомой с ходом проверки, больницу закроют в мае.'), 'По информации');
    assert.equal(a.content, 'больницу закроют в мае');
  });
});
