// The options page: the form is saved as the user changes it (storage.sync,
// which open tabs watch and apply at once); changes made elsewhere (another
// options tab, the popup's site menu) flow back into the form.
import type { Grade, Settings } from '../../shared/types.js';
import type { Translator } from '../i18n.js';
import { languageName, localizeDocument } from '../i18n.js';
import { PHRASE_LANGS, defaultSettings } from '../settings.js';
import type { ReadSettings, SettingsNotice } from '../settings.js';
import { h } from '../popup/dom.js';
import { fillForm, readForm } from './form.js';
import { BAND_PATTERNS, BAND_PIECE_ATTR, MARK_TAG, bandPieces, highlightsDrawLines, markCss } from '../../page/highlight-style.js';
import type { HighlightKind } from '../../page/highlight-style.js';
import type { CommandInfo } from '../popup/connector.js';

export interface OptionsStore {
  load(): Promise<ReadSettings>;
  save(s: Settings): Promise<void>;
  /** Calls back on changes made anywhere; returns an unsubscribe. */
  watch(cb: (r: ReadSettings) => void): () => void;
  /** The keyboard commands and their current shortcuts. */
  commands?(): Promise<CommandInfo[]>;
}

const COMMAND_KEYS: Record<string, string> = {
  'toggle-highlights': 'commandToggle', 'next-attribution': 'commandNext', 'previous-attribution': 'commandPrevious',
};

export interface OptionsPage {
  ready: Promise<void>;
  /** Pending saves done (tests). */
  flush(): Promise<void>;
  dispose(): void;
}

/** The preview sentence: [i18n key, highlight kind or null, grade it belongs to]. */
const PREVIEW: [string, HighlightKind | null, Grade | null][] = [
  ['previewNamed', 'named', 'person'], ['previewNamedCue', 'named', 'person'], ['previewClaim1', 'claim', 'person'],
  ['previewStop', null, null],
  ['previewAnon', 'anonymous', 'anonymous-described'], ['previewAnonCue', 'anonymous', 'anonymous-described'], ['previewClaim2', 'claim', 'anonymous-described'],
  ['previewStop', null, null],
  ['previewHedge', 'unattributed', 'unattributed'], ['previewClaim3', 'claim', 'unattributed'],
];

function capitalize(s: string, lang: string): string {
  return s ? s.charAt(0).toLocaleUpperCase(lang) + s.slice(1) : s;
}

export function noticeText(t: Translator, n: SettingsNotice): string {
  return n.field ? t(n.key, n.field) : t(n.key);
}

