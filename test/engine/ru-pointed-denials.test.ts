// Russian denials and confirmations that point back: "Сам Рыбин это опроверг",
// "Министр эту информацию подтвердил". The source stands before the pointer; the
// claim is the one the sentence before attributed. Every sentence here is
// written for these tests.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

const before = 'Депутат Игорь Лебедев заявил, что завод закроют до весны.';

describe('Russian pointed denials: the source before the pointer', () => {
  it('"Сам Рыбин это опроверг": the person denies the claim just made', () => {
    const a = by(ru(`${before} Сам Рыбин это опроверг.`), 'опроверг');
    assert.equal(a.source, 'Рыбин');
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'завод закроют до весны');
  });

  it('"Министр Павел Рыбин эту информацию опроверг", "Павел Рыбин эти сведения подтвердил"', () => {
    assert.equal(by(ru(`${before} Министр Павел Рыбин эту информацию опроверг.`), 'опроверг').speaker, 'Павел Рыбин');
    const a = by(ru(`${before} Павел Рыбин эти сведения подтвердил.`), 'подтвердил');
    assert.equal(a.speaker, 'Павел Рыбин');
    assert.equal(a.content, 'завод закроют до весны');
  });

  it('"Директор это отрицает": a present tense denial', () => {
    assert.equal(by(ru(`${before} Директор завода Павел Рыбин это отрицает.`), 'отрицает').speaker, 'Павел Рыбин');
  });

  it('"это" inside a clause that is no denial stays unreported: "Рабочие это заметили"', () => {
    assert.equal(ru(`${before} Рабочие это заметили.`).filter((x) => x.cue === 'заметили').length, 0);
  });
});

describe('Russian pointed denials: the claim is the one attributed before', () => {
  it('"Министр опроверг эту информацию" after "X заявил, что Y": the content is Y, not the whole sentence', () => {
    const a = by(ru(`${before} Министр промышленности Павел Рыбин опроверг эту информацию.`), 'опроверг');
    assert.equal(a.content, 'завод закроют до весны');
  });

  it('"В министерстве эту информацию опровергли" after "Пользователи пишут, что Y"', () => {
    const a = by(ru('Пользователи в комментариях пишут, что мост закрыт с утра. В министерстве эту информацию опровергли.'), 'опровергли');
    assert.equal(a.content, 'мост закрыт с утра');
  });

  it('with no attribution before, the sentence before is the claim', () => {
    const a = by(ru('Завод закроют до весны. Директор завода Павел Рыбин опроверг эту информацию.'), 'опроверг');
    assert.equal(a.content, 'Завод закроют до весны.');
  });

  it('"Об этом сообщил X" still points to the whole sentence before', () => {
    const a = by(ru(`${before} Об этом сообщил Павел Рыбин.`), 'сообщил');
    assert.equal(a.content, before);
  });
});

describe('Russian pointed denials: a gerund after a place that spoke', () => {
  it('"В мэрии эту информацию опровергли, заявив, что …": the place speaks through the gerund too', () => {
    const list = ru('Пользователи пишут, что мост закрыт с утра. В мэрии Томска эту информацию опровергли, заявив, что движение открыто.');
    const a = by(list, 'заявив');
    assert.equal(a.speaker, 'мэрия Томска');
    assert.equal(a.content, 'движение открыто');
  });

  it('"В министерстве сообщили, что …, добавив, что …"', () => {
    const a = by(ru('В министерстве сообщили, что проверка завершена, добавив, что нарушений не нашли.'), 'добавив');
    assert.equal(a.speaker, 'министерство');
    assert.equal(a.content, 'нарушений не нашли');
  });
});

describe('Russian pointed denials: a claim noun before "об этом" is the object', () => {
  it('"Информацию об этом подтвердил губернатор": the governor confirms, not "Информацию"', () => {
    const a = by(ru('Мэр города Олег Рябов подал в отставку. Информацию об этом подтвердил губернатор Иван Петров.'), 'подтвердил');
    assert.equal(a.speaker, 'Иван Петров');
  });
});
