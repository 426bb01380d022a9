// "Турецкий министр заявил" after "Министр иностранных дел Турции X …": a title with a country's adjective and no name is the
// person the article introduced with that country in the title, not whoever spoke last.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a title with a country\'s adjective', () => {
  it('finds the person titled with that country\'s genitive', () => {
    const list = ru('Премьер-министр Индии Нарендра Моди прибыл в Пекин. Министр торговли Китая Ли Ган сообщил, что соглашение готово. Индийский премьер сообщил, что визит продлится два дня.');
    assert.equal(by(list, 'сообщил', 'Индийский премьер').speaker, 'Нарендра Моди');
  });

  it('a generic title ("лидер") and "дипломат" too', () => {
    const list = ru('Президент Франции Эмманюэль Макрон посетил Берлин. Канцлер Германии Олаф Шольц заявил, что рад встрече. Французский лидер подчеркнул, что Европа должна быть едина.');
    assert.equal(by(list, 'подчеркнул').speaker, 'Эмманюэль Макрон');
    const d = by(ru('Глава МИД Египта Сами Шукри прибыл в Москву. Министр Сергей Лавров заявил, что переговоры прошли хорошо. Египетский дипломат отметил, что торговля растет.'), 'отметил');
    assert.equal(d.speaker, 'Сами Шукри');
  });

  it('with no one of that country, the title is not the last speaker', () => {
    const a = by(ru('Премьер-министр Индии Нарендра Моди заявил, что визит важен. Французский лидер добавил, что поддерживает переговоры.'), 'добавил');
    assert.notEqual(a.speaker, 'Нарендра Моди');
  });
});
