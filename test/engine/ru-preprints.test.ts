// A body announces its own trial; "говорится в препринте исследования" is its paper, and "Авторы работы" after are that body.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

const TEXT = 'Уральский институт иммунологии сообщил об окончании испытаний нового препарата. Лекарство сократило число осложнений вдвое, ' +
  'говорится в препринте исследования. Испытания шли два года. Авторы работы подчёркивают, что побочных эффектов не выявлено.';

describe('Russian preprints and their authors', () => {
  it('a preprint of a study with no owner named is the paper of the body that just spoke', () => {
    const a = by(ru(TEXT), 'говорится в');
    assert.equal(a.speaker, 'Уральский институт иммунологии');
  });

  it('the authors of the work after it are that body', () => {
    const a = by(ru(TEXT), 'подчёркивают');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Уральский институт иммунологии');
  });
});
