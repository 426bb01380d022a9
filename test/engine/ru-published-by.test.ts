// "в заявлении X, распространённом агентством Y": the publisher named as the agent of a publishing participle after a
// document's source is a second entry, with the participle as cue and the document's claim.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian publishers of a document', () => {
  it('the agent of "распространённом"/"опубликованном" gives a second entry with the same claim', () => {
    const list = ru('Как говорится в заявлении минобороны Армении, распространённом агентством «Арменпресс», учения продлятся неделю.');
    const p = by(list, 'распространённом');
    assert.equal(p.speaker, 'Арменпресс');
    assert.equal(p.content, 'учения продлятся неделю');
    assert.equal(by(list, 'Как говорится в').content, 'учения продлятся неделю');
  });
  it('a participle of anything else adds nothing', () => {
    assert.equal(ru('Как говорится в заявлении минобороны Армении, подписанном министром Ароном Пашяном, учения продлятся неделю.').filter((x) => x.cue === 'подписанном').length, 0);
  });
});
