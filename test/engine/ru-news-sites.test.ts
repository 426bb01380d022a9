// News sites named by their Latin domain are outlets, and a later "портал" / "издание" means them.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian news sites by domain', () => {
  it('"Как сообщает Vesti.kg" is an outlet', () => {
    const a = by(ru('Как сообщает Vesti.kg, в Оше открыли новый мост.'), 'Как сообщает');
    assert.equal(a.grade, 'media');
    assert.equal(a.speaker, 'Vesti.kg');
  });

  it('a bare "портал" later is that site', () => {
    const a = by(ru('Как сообщает Vesti.kg, в Оше открыли новый мост. Ранее портал писал, что стройка затянулась.'), 'писал');
    assert.equal(a.speaker, 'Vesti.kg');
  });
});

describe('Russian one-word outlets the lists lack', () => {
  it('"Как пишет Armenpress" is an outlet, and "Издание" after it means it', () => {
    const list = ru('Как пишет Armenpress, инцидентов не было. Издание также сообщает, что переговоры продолжатся.');
    assert.equal(by(list, 'Как пишет').grade, 'media');
    assert.equal(by(list, 'сообщает').speaker, 'Armenpress');
  });

  it('"Как сообщает Apple" stays an organization', () => {
    assert.equal(by(ru('Как сообщает Apple, продажи выросли.'), 'Как сообщает').grade, 'organization');
  });
});
