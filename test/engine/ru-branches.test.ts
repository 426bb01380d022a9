// "В региональном отделении партии заявили", "в филиале банка подтвердили": a body's branch or office speaks for itself.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a branch or an office of a body as the source', () => {
  it('"отделение" in a place before the verb', () => {
    const a = by(ru('Как рассказали в городском отделении партии, список кандидатов утвердят в среду.'), 'Как рассказали');
    assert.equal(a.source, 'городском отделении партии');
    assert.equal(a.speaker, 'городское отделение партии');
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'список кандидатов утвердят в среду');
  });

  it('"филиал" and "учреждение" in a place, "представительство" as a subject', () => {
    assert.equal(by(ru('В филиале банка подтвердили, что отделение закроют.'), 'подтвердили').speaker, 'филиал банка');
    assert.equal(by(ru('Как сообщили в лечебном учреждении, пострадавший в сознании.'), 'Как сообщили').source, 'лечебном учреждении');
    assert.equal(by(ru('Представительство фонда в Бишкеке сообщило, что гранты выплачены.'), 'сообщило').speaker, 'Представительство фонда в Бишкеке');
  });
});
