// A person the article names by first name alone, after a word for who they are ("студент Давит", "пенсионерка Анна"),
// is named (FORMAT: a person by name); the first name is the speaker. Caucasian first names are names too.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian people named by first name alone', () => {
  it('"— говорит студентка Мария": named, speaker the first name', () => {
    const a = by(ru('«Сессию перенесли на неделю», — говорит студентка Мария.'), 'говорит');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Мария');
  });

  it('an Armenian first name after the noun ("водитель Ашот")', () => {
    const a = by(ru('«Бензин опять подорожал», — жалуется водитель Ашот.'), 'жалуется');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Ашот');
  });

  it('a place between the noun and the name ("Жительница Бишкека Анна")', () => {
    const a = by(ru('Жительница Бишкека Анна рассказала, что автобус не пришёл.'), 'рассказала');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Анна');
  });

  it('after "по словам" both stand in the genitive: "пенсионерки Галины" is Галина', () => {
    const a = by(ru('По словам пенсионерки Галины, в доме третий день нет воды.'), 'По словам');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Галина');
  });

  it('without a name the noun stays anonymous', () => {
    assert.equal(by(ru('«Сессию перенесли на неделю», — говорит студентка.'), 'говорит').kind, 'anonymous');
  });

  it('a Georgian or Azerbaijani first name with a surname is a full name ("Гиорги Беридзе")', () => {
    assert.equal(by(ru('Тренер Гиорги Беридзе заявил, что команда готова.'), 'заявил').speaker, 'Гиорги Беридзе');
  });
});
