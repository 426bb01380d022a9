// English: a place set before the subject ("Outside court, …", "Near the
// scene, …") is the setting of the report, not part of who speaks; people
// described by it ("Outside experts, …") still are the subject.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: a place opening the sentence', () => {
  it('is no part of the subject after it', () => {
    const a = one('Outside court, the boy’s father, Greg Brooks, told reporters the sentence was too short.', 'told');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Greg Brooks');
    assert.equal(a.source, 'the boy’s father, Greg Brooks');
  });

  it('leaves "Outside experts" the subject', () => {
    const a = one('Outside experts, including Ann Hale, said the plan was weak.', 'said');
    assert.match(a.source ?? '', /^Outside experts/);
  });
});
