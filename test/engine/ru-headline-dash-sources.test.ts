// A headline closing on a dash and its source: the source may be a quoted name ("— «Вектор»"), the claim's verb a short
// passive participle ("выставлены", "задержаны"), and a comma before the dash is no part of the claim.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian headline "claim — source"', () => {
  it('a quoted company name after the dash speaks', () => {
    const list = ru('В регионе вводят лимиты на воду — «Горводоканал»\n\nКомпания «Горводоканал» сообщила, что лимиты продлятся до осени.');
    const a = by(list, '—');
    assert.equal(a.speaker, 'Горводоканал');
    assert.equal(a.content, 'В регионе вводят лимиты на воду');
  });

  it('a short passive participle is the claim\'s verb; ", —" leaves the comma out', () => {
    const list = ru('Трое подозреваемых задержаны в Томске, — МВД\n\nВ МВД сообщили, что задержанным предъявлено обвинение.');
    const a = by(list, '—');
    assert.equal(a.speaker, 'МВД');
    assert.equal(a.content, 'Трое подозреваемых задержаны в Томске');
  });
});
