// "…, сообщает Deadline. Американское издание назвало …": a Latin-script name that reports in the present after the claim is an
// outlet, which a later "издание" means.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: "…, сообщает <Latin name>" as an outlet', () => {
  it('a later described "издание" is that name', () => {
    const list = ru('Фильм получил приз в Берлине, сообщает Screendaily. Британское издание назвало ленту смелой.');
    assert.equal(by(list, 'назвало').speaker, 'Screendaily');
  });
});
