// A frame set off by commas between a subject and its verb ("Один из
// пассажиров, по данным портала «X», утверждает, что …"): both report — the
// portal relays, the subject claims.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian frames between a subject and its verb', () => {
  it('"Один из пассажиров, по данным портала «X», утверждает, что …": the passenger claims, the portal relays', () => {
    const list = ru('Один из пассажиров, по данным городского портала «Речной вестник», утверждает, что трап был сломан.');
    const claim = by(list, 'утверждает');
    assert.equal(claim.kind, 'anonymous');
    assert.equal(claim.source, 'Один из пассажиров');
    assert.equal(claim.content, 'трап был сломан');
    assert.equal(by(list, 'по данным').speaker, 'Речной вестник');
  });

  it('the same with "по словам" and a named person', () => {
    const a = by(ru('Инженер Павел Грач, по словам его коллег, настаивает, что проект был безопасен.'), 'настаивает');
    assert.equal(a.speaker, 'Павел Грач');
    assert.equal(a.content, 'проект был безопасен');
  });
});

describe('Russian frames between a subject and a verb with its object', () => {
  it('"Сотрудники ГИБДД, по словам водителя, потребовали деньги": the officers demand; the object is no inverted source', () => {
    const list = ru('Сотрудники полиции, по словам водителя, потребовали деньги.');
    const a = by(list, 'потребовали');
    assert.equal(a.source, 'Сотрудники полиции');
    assert.equal(a.content, 'деньги');
  });

  it('a clause with its own verb before the frame stays an inverted report: "Жилетов было три, по данным портала, утверждает турист"', () => {
    assert.equal(by(ru('Жилетов было три, по данным портала, утверждает турист.'), 'утверждает').source, 'турист');
  });
});

describe('Russian: a source\'s participle phrase after "Как пояснил X,"', () => {
  it('"Как пояснил источник, пожелавший остаться неизвестным, …": the claim starts after the phrase', () => {
    const a = by(ru('Как пояснил источник в ведомстве, пожелавший остаться неизвестным, инспекторов уже отстранили.'), 'Как пояснил');
    assert.equal(a.content, 'инспекторов уже отстранили');
    assert.equal(a.kind, 'anonymous');
  });
});
