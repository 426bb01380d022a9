// "Подозреваемый на допросах говорил, что …": an occasion in the plural after the subject says where, and is no part
// of the source, as "на заседании" is not.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian occasions in the plural after a subject', () => {
  it('keeps the occasion out of the source', () => {
    assert.equal(by(ru('Обвиняемый на допросах говорил, что невиновен.'), 'говорил').source, 'Обвиняемый');
    assert.equal(by(ru('Министр на совещаниях неоднократно заявлял, что тарифы не вырастут.'), 'заявлял').source, 'Министр');
  });
});
