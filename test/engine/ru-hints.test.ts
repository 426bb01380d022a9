// "дал понять, что …": a body or a person hinting at a claim reports it; "понять"
// after any other verb ("хотел понять, что происходит") reports nothing.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian hints: "дать понять, что …"', () => {
  it('"X дал понять, что …" and its other forms report X\'s claim, with both words as the cue', () => {
    const a = by(ru('Губернатор дал понять, что бюджет на ремонт урежут.'), 'дал понять');
    assert.equal(a.source, 'Губернатор');
    assert.equal(a.content, 'бюджет на ремонт урежут');
    assert.equal(by(ru('В министерстве дали понять, что реформу отложат.'), 'дали понять').speaker, 'министерство');
    assert.equal(by(ru('Тренер дает понять, что состав не изменится.'), 'дает понять').content, 'состав не изменится');
  });

  it('after a coordinating "но": "сохранил ставку, но дал понять, что …"', () => {
    const a = by(ru('Совет директоров сохранил дивиденды, но дал понять, что выплаты могут сократить.'), 'дал понять');
    assert.equal(a.content, 'выплаты могут сократить');
  });

  it('"понять" after another verb is no report', () => {
    assert.equal(ru('Он хотел понять, что происходит на заводе.').length, 0);
    assert.equal(ru('Следователи пытаются понять, что произошло.').length, 0);
  });
});
