// A club named by its word alone in a sports report ("в клубе", "по данным
// клуба", "пресс-служба клуба", "клубный сайт") is the team the article named
// last by one of its people or its club ("тренер «Ястреба»"), in the nominative.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a club named by its word alone', () => {
  it('"по данным клуба" after "Вратарь «Ястреба»"', () => {
    const list = ru('Вратарь «Ястреба» Олег Сомов, по данным клуба, повредил колено.');
    assert.equal(by(list, 'по данным').speaker, 'Ястреб');
  });

  it('"В клубе опровергли" is the team named last, even when another club spoke before', () => {
    const list = ru('Капитан «Ястреба» Олег Сомов, по данным клуба, повредил колено. Руководство «Белой совы» собралось на совещание, пишут болельщики. В клубе эти слухи опровергли.');
    assert.equal(by(list, 'опровергли').speaker, 'Белая сова');
  });

  it('a genitive name is written as the text writes it in the nominative elsewhere', () => {
    const list = ru('«Зимний ветер» проиграл дома. Руководство «Зимнего ветра» собралось на совещание. В клубе эти слухи опровергли.');
    assert.equal(by(list, 'опровергли').speaker, 'Зимний ветер');
  });

  it('"пресс-служба клуба": the team, not the opponent after "с"', () => {
    const list = ru('Нападающий казанской «Ракеты» Иван Лисин выбыл на месяц после матча с «Факелом». Об этом сообщила пресс-служба клуба.');
    assert.equal(by(list, 'сообщила').speaker, 'Ракета');
  });

  it('"цитирует … клубный сайт" after "Защитник «Ястреба»"', () => {
    const list = ru('Защитник «Ястреба» Павел Рудин недоволен. «Я хочу играть», — цитирует 20-летнего защитника клубный сайт.');
    assert.equal(by(list, 'цитирует', 'клубный сайт').speaker, 'Ястреб');
  });

  it('with no team named, "клуб" stays as written', () => {
    assert.equal(by(ru('В клубе эти слухи опровергли.'), 'опровергли').speaker, 'клуб');
  });
});

describe('Russian sports reports: the author of a goal', () => {
  it('"Автор победного гола признался" is the scorer named before', () => {
    const list = ru('Решающий мяч на 88-й минуте забил полузащитник Роман Дятлов. Тренер Олег Ким похвалил команду. Автор победного гола признался журналистам, что бил наугад.');
    assert.equal(by(list, 'признался').speaker, 'Роман Дятлов');
  });

  it('with no goal told of, it stays as written', () => {
    assert.notEqual(by(ru('Автор победного гола признался журналистам, что бил наугад.'), 'признался').speaker, 'Роман Дятлов');
  });
});

