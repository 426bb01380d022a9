// A place with its own description before a pointer: "В медицинском штабе
// «Орбиты» эти сообщения опровергли" — the place speaks, the pointer brings
// back the claim before it.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

const CLAIM = 'Болельщики уверены, что вратарь играл с травмой.';
/** The claim attributed in CLAIM: what a pointer back denies. */
const CLAIMED = 'вратарь играл с травмой';

describe('Russian places before a pointer to the claim before', () => {
  it('an adjective and a quoted owner in the place: "В медицинском штабе «Вымпела» эти сведения опровергли"', () => {
    const a = by(ru(`${CLAIM} В медицинском штабе «Вымпела» эти сведения опровергли.`), 'опровергли');
    assert.equal(a.source, 'медицинском штабе «Вымпела»');
    assert.equal(a.content, CLAIMED);
  });

  it('the short place as before: "В штабе клуба эту информацию опровергли"', () => {
    assert.equal(by(ru(`${CLAIM} В штабе клуба эту информацию опровергли.`), 'опровергли').content, CLAIMED);
  });
});
