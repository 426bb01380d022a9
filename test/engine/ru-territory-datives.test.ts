// "ГУ МВД по Приморскому краю", "УМВД по Южному округу": a body's territory in the dative, an adjective and its noun, is all of the name.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a body\'s territory as an adjective and a noun in the dative', () => {
  it('keeps "краю" after the region\'s adjective in a place before the verb', () => {
    const a = by(ru('В управлении МВД по Хабаровскому краю сообщили, что угонщик задержан.'), 'сообщили');
    assert.equal(a.source, 'управлении МВД по Хабаровскому краю');
    assert.equal(a.speaker, 'управление МВД по Хабаровскому краю');
  });

  it('keeps it after "по данным" and in a subject', () => {
    assert.equal(by(ru('По данным ГУ МЧС по Алтайскому краю, пострадавших нет.'), 'По данным').source, 'ГУ МЧС по Алтайскому краю');
    assert.equal(by(ru('Представитель УМВД по Северному округу сообщил, что движение восстановлено.'), 'сообщил').source,
      'Представитель УМВД по Северному округу');
  });

  it('still ends a name before a lower-case object of the verb', () => {
    const a = by(ru('Счетная палата начала проверку фонда. В палате информацию подтвердили.'), 'подтвердили');
    assert.equal(a.source, 'палате');
  });
});
