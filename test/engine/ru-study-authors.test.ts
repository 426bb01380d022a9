// "Авторы работы уверены …" after "К такому выводу пришли специалисты Института …": the authors of the study just
// reported are the body whose study it is.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian authors of a reported study', () => {
  it('names the body whose study it is', () => {
    const list = ru('Ледник тает быстрее, чем считалось. К такому выводу пришли специалисты Тянь-Шаньского института горной гидрологии. ' +
      'Их оппоненты сомневаются в точности замеров. Авторы работы, однако, уверены, что ошибка исключена.');
    const a = by(list, 'уверены');
    assert.equal(a.kind, 'named');
    assert.equal(a.source, 'Авторы работы');
    assert.equal(a.speaker, 'Тянь-Шаньский институт горной гидрологии');
  });
});
