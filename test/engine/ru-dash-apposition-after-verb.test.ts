// "Об этом сообщили организаторы фестиваля — агентство «Зелёный звук» — в своём канале": a named body or person between
// dashes after an inverted, unnamed subject is who that subject is.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian dash appositions naming an inverted subject', () => {
  it('a quoted body between two dashes', () => {
    const a = by(ru('Фестиваль «Северное лето» перенесли на август. Об этом сообщили организаторы фестиваля — агентство «Зелёный звук» — в своём канале.'), 'сообщили');
    assert.equal(a.speaker, 'Зелёный звук');
    assert.equal(a.kind, 'named');
  });
  it('a person named after a dash closing the sentence', () => {
    const a = by(ru('Стадион закроют на ремонт. Об этом заявил владелец арены — предприниматель Сергей Калинин.'), 'заявил');
    assert.equal(a.speaker, 'Сергей Калинин');
  });
  it('a dash followed by a remark is no name', () => {
    const a = by(ru('Стадион закроют на ремонт. Об этом заявил владелец арены — и это не шутка.'), 'заявил');
    assert.equal(a.speaker, 'владелец арены');
  });
});
