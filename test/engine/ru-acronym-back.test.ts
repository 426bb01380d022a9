// "… сообщили в департаменте сельского хозяйства Тальского края." … "уточнили в ДСХ": an acronym whose letters begin the
// initials of a body named before is that body.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian acronyms pointing back to a body named in full', () => {
  it('the acronym is the body named before whose initials it spells', () => {
    const list = ru('Саранча уничтожила 300 гектаров посевов, сообщили в департаменте сельского хозяйства Тальского края. Обработку полей начнут в понедельник, уточнили в ДСХ.');
    assert.equal(by(list, 'уточнили').speaker, 'департамент сельского хозяйства Тальского края');
  });

  it('an acronym of other letters stays as written', () => {
    const list = ru('Саранча уничтожила 300 гектаров посевов, сообщили в департаменте сельского хозяйства Тальского края. Обработку полей начнут в понедельник, уточнили в УВД.');
    assert.equal(by(list, 'уточнили').speaker, 'УВД');
  });
});
