// "…, утверждают учёные" / "… — разработчики" in a headline, then the text reports a named body's study: those researchers are that body.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian researchers in a headline', () => {
  it('"учёные" in the headline are the body whose study the text reports', () => {
    const list = ru('Новый сплав выдерживает 3000 градусов, утверждают учёные\n\nСплав выдержал нагрев в печи. К такому выводу пришли специалисты Уральского института металлургии.');
    const a = by(list, 'утверждают');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Уральский институт металлургии');
  });

  it('"— разработчики" closing the headline too', () => {
    const list = ru('Новая вакцина защитила 90% привитых — разработчики\n\nУральский центр иммунологии сообщил о завершении испытаний. Вакцина защитила 90% участников, говорится в препринте исследования.');
    assert.equal(by(list, '—').speaker, 'Уральский центр иммунологии');
  });

  it('with no study reported they stay unnamed', () => {
    assert.equal(by(ru('Зима будет тёплой, считают учёные\n\nСиноптики ждут оттепели.'), 'считают').kind, 'anonymous');
  });
});
