// "С ним не согласна аналитик Наталья Ли: курс стабилизируется в январе": an unquoted view after agreeing or not.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian views after agreeing or disagreeing and a colon', () => {
  it('an unquoted clause after the colon is the named person\'s', () => {
    const a = by(ru('Экономист Иван Петров считает, что курс упадет. С ним не согласна аналитик Наталья Ли: курс стабилизируется в январе.'), ':');
    assert.equal(a.speaker, 'Наталья Ли');
    assert.equal(a.content, 'курс стабилизируется в январе');
    assert.equal(a.direct, false);
  });

  it('no agreeing, no attribution of an unquoted clause', () => {
    assert.equal(ru('На встречу пришел аналитик Наталья Ли: зал был полон.').filter((x) => x.cue === ':').length, 0);
  });
});
