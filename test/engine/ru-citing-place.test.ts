// "Причину отмены в «Арт-Векторе» не назвали, сославшись на «…»": with no subject, the body named after "в" before the
// plural verb of the clause gives the reason it cites — quoted or not; a town is no body.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian citing gerunds after a place that acted', () => {
  it('a quoted reason after a body in a place, behind the object', () => {
    const a = by(ru('Матч перенесли. Причины переноса в «Металлурге» не раскрыли, сославшись на «внутренние обстоятельства клуба».'), 'сославшись на');
    assert.equal(a.speaker, 'Металлург');
    assert.equal(a.content, 'внутренние обстоятельства клуба');
  });
  it('an unquoted reason after a body opening the sentence', () => {
    const a = by(ru('В администрации причину не назвали, сославшись на тайну следствия.'), 'сославшись на');
    assert.equal(a.speaker, 'администрация');
  });
  it('a town is no body that cites', () => {
    assert.equal(ru('В Самаре дороги не чистили, сославшись на «нехватку техники».').length, 0);
  });
});
