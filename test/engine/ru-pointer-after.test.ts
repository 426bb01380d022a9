// A pointer after the verb that closes the sentence ("Москва отвергла эти
// обвинения", "В Кремле опровергли эту информацию") brings back the claim before.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

const BEFORE = 'Газета пишет, что завод продадут до конца года.';
/** The claim attributed in BEFORE: what a denial pointing back denies. */
const CLAIMED = 'завод продадут до конца года';

describe('Russian pointers after the verb', () => {
  it('"В X опровергли эту информацию." disputes the claim of the sentence before', () => {
    const a = by(ru(`${BEFORE} В мэрии опровергли эту информацию.`), 'опровергли');
    assert.equal(a.speaker, 'мэрия');
    assert.equal(a.content, CLAIMED);
  });

  it('"X отвергла эти обвинения." — claim nouns beyond the usual pointers', () => {
    assert.equal(by(ru(`${BEFORE} Компания отвергла эти обвинения.`), 'отвергла').content, CLAIMED);
  });

  it('only a pointer that closes the sentence: "подтвердил эти данные на брифинге" is left as it was', () => {
    assert.notEqual(by(ru(`${BEFORE} Министр подтвердил эти данные на брифинге.`), 'подтвердил').content, BEFORE);
  });
});
