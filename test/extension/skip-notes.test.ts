// The popup's "left out of the analysis" notes speak the UI language: every
// reason the page layer can give is worded through _locales, in English and Russian.
import { strict as assert } from 'node:assert';
import { JSDOM } from 'jsdom';
import { emptyPageState, englishSkipNote, type PageState, type SkipNote } from '../../src/shared/types.js';
import { renderState, skipNoteText } from '../../src/extension/popup/render.js';
import { TextModel } from '../../src/page/text-model.js';
import { translator } from './dom.js';

/** One note of every reason (the switch in skipNoteText must cover them all: tsc checks that). */
const EVERY: SkipNote[] = [{ reason: 'char-limit', limit: 500_000 }, { reason: 'hidden', count: 3 }];

function render(lang: 'en' | 'ru', state: PageState): string[] {
  const doc = new JSDOM('<!doctype html><body></body>').window.document;
  const el = renderState({ doc, t: translator(lang), open: new Set() }, state);
  return [...el.querySelectorAll('ul.skipped li')].map((li) => li.textContent ?? '');
}

describe('popup skip notes', () => {
  it('every reason has a message in both languages (no key shown, no English in Russian)', () => {
    for (const n of EVERY) {
      const en = skipNoteText(translator('en'), n);
      const ru = skipNoteText(translator('ru'), n);
      assert.doesNotMatch(en, /^skipped/, `en: ${en}`);
      assert.doesNotMatch(ru, /^skipped/, `ru: ${ru}`);
      assert.doesNotMatch(ru, /[A-Za-z]/, `ru note has Latin letters: ${ru}`);
      assert.match(ru, /[А-Яа-я]/);
    }
  });

  it('the character limit is a formatted number in the UI language', () => {
    const n: SkipNote = { reason: 'char-limit', limit: 500_000 };
    assert.equal(skipNoteText(translator('en'), n), 'Text beyond the first 500,000 characters');
    assert.equal(skipNoteText(translator('ru'), n), `Текст после первых ${(500_000).toLocaleString('ru')} символов`);
  });

  it('hidden elements take the plural form', () => {
    assert.equal(skipNoteText(translator('en'), { reason: 'hidden', count: 1 }), '1 hidden or boilerplate element');
    assert.equal(skipNoteText(translator('ru'), { reason: 'hidden', count: 2 }), '2 скрытых или служебных элемента');
    assert.equal(skipNoteText(translator('ru'), { reason: 'hidden', count: 5 }), '5 скрытых или служебных элементов');
  });

  it('a finished analysis with nothing found lists the notes in Russian', () => {
    const state: PageState = { ...emptyPageState('https://example.ru/', 't'), state: 'done', chars: 500_000, skipped: EVERY.map(englishSkipNote), skipNotes: EVERY };
    const ru = render('ru', state);
    assert.equal(ru.length, 2);
    for (const line of ru) assert.doesNotMatch(line, /[A-Za-z]/, line);
    assert.deepEqual(render('en', state), EVERY.map((n) => skipNoteText(translator('en'), n)));
  });

  it('the text model reports a cut as data, and the English string follows from it', () => {
    const doc = new JSDOM('<!doctype html><body><article><p>Twenty characters ab.</p><p>More text after the cut.</p></article></body>').window.document;
    const m = TextModel.build([doc.querySelector('article')!], { maxChars: 15 });
    assert.deepEqual(m.skipNotes, [{ reason: 'char-limit', limit: 15 }]);
    assert.deepEqual(m.skipped, ['text beyond 15 characters']);
    assert.equal(skipNoteText(translator('ru'), m.skipNotes[0]!), 'Текст после первых 15 символов');
  });
});
