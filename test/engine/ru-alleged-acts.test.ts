// "X якобы угрожал …": an act of speaking that is itself only alleged belongs to the claim of whoever alleges it.
// "Замеры показали, что …": things measured are findings, not witnesses.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian alleged speech acts and findings of things', () => {
  it('gives an alleged threat only to the outlet that reports it, a threat stated as fact to its maker', () => {
    const list = ru('По данным местных СМИ, директор фабрики якобы пригрозил уволить всех недовольных.');
    assert.equal(list.length, 1);
    assert.equal(list[0]!.source, 'местных СМИ');
    assert.equal(list[0]!.content, 'директор фабрики якобы пригрозил уволить всех недовольных');
    assert.equal(by(ru('Министр пригрозил уволить руководителей районных больниц.'), 'пригрозил').content, 'уволить руководителей районных больниц');
  });

  it('gives an alleged demand only to the outlet, but keeps the speakers of a hedged как-aside', () => {
    const list = ru('Как утверждает газета, инвестор якобы настаивал на смене директора завода.');
    assert.equal(list.filter((x) => x.cue === 'настаивал').length, 0);
    assert.equal(by(list, 'Как утверждает').content, 'инвестор якобы настаивал на смене директора завода');
    const a = by(ru('Котельные, как им якобы сообщили соседи, работают по ночам без фильтров.'), 'сообщили');
    assert.equal(a.source, 'соседи');
    assert.equal(a.content, 'работают по ночам без фильтров');
  });

  it('gives measurements and tests no voice, unlike witnesses', () => {
    assert.equal(ru('Замеры показывают, что уровень загрязнения превысил норму.').length, 0);
    assert.equal(ru('Анализы показали, что в воде есть кишечная палочка.').length, 0);
    assert.equal(by(ru('Соседи показали, что слышали крики ночью.'), 'показали').source, 'Соседи');
  });
});
