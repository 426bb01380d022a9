// "Автор книги о войне Олег Лебедев считает": a title with an о-phrase of what it is about, then the name; the name closes
// the source, whose speaker is the person.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a title with an о-phrase before the name', () => {
  it('runs to the name', () => {
    const a = by(ru('Автор книги о блокаде Олег Лебедев считает, что находка подлинная.'), 'считает');
    assert.equal(a.source, 'Автор книги о блокаде Олег Лебедев');
    assert.equal(a.speaker, 'Олег Лебедев');
  });

  it('passes an acronym inside the о-phrase and two titles joined by "и"', () => {
    const a = by(ru('Репетитор и автор блога о подготовке к ОГЭ Ольга Лосева считает, что задания упростили.'), 'считает');
    assert.equal(a.speaker, 'Ольга Лосева');
  });
});
