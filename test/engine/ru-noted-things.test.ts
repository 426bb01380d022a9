// "отметил вклад волонтёров": noting a thing is praise, no claim; "отметил, что …" and "отметил необходимость …" state one.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian things noted', () => {
  it('a noun phrase after "отметил" reports nothing', () => {
    assert.equal(ru('Глава района отметил слаженную работу спасателей.').length, 0);
  });

  it('nor after a concession, which does not join the claim before it', () => {
    const list = ru('Рецензент написал, что спектакль «слишком длинный», хотя и отметил игру молодых актёров.');
    assert.equal(list.length, 1);
    assert.equal(by(list, 'написал').content, 'спектакль «слишком длинный»');
  });

  it('a noted need is still a claim', () => {
    assert.equal(by(ru('Министр отметил необходимость ускорить ремонт школ.'), 'отметил').content, 'необходимость ускорить ремонт школ');
  });

  it('so is a noted trend, adjectives before it', () => {
    assert.equal(by(ru('Аналитик отметил резкое ухудшение спроса на жильё.'), 'отметил').content, 'резкое ухудшение спроса на жильё');
  });
});
