// A named body's specialists speak for it, and "их" after them means it; people after a place's name are an object.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian specialists of a named body', () => {
  it('"Специалисты ТОО «Казселезащита» предупредили" is the company, and "По их оценке" too', () => {
    const list = ru('Специалисты ТОО «Казселезащита» предупредили о риске селей. По их оценке, опасность сохранится до июня.');
    assert.equal(by(list, 'предупредили').speaker, 'ТОО «Казселезащита»');
    assert.equal(by(list, 'По их оценке').speaker, 'ТОО «Казселезащита»');
  });

  it('"В акимате Алматы жителей призвали" keeps "жителей" out of the place', () => {
    assert.equal(by(ru('В акимате Алматы жителей призвали не выезжать в горы.'), 'призвали').source, 'акимате Алматы');
  });
});
