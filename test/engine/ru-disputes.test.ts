// "оспаривать", "оспорить": disputing the claim before ("В Анкаре эту версию
// оспаривают") or a что-clause; contesting a decision ("оспорил штраф") is no report.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

const BEFORE = 'Телеканал утверждает, что самолет нарушил границу.';
/** The claim attributed in BEFORE: what a pointer back disputes. */
const CLAIMED = 'самолет нарушил границу';

describe('Russian disputes', () => {
  it('a place disputing the claim before, pointer before or after the verb', () => {
    const a = by(ru(`${BEFORE} В Анкаре эту версию оспаривают.`), 'оспаривают');
    assert.equal(a.speaker, 'Анкара');
    assert.equal(a.content, CLAIMED);
    assert.equal(by(ru(`${BEFORE} В Анкаре оспаривают эту версию.`), 'оспаривают').content, CLAIMED);
  });

  it('a что-clause is the disputed claim', () => {
    assert.equal(by(ru('Адвокат оспаривает, что его подзащитный был на месте.'), 'оспаривает').content, 'его подзащитный был на месте');
  });

  it('contesting a decision is no report', () => {
    assert.equal(ru('Компания оспорила штраф в арбитражном суде.').length, 0);
  });
});
