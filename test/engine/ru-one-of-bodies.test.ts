// "В одном из банков сообщили": one unnamed body of a kind; the terms of anonymity between a place and its verb.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian "в одном из …" and anonymity terms around a place', () => {
  it('"В одном из крупных банков сообщили" is an unnamed source', () => {
    const a = by(ru('В одном из крупных банков сообщили, что ставки по вкладам снизятся.'), 'сообщили');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'одном из крупных банков');
    assert.equal(a.speaker, 'один из крупных банков');
  });

  it('"на условиях анонимности" between the place and the verb is neither the place nor a stop', () => {
    const a = by(ru('В министерстве на условиях анонимности сообщили, что тарифы заморозят.'), 'сообщили');
    assert.equal(a.source, 'министерстве');
    const b = by(ru('В одной из компаний, на условиях анонимности, рассказали, что зарплаты урежут.'), 'рассказали');
    assert.equal(b.source, 'одной из компаний');
    assert.equal(b.reason, 'на условиях анонимности');
  });

  it('the central bank of a republic keeps the republic in its name', () => {
    const a = by(ru('Национальный банк Кыргызской Республики повысил ставку. Решение принято из-за инфляции, говорится в сообщении регулятора.'), 'говорится в');
    assert.equal(a.speaker, 'Национальный банк Кыргызской Республики');
  });
});
