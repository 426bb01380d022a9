// "Перед показом Петров рассказал, что …": a preposition phrase fronted before the speaker, then the speaker and the verb.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian speakers after a fronted occasion', () => {
  it('an instrumental in -ом after "перед" is the occasion\'s noun, and the name after it the subject', () => {
    const a = by(ru('Перед концертом Ветрова рассказала журналистам, что новый альбом выйдет весной.'), 'рассказала');
    assert.equal(a.source, 'Ветрова');
    assert.equal(a.content, 'новый альбом выйдет весной');
  });

  it('so is one after an adjective in -ым', () => {
    assert.equal(by(ru('Перед новым сезоном тренер заявил, что состав почти не изменится.'), 'заявил').source, 'тренер');
  });

  it('a first name and surname in the nominative after an occasion in the genitive are the subject', () => {
    assert.equal(by(ru('После матча Олег Круглов признался, что команда недооценила соперника.'), 'признался').source, 'Олег Круглов');
  });

  it('a surname alone in the nominative, right before the verb, is the subject too', () => {
    assert.equal(by(ru('После заседания Круглов сообщил, что жалобу подадут в понедельник.'), 'сообщил').source, 'Круглов');
  });
});
