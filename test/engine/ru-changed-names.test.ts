// "Студентка Мария Лебедева (имя изменено)": the name in print is not the person's, so the source is not identified.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian sources whose name was changed', () => {
  it('a full name marked "(имя изменено)" is an anonymous source', () => {
    const a = by(ru('Студентка Мария Лебедева (имя изменено) рассказала, что экзамен перенесли без предупреждения.'), 'рассказала');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Студентка Мария Лебедева (имя изменено)');
    assert.equal(a.content, 'экзамен перенесли без предупреждения');
  });

  it('so is one whose name and surname were changed at his request', () => {
    const a = by(ru('Водитель Пётр Соколов (имя и фамилия изменены по его просьбе) утверждает, что штраф выписали по ошибке.'), 'утверждает');
    assert.equal(a.kind, 'anonymous');
  });

  it('an unlisted word for a person, then where she is from, then a first name, is one source phrase', () => {
    const a = by(ru('Выпускница из Самары Ксения (имя изменено) сообщила, что ответы продавали заранее.'), 'сообщила');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Выпускница из Самары Ксения (имя изменено)');
  });

  it('a bracket that gives something else keeps the name identified', () => {
    const a = by(ru('Депутат Мария Лебедева (ЛДПР) рассказала, что законопроект внесут весной.'), 'рассказала');
    assert.equal(a.kind, 'named');
  });
});
