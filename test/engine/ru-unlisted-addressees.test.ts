// "— рассказал Азия-Плюс житель столицы": an unlisted outlet between the verb and a person noun is whom he told;
// "Агентство по гидрометеорологии": a field in -ии after a body.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian unlisted addressees and fields in -ии', () => {
  it('the person noun after an unlisted capitalised name is the source', () => {
    const a = by(ru('«Света нет по шесть часов», — рассказал Хабарлар житель столицы.'), 'рассказал Хабарлар');
    assert.equal(a.source, 'житель столицы');
    assert.equal(a.kind, 'anonymous');
  });

  it('"Агентство по гидрометеорологии" keeps its field', () => {
    const a = by(ru('Агентство по гидрометеорологии предупредило, что ожидается жара.'), 'предупредило');
    assert.equal(a.source, 'Агентство по гидрометеорологии');
    assert.equal(a.grade, 'organization');
  });
});
