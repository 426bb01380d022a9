// "Осужденный заявил": the accused named before; "вину" after a subject is the object of an admission.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian defendants by the stage of their case', () => {
  it('"Подсудимый заявил" is the accused named before', () => {
    const a = by(ru('Суд начал рассматривать дело бывшего мэра Степана Мельникова. Подсудимый заявил, что невиновен.'), 'заявил');
    assert.equal(a.speaker, 'Степан Мельников');
  });

  it('not the judge or the lawyer named after him', () => {
    const a = by(ru('Суд приговорил Степана Мельникова к пяти годам. Судья Олег Бойко огласил приговор. Осужденный заявил, что обжалует его.'), 'заявил');
    assert.equal(a.speaker, 'Степан Мельников');
  });

  it('"Сам осужденный вину не признал и заявил" keeps "вину" out of the source', () => {
    const a = by(ru('Суд приговорил Степана Мельникова к пяти годам. Сам осужденный вину не признал и заявил, что стал жертвой заказа.'), 'заявил');
    assert.equal(a.source, 'осужденный');
  });
});
