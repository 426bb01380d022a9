// "Коллега актрисы Гурам Натадзе": a title, its genitive owner, then a name no lexicon lists.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian unlisted names after a title and its owner', () => {
  it('"Коллега актрисы Гурам Натадзе вспоминает" is Гурам Натадзе', () => {
    assert.equal(by(ru('Коллега актрисы Гурам Натадзе вспоминает, что она знала все роли.'), 'вспоминает').speaker, 'Гурам Натадзе');
  });

  it('"Тренер команды Вахтанг Гелашвили" too', () => {
    assert.equal(by(ru('Тренер команды Вахтанг Гелашвили заявил, что игроки устали.'), 'заявил').speaker, 'Вахтанг Гелашвили');
  });
});
