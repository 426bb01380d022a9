// "«…», — сказала местному телеканалу Анна Петрова": an adjective before the addressee belongs to it; the name after is the
// inverted subject.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian addressees with an adjective before an inverted subject', () => {
  it('"местному телеканалу"', () => {
    const a = by(ru('«Они ловили кильку», — сказала местному телеканалу Анна Петрова.'), 'сказала местному телеканалу');
    assert.equal(a.speaker, 'Анна Петрова');
  });

  it('"иностранным журналистам"', () => {
    const a = by(ru('«Они ловили кильку», — сказала иностранным журналистам Анна Петрова.'), 'сказала иностранным журналистам');
    assert.equal(a.speaker, 'Анна Петрова');
  });
});
