// A study by the staff of a named body ("исследование сотрудников Камского
// института X") is that body's, and "ученые" / "по их мнению" shortly after are it.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

const STUDY = 'Лещ в реке растет медленнее, показало исследование сотрудников Камского института гидробиологии.';

describe('Russian studies and their researchers', () => {
  it('"показало исследование сотрудников X" is named X', () => {
    const a = by(ru(STUDY), 'показало');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Камский институт гидробиологии');
  });

  it('"Как выяснили ученые", "по их мнению" right after are X', () => {
    const list = ru(`${STUDY} Как выяснили ученые, дело в температуре воды: по их мнению, река прогрелась на два градуса.`);
    assert.equal(by(list, 'Как выяснили').speaker, 'Камский институт гидробиологии');
    assert.equal(by(list, 'по их мнению').speaker, 'Камский институт гидробиологии');
  });

  it('"ученые" with no study before stay an unnamed group', () => {
    assert.equal(by(ru('Как выяснили ученые, река прогрелась на два градуса.'), 'Как выяснили').kind, 'anonymous');
  });
});
