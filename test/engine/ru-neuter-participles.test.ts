// "Министерство, отвечающее за дороги, заявило …": a participle phrase after a neuter subject is set off by its commas
// as after a masculine or feminine one ("Служба, отвечающая за дороги, заявила").
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian participle phrases after a neuter subject', () => {
  it('a present participle in -ющее', () => {
    const a = by(ru('Министерство, отвечающее за дороги, заявило, что ремонт закончат к осени.'), 'заявило');
    assert.equal(a.source, 'Министерство');
    assert.equal(a.content, 'ремонт закончат к осени');
  });

  it('a passive participle in -нное', () => {
    const a = by(ru('Агентство, созданное в прошлом году, сообщило, что ремонт закончат к осени.'), 'сообщило');
    assert.equal(a.source, 'Агентство');
  });

  it('a self-named agency is the name it gives itself', () => {
    const a = by(ru('Агентство, называющее себя «Северный дозор», заявило о захвате сервера мэрии.'), 'заявило');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Северный дозор');
  });
});
