// A ministry named by the fields it covers has commas inside its name: "Министерство энергетики, промышленности
// и недропользования". The commas end no clause.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian ministries named by a list of fields', () => {
  it('keeps the whole name as the speaking place', () => {
    const a = by(ru('В Министерстве энергетики, промышленности и недропользования Казахстана подтвердили факт переговоров.'), 'подтвердили');
    assert.equal(a.speaker, 'Министерство энергетики, промышленности и недропользования Казахстана');
  });

  it('keeps the whole name as the subject', () => {
    const a = by(ru('Министерство цифрового развития, инноваций и аэрокосмической промышленности сообщило, что сбой устранён.'), 'сообщило');
    assert.equal(a.speaker, 'Министерство цифрового развития, инноваций и аэрокосмической промышленности');
  });
});
