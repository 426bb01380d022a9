// "сообщил о задержании еще трех человек": "еще" before a count belongs to the о-claim; "еще в марте" stays outside it.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian "еще" inside an о-claim', () => {
  it('keeps "еще" with a number word after it', () => {
    const a = by(ru('Начальник полиции Андрей Рыбин сообщил о задержании еще трех участников драки.'), 'сообщил');
    assert.equal(a.content, 'о задержании еще трех участников драки');
  });

  it('keeps "еще" with digits and with "раз"', () => {
    assert.equal(by(ru('Министр Ольга Лаптева заявила о закрытии еще 12 школ на карантин.'), 'заявила').content, 'о закрытии еще 12 школ на карантин');
    assert.equal(by(ru('Глава комиссии Павел Жуков заявил о необходимости еще раз пересчитать бюллетени.'), 'заявил').content,
      'о необходимости еще раз пересчитать бюллетени');
  });

  it('keeps "еще" inside a coordination of counts', () => {
    assert.equal(by(ru('Представитель МЧС сообщил о двух погибших и еще пяти раненых.'), 'сообщил').content, 'о двух погибших и еще пяти раненых');
  });

  it('still ends the claim before "еще" as a time', () => {
    assert.equal(by(ru('Депутат Игорь Малов написал о возможной продаже завода еще в июле.'), 'написал').content, 'о возможной продаже завода');
  });
});
