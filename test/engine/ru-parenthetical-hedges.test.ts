// A hedge set off by commas inside a subject's relative clause ("канал,
// который, как считается, близок к …, пишет"): the hedge covers the clause's
// predicate only, and the subject before the clause still reports.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian parenthetical hedges inside a relative clause', () => {
  it('"X, который, как считается, близок к Y, пишет, что …": the hedge ends with the relative clause; X reports', () => {
    const list = ru('Газета «Вечерний Приозерск», которая, как считается, близка к мэрии, пишет, что подрядчика сменят.');
    const hedge = by(list, 'как считается');
    assert.equal(hedge.kind, 'unattributed');
    assert.equal(hedge.content, 'близка к мэрии');
    const paper = by(list, 'пишет');
    assert.equal(paper.speaker, 'Вечерний Приозерск');
    assert.equal(paper.content, 'подрядчика сменят');
  });

  it('the same with "по имеющимся данным" and a person: "Депутат X, который, по имеющимся данным, владеет …, заявил"', () => {
    const list = ru('Депутат Олег Сорокин, который, по имеющимся данным, владеет долей в компании, заявил, что проверка незаконна.');
    assert.equal(by(list, 'по имеющимся данным').content, 'владеет долей в компании');
    const said = by(list, 'заявил');
    assert.equal(said.speaker, 'Олег Сорокин');
    assert.equal(said.content, 'проверка незаконна');
  });

  it('a hedge opening its own sentence still covers the rest of it', () => {
    assert.equal(by(ru('Как считается, завод закроют до конца года.'), 'Как считается').content, 'завод закроют до конца года');
  });
});

describe('Russian: "считаться" with a predicate describes', () => {
  it('"Их свадьба считалась одной из самых дорогих" reports nothing', () => {
    assert.equal(ru('Их свадьба считалась одной из самых дорогих в городе.').length, 0);
    assert.equal(ru('Он считается лучшим хирургом области.').length, 0);
  });

  it('"Считается, что …", "Считается также, что …", ", как считается," still report', () => {
    assert.equal(by(ru('Считается, что мост построили пленные.'), 'Считается').kind, 'unattributed');
    assert.equal(by(ru('Считается также, что мост построили пленные.'), 'Считается также').kind, 'unattributed');
    assert.equal(by(ru('Фонд, как считается, близок к мэрии.'), 'как считается').kind, 'unattributed');
  });
});