export function startOptions(doc: Document, store: OptionsStore, t: Translator, debounceMs = 400): OptionsPage {
  localizeDocument(doc, t);
  doc.documentElement.lang = t.lang;
  const form = doc.getElementById('form') as HTMLFormElement;
  const notices = doc.getElementById('notices')!;
  const saved = doc.getElementById('saved')!;
  const sitesError = doc.getElementById('sites-error')!;
  const preview = doc.getElementById('preview')!;
  // Firefox: "underlines" are drawn as band patterns; the style names and a note say so.
  const noLines = doc.getElementById('style-no-lines');
  if (noLines) noLines.hidden = highlightsDrawLines();
  if (!highlightsDrawLines()) {
    for (const key of ['style_default', 'style_underline_only']) {
      const label = doc.querySelector<HTMLElement>(`[data-i18n="${key}"]`);
      if (label) label.textContent = t(`${key}_bands`);
    }
  }
  const phrases = doc.getElementById('phrases')!;

  // One block per language: reporting verbs and anonymous-source phrases.
  phrases.replaceChildren(...PHRASE_LANGS.map((lang) => h(doc, 'div', { class: 'lang-block' },
    // A heading: capitalized ("Английский"), though Russian writes language names in lower case in running text.
    h(doc, 'h3', {}, capitalize(languageName(lang, t.lang, t), t.lang)),
    h(doc, 'div', { class: 'two' },
      h(doc, 'label', {}, h(doc, 'span', {}, t('optReportingVerbs')),
        h(doc, 'textarea', { name: `reportingVerbs-${lang}`, rows: 4, spellcheck: 'false', lang })),
      h(doc, 'label', {}, h(doc, 'span', {}, t('optAnonymousPhrases')),
        h(doc, 'textarea', { name: `anonymousPhrases-${lang}`, rows: 4, spellcheck: 'false', lang }))))));

  // The preview paints with the page layer's own fallback style sheet
  // (markCss), so it looks like the highlights on a page.
  const previewStyle = doc.createElement('style');
  // The spaces around a piece stay outside its mark: on a page, the space between
  // "Petrova" and "said", or after "said", is not highlighted either.
  preview.replaceChildren(previewStyle, ...PREVIEW.flatMap(([key, kind, grade]) => {
    if (!kind || !grade) return [t(key)];
    const [, before = '', text = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(t(key)) ?? [];
    const mark = doc.createElement(MARK_TAG);
    mark.dataset.kind = kind;
    mark.dataset.grade = grade;
    const pattern = highlightsDrawLines() ? null : BAND_PATTERNS[kind as HighlightKind];
    if (pattern) {
      // Where highlights draw no lines, the kind's pattern, as pages get it (bandPieces).
      let at = 0;
      for (const [a, b] of bandPieces(text, 0, text.length, pattern)) {
        if (a > at) mark.append(text.slice(at, a));
        mark.append(h(doc, 'span', { [BAND_PIECE_ATTR]: '' }, text.slice(a, b)));
        at = b;
      }
      if (at < text.length) mark.append(text.slice(at));
    } else mark.textContent = text;
    return [before, mark, after].filter((x) => x !== '');
  }));

  function updatePreview(s: Settings): void {
    preview.dataset.style = s.style;
    // As pages show highlights in this browser (Firefox draws no underlines in them).
    previewStyle.textContent = markCss(s.style, highlightsDrawLines());
    for (const mark of preview.querySelectorAll<HTMLElement>(MARK_TAG)) {
      mark.dataset.kinds = s.grades[mark.dataset.grade as Grade] ? mark.dataset.kind! : '';
    }
  }

  function showNotices(list: SettingsNotice[]): void {
    notices.replaceChildren(...list.map((n) => h(doc, 'p', { class: 'notice' }, noticeText(t, n))));
  }

  const shortcuts = doc.getElementById('shortcuts');
  if (shortcuts && store.commands) {
    void store.commands().then((list) => {
      shortcuts.replaceChildren(...list.filter((c) => COMMAND_KEYS[c.name]).flatMap((c) => [
        h(doc, 'dt', {}, c.shortcut ? h(doc, 'kbd', {}, c.shortcut) : t('optNoShortcut')),
        h(doc, 'dd', {}, t(COMMAND_KEYS[c.name]!)),
      ]));
    }, () => undefined);
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: Promise<void> = Promise.resolve();
  let lastWritten = '';

  function save(): void {
    const { settings, badSites } = readForm(form);
    updatePreview(settings);
    sitesError.textContent = badSites.length ? t('optBadSites', badSites.join(', ')) : '';
    const json = JSON.stringify(settings);
    if (json === lastWritten) return;
    lastWritten = json;
    pending = pending.then(() => store.save(settings)).then(
      () => {
        saved.textContent = t('optSaved');
        notices.replaceChildren(); // what was wrong has now been replaced
      },
      (e: unknown) => { saved.textContent = t('optSaveFailed', e instanceof Error ? e.message : String(e)); },
    );
  }

  function schedule(now: boolean): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (now) save();
    else timer = setTimeout(save, debounceMs);
  }

  const onChange = (e: Event) => schedule((e.target as HTMLElement).tagName !== 'TEXTAREA');
  const onInput = (e: Event) => {
    if ((e.target as HTMLElement).tagName === 'TEXTAREA') schedule(false);
    else updatePreview(readForm(form).settings);
  };
  form.addEventListener('change', onChange);
  form.addEventListener('input', onInput);
  form.addEventListener('submit', (e) => e.preventDefault());

  const reset = doc.getElementById('reset') as HTMLButtonElement;
  const onReset = () => {
    fillForm(form, defaultSettings());
    schedule(true);
  };
  reset.addEventListener('click', onReset);

  function apply(r: ReadSettings): void {
    lastWritten = JSON.stringify(r.settings);
    fillForm(form, r.settings);
    updatePreview(r.settings);
  }

  let unwatch: (() => void) | null = null;
  const ready = store.load().then((r) => {
    apply(r);
    showNotices(r.notices);
    unwatch = store.watch((next) => {
      // Do not overwrite what the user is typing; their save comes next.
      if (timer) return;
      if (JSON.stringify(next.settings) !== lastWritten) apply(next);
    });
  }, (e: unknown) => {
    apply({ settings: defaultSettings(), notices: [] });
    showNotices([{ key: 'settingsNoticeCorrupt' }]);
    console.error('whosaid: could not read settings', e);
  });

  return {
    ready,
    async flush() {
      if (timer) schedule(true);
      await pending;
    },
    dispose() {
      unwatch?.();
      if (timer) clearTimeout(timer);
      form.removeEventListener('change', onChange);
      form.removeEventListener('input', onInput);
      reset.removeEventListener('click', onReset);
    },
  };
}
