// A news site by its Latin domain is an outlet whatever its zone (.biz, .org, .lv …), so a later bare "издание" is that site.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: news sites by their domain', () => {
  it('"сайт Futbol.biz" … "По данным издания" → Futbol.biz', () => {
    const list = ru('Как сообщает сайт Futbol.biz со ссылкой на свои источники, тренер покинет клуб. По данным издания, контракт расторгнут.');
    assert.equal(by(list, 'По данным').speaker, 'Futbol.biz');
  });

  it('a .lv portal too', () => {
    const list = ru('Портал Baltnews.lv пишет, что театр закроют на ремонт. По данным издания, ремонт займёт год.');
    assert.equal(by(list, 'По данным').speaker, 'Baltnews.lv');
  });
});
