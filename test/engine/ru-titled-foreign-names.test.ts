// "Посол Египта Хазем Фахми провел пресс-конференцию. … Как он отметил, …": a foreign first name no lexicon lists, after
// a title and before a past verb, names a person the later pronoun may mean; the verb tells the gender.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a titled foreign name before a past verb', () => {
  it('a pronoun two sentences later means that person, not one named earlier', () => {
    const a = by(ru('Премьер-министр Чехии Петр Фиала посетил Киев. Визит не анонсировался. Посол Египта Хазем Фахми провел пресс-конференцию. ' +
      'Журналисты задали много вопросов. Как он отметил, торговля растет.'), 'отметил');
    assert.equal(a.speaker, 'Хазем Фахми');
  });

  it('a woman by the verb\'s ending', () => {
    const a = by(ru('Министр Пётр Волков открыл форум. Посол Канады Мелани Жоли провела встречу с бизнесом. Зал был полон. По ее словам, инвестиции вырастут.'), 'По ее словам');
    assert.equal(a.speaker, 'Мелани Жоли');
  });
});
