// English module options and mixed-language text.
import assert from 'node:assert/strict';
import { analyze } from '../../src/engine/index.js';

describe('English: options and mixed text', () => {
  it('takes extra reporting verbs from the user’s settings', () => {
    const t = 'Maria Lopez opined that the bridge was unsafe.';
    assert.equal(analyze(t, { lang: 'en' }).attributions.length, 0);
    const a = analyze(t, { lang: 'en', extraLexicon: { en: { reportingVerbs: ['opined'] } } }).attributions;
    assert.equal(a.length, 1);
    assert.equal(a[0]!.speaker, 'Maria Lopez');
  });

  it('takes extra anonymous-source phrases from the user’s settings', () => {
    const t = 'Hallway voices said the vote would slip.';
    assert.equal(analyze(t, { lang: 'en' }).attributions.length, 0);
    const a = analyze(t, { lang: 'en', extraLexicon: { en: { anonymousPhrases: ['hallway voices'] } } }).attributions;
    assert.equal(a.length, 1);
    assert.equal(a[0]!.kind, 'anonymous');
  });

  it('finds English and Russian attributions sentence by sentence in one text', () => {
    const t = 'Officials said the talks had failed.\n\nПо словам министра, переговоры сорвались.\n\nMaria Lopez told reporters the plan was dead.';
    const r = analyze(t);
    const en = r.attributions.filter((a) => a.lang === 'en');
    assert.equal(en.length, 2);
    assert.deepEqual(en.map((a) => a.kind), ['anonymous', 'named']);
    assert.ok(r.langs.en! > 0 && r.langs.ru! > 0);
  });
});
