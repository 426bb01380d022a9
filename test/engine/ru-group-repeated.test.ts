// "Хакеры заявили …" (a headline read as the named group of the lead) ¶ "… хакеры опубликовали …, по их утверждению, …":
// the same group noun later in the text is the same named group.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

const HEAD = 'Активисты заявили о захвате сервера мэрии\n\nГруппировка, называющая себя Grey Owl, заявила о захвате сервера мэрии Лесногорска.';

describe('Russian group nouns repeated after a named group', () => {
  it('a pronoun pointing back to the same group noun is the named group', () => {
    const list = ru(`${HEAD} Позже активисты выложили таблицы, в которых, по их утверждению, есть адреса чиновников.`);
    const a = by(list, 'по их утверждению');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Grey Owl');
  });

  it('the same group noun as a subject is the named group', () => {
    const list = ru(`${HEAD} Активисты утверждают, что мэрия скрывает расходы.`);
    const a = by(list, 'утверждают');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Grey Owl');
  });

  it('another group noun stays unnamed', () => {
    const list = ru(`${HEAD} Жители утверждают, что мэрия скрывает расходы.`);
    assert.equal(by(list, 'утверждают').kind, 'anonymous');
  });
});
