import { strict as assert } from 'node:assert';
import { startOptions } from '../../src/extension/options/app.js';
import type { OptionsStore } from '../../src/extension/options/app.js';
import { defaultSettings, parseSettings, serializeSettings } from '../../src/extension/settings.js';
import type { ReadSettings } from '../../src/extension/settings.js';
import type { Settings } from '../../src/shared/types.js';
import { loadPage, settle, translator } from './dom.js';

class FakeStore implements OptionsStore {
  saved: Settings[] = [];
  listeners: ((r: ReadSettings) => void)[] = [];
  constructor(public stored: unknown) {}
  async load() { return parseSettings(this.stored); }
  async save(s: Settings) { this.saved.push(structuredClone(s)); this.stored = serializeSettings(s); }
  watch(cb: (r: ReadSettings) => void) { this.listeners.push(cb); return () => undefined; }
  /** Another tab or the popup changed the settings. */
  external(s: Settings) { this.stored = serializeSettings(s); for (const l of this.listeners) l(parseSettings(this.stored)); }
}

async function open(stored: unknown, lang: 'en' | 'ru' = 'en') {
  const doc = loadPage('src/extension/options/options.html');
  const store = new FakeStore(stored);
  const page = startOptions(doc, store, translator(lang), 5);
  await page.ready;
  const form = doc.getElementById('form') as HTMLFormElement;
  const input = (sel: string) => form.querySelector<HTMLInputElement>(sel)!;
  const area = (name: string) => form.querySelector<HTMLTextAreaElement>(`textarea[name="${name}"]`)!;
  const change = (el: HTMLElement) => el.dispatchEvent(new doc.defaultView!.Event('change', { bubbles: true }));
  const type = (el: HTMLTextAreaElement, v: string) => { el.value = v; el.dispatchEvent(new doc.defaultView!.Event('input', { bubbles: true })); };
  return { doc, store, page, form, input, area, change, type };
}

