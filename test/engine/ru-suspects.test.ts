// A bare "подозреваемый" / "задержанный" is the one the article calls so, never whoever spoke last: in a crime story
// the last speaker is as often the victim.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian suspects named by a bare word', () => {
  it('does not take the suspect for the victim who spoke last', () => {
    const list = ru('Потерпевший Олжас Сапаров успел сказать, что узнал нападавшего. Подозреваемый говорил, что невиновен.');
    const a = by(list, 'говорил');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'Подозреваемый');
  });
});
