// "…, сообщили в ДСХ" (a headline) ¶ "… сообщили в департаменте сельского хозяйства области": an acronym in the
// headline is the body the lead names in full when its letters are that name's initials.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian acronyms in a headline spelt out in the lead', () => {
  it('the acronym is the body whose initials it spells', () => {
    const list = ru('Саранча уничтожила посевы на юге края, сообщили в ДСХ\n\nСаранча уничтожила около 300 гектаров посевов. Об этом сообщили в департаменте сельского хозяйства Тальского края.');
    const a = by(list, 'сообщили', 'ДСХ');
    assert.equal(a.speaker, 'департамент сельского хозяйства Тальского края');
  });

  it('another body in the lead leaves the acronym as it is', () => {
    const list = ru('Саранча уничтожила посевы на юге края, сообщили в ДСХ\n\nСаранча уничтожила около 300 гектаров посевов. Об этом сообщили в управлении ветеринарии Тальского края.');
    assert.equal(by(list, 'сообщили', 'ДСХ').speaker, 'ДСХ');
  });
});