describe('options page', () => {
  it('shows the stored settings', async () => {
    const s = defaultSettings();
    s.autoHighlight = false; s.grades.media = false; s.style = 'colorblind'; s.alwaysSites = ['meduza.io'];
    s.extraPhrases = { ru: { reportingVerbs: ['поведал'], anonymousPhrases: [] } };
    const { input, area } = await open(serializeSettings(s));
    assert.equal(input('input[name="autoHighlight"][value="manual"]').checked, true);
    assert.equal(input('input[name="grade"][value="media"]').checked, false);
    assert.equal(input('input[name="grade"][value="person"]').checked, true);
    assert.equal(input('input[name="style"][value="colorblind"]').checked, true);
    assert.equal(area('alwaysSites').value, 'meduza.io');
    assert.equal(area('reportingVerbs-ru').value, 'поведал');
  });

  it('switching a grade off is saved at once', async () => {
    const { input, change, store } = await open(undefined);
    const box = input('input[name="grade"][value="unattributed"]');
    box.checked = false;
    change(box);
    await settle();
    assert.equal(store.saved.length, 1);
    assert.equal(store.saved[0]!.grades.unattributed, false);
    assert.equal(store.saved[0]!.grades.person, true);
  });

  it('the preview follows the style and the grades live, painted with the page layer\'s style sheet', async () => {
    const { doc, input, change } = await open(undefined);
    const preview = doc.getElementById('preview')!;
    const css = () => preview.querySelector('style')!.textContent!;
    const kinds = (grade: string) => [...preview.querySelectorAll<HTMLElement>(`[data-grade="${grade}"]`)].map((m) => m.dataset.kinds);
    assert.equal(preview.dataset.style, 'default');
    assert.match(preview.textContent!, /Minister Anna Petrova said/);
    assert.deepEqual(kinds('person'), ['named', 'named', 'claim']);
    const before = css();
    const cb = input('input[name="style"][value="colorblind"]');
    cb.checked = true;
    change(cb);
    assert.equal(preview.dataset.style, 'colorblind');
    assert.notEqual(css(), before);
    assert.match(css(), /whosaid-mark\[data-kinds~="anonymous"\]/);
    const g = input('input[name="grade"][value="unattributed"]');
    g.checked = false;
    change(g);
    assert.deepEqual(kinds('unattributed'), ['', '']);
    assert.deepEqual(kinds('person'), ['named', 'named', 'claim']);
  });

  it('the preview highlights words, not the spaces around them (as on a page)', async () => {
    for (const lang of ['en', 'ru'] as const) {
      const { doc } = await open(undefined, lang);
      const preview = doc.getElementById('preview')!;
      const marks = [...preview.querySelectorAll('whosaid-mark')].map((m) => m.textContent!);
      assert.ok(marks.length >= 8);
      for (const m of marks) assert.equal(m, m.trim(), `${lang}: mark "${m}"`);
      // The sentence reads the same.
      assert.match(preview.textContent!, lang === 'en' ? /Minister Anna Petrova said the talks/ : /Министр Анна Петрова заявила, что переговоры/);
    }
  });

  it('in Firefox (no lines in highlights) the preview draws the band patterns and a note says why there are no underlines', async () => {
    const g = globalThis as { __BROWSER__?: string };
    g.__BROWSER__ = 'firefox';
    try {
      const { doc } = await open(undefined);
      assert.equal(doc.getElementById('style-no-lines')!.hidden, false);
      assert.match(doc.getElementById('style-no-lines')!.textContent!, /no underlines/);
      // The style names say what is drawn: patterns, not underlines.
      const names = [...doc.querySelectorAll('input[name="style"] + span')].map((s) => s.textContent);
      assert.deepEqual(names, ['Colours and patterns', 'Colour-blind safe', 'Patterns only']);
      const anon = doc.querySelector('whosaid-mark[data-kind="anonymous"]')!;
      assert.ok(anon.querySelectorAll('[data-band]').length > 1);
      assert.match(doc.querySelector('#preview style')!.textContent!, /\[data-band\]/);
      assert.match(doc.getElementById('preview')!.textContent!, /Minister Anna Petrova said the talks/);
    } finally {
      delete g.__BROWSER__;
    }
    const { doc } = await open(undefined);
    assert.equal(doc.getElementById('style-no-lines')!.hidden, true);
    assert.deepEqual([...doc.querySelectorAll('input[name="style"] + span')].map((s) => s.textContent), ['Colours and underlines', 'Colour-blind safe', 'Underlines only']);
    assert.equal(doc.querySelectorAll('#preview [data-band]').length, 0);
  });

  it('site lists: typed hosts and URLs are normalized, junk is pointed out, "never" wins', async () => {
    const { doc, area, type, store, page } = await open(undefined);
    type(area('alwaysSites'), 'https://www.rbc.ru/politics\nexample.org\nnot a site');
    type(area('neverSites'), 'Example.org');
    await page.flush();
    const last = store.saved.at(-1)!;
    assert.deepEqual(last.alwaysSites, ['rbc.ru']);
    assert.deepEqual(last.neverSites, ['example.org']);
    assert.match(doc.getElementById('sites-error')!.textContent!, /not a site/);
  });

  it('extra phrases per language are saved for the engine', async () => {
    const { area, type, store, page } = await open(undefined);
    type(area('anonymousPhrases-en'), 'a person briefed on the plans\n\n  a person briefed on the plans ');
    type(area('reportingVerbs-ru'), 'поведал');
    await page.flush();
    assert.deepEqual(store.saved.at(-1)!.extraPhrases, {
      en: { reportingVerbs: [], anonymousPhrases: ['a person briefed on the plans'] },
      ru: { reportingVerbs: ['поведал'], anonymousPhrases: [] },
    });
  });

  it('reset restores the defaults', async () => {
    const s = defaultSettings(); s.style = 'underline-only'; s.grades.person = false;
    const { doc, store, input } = await open(serializeSettings(s));
    (doc.getElementById('reset') as HTMLButtonElement).click();
    await settle();
    assert.deepEqual(store.saved.at(-1), defaultSettings());
    assert.equal(input('input[name="grade"][value="person"]').checked, true);
  });

  it('a failed save (storage quota) is shown, not thrown', async () => {
    const { doc, input, change, store, page } = await open(undefined);
    store.save = () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const box = input('input[name="grade"][value="media"]');
    box.checked = false;
    change(box);
    await page.flush();
    assert.match(doc.getElementById('saved')!.textContent!, /Could not save: QUOTA_BYTES_PER_ITEM/);
  });

  it('corrupt settings: defaults with a notice, no crash', async () => {
    const { doc, input } = await open('{{{not json');
    assert.match(doc.getElementById('notices')!.textContent!, /could not be read/);
    assert.equal(input('input[name="autoHighlight"][value="auto"]').checked, true);
  });

  it('a bad field is named in the notice', async () => {
    const { doc } = await open({ version: 1, style: 42 });
    assert.match(doc.getElementById('notices')!.textContent!, /“style” was not valid/);
  });

  it('changes made elsewhere (the popup\'s site menu) show up in the form', async () => {
    const { store, area } = await open(undefined);
    const s = defaultSettings(); s.neverSites = ['lenta.ru'];
    store.external(s);
    assert.equal(area('neverSites').value, 'lenta.ru');
  });

  it('is in Russian for a Russian browser', async () => {
    const { doc } = await open(undefined, 'ru');
    assert.equal(doc.querySelector('legend')!.textContent, 'Когда подсвечивать');
    assert.match(doc.getElementById('preview')!.textContent!, /Министр Анна Петрова заявила/);
    // Headings: capitalized, though the language names are lower case in running text ("Язык: русский").
    assert.deepEqual([...doc.querySelectorAll('#phrases h3')].map((h) => h.textContent), ['Английский', 'Русский']);
  });

  it('lists the keyboard shortcuts, saying which are not set', async () => {
    const doc = loadPage('src/extension/options/options.html');
    const store = Object.assign(new FakeStore(undefined), {
      commands: async () => [
        { name: 'toggle-highlights', description: '', shortcut: 'Alt+Shift+H' },
        { name: 'next-attribution', description: '', shortcut: '' },
        { name: '_execute_action', description: '', shortcut: 'Alt+Shift+P' },
      ],
    });
    await startOptions(doc, store, translator(), 5).ready;
    await settle();
    const rows = [...doc.querySelectorAll('#shortcuts dt')].map((dt) => `${dt.textContent} ${dt.nextElementSibling!.textContent}`);
    assert.deepEqual(rows, ['Alt+Shift+H Turn highlights on or off on this page', 'not set Go to the next attribution']);
  });

  it('every form control has a label', async () => {
    const { form } = await open(undefined);
    for (const el of form.querySelectorAll('input, textarea')) {
      const label = el.closest('label');
      assert.ok(label && label.textContent!.trim(), `unlabelled: ${el.outerHTML}`);
    }
  });
});
