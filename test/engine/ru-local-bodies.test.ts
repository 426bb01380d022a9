// A local body named by its level alone: "городская администрация" in a report
// from one town is that town's administration; "администрация округа" after
// "Верхнедольского округа" is that district's.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian local bodies named by their level', () => {
  it('"пресс-служба городской администрации" under a dateline is the town\'s administration', () => {
    const list = ru('КОСТРОМА, 3 марта. Движение по мосту закрыто на неделю. Об этом сообщили в пресс-службе городской администрации.');
    assert.equal(by(list, 'сообщили').speaker, 'администрация Костромы');
  });

  it('"в городской администрации" after "в Тобольске"', () => {
    const list = ru('Мост в Тобольске закрыт на ремонт. В городской администрации заявили, что работы начнут весной.');
    assert.equal(by(list, 'заявили').speaker, 'администрация Тобольска');
  });

  it('"В администрации района" after "Глава Северного района …"', () => {
    const list = ru('Глава Северного района Олег Пахомов сообщил о паводке. В администрации района попросили жителей не выходить к реке.');
    assert.equal(by(list, 'попросили').speaker, 'администрация Северного района');
  });

  it('with no town in the text it stays as written', () => {
    assert.equal(by(ru('В городской администрации заявили, что работы начнут весной.'), 'заявили').speaker, 'городская администрация');
  });
});
