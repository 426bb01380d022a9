// The options form ↔ Settings, both ways, pure DOM (no extension APIs), so
// it is tested under jsdom. Lists are edited as one entry per line.
import { DEFAULT_SETTINGS } from '../../shared/types.js';
import type { Grade, HighlightStyle, Settings } from '../../shared/types.js';
import { HIGHLIGHT_STYLES, PHRASE_LANGS, cleanPhrases, normalizeHost } from '../settings.js';

export interface FormRead {
  settings: Settings;
  /** Lines that were not site names, per list. */
  badSites: string[];
}

const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

function field<T extends Element>(form: HTMLFormElement, selector: string): T {
  const el = form.querySelector<T>(selector);
  if (!el) throw new Error(`options form: missing ${selector}`);
  return el;
}

export function readForm(form: HTMLFormElement): FormRead {
  const s = structuredClone(DEFAULT_SETTINGS);
  s.autoHighlight = field<HTMLInputElement>(form, 'input[name="autoHighlight"][value="auto"]').checked;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="grade"]')) s.grades[box.value as Grade] = box.checked;
  const style = form.querySelector<HTMLInputElement>('input[name="style"]:checked')?.value as HighlightStyle | undefined;
  s.style = style && HIGHLIGHT_STYLES.includes(style) ? style : 'default';
  const badSites: string[] = [];
  for (const name of ['alwaysSites', 'neverSites'] as const) {
    const out: string[] = [];
    for (const l of lines(field<HTMLTextAreaElement>(form, `textarea[name="${name}"]`).value)) {
      const h = normalizeHost(l);
      if (!h) badSites.push(l);
      else if (!out.includes(h)) out.push(h);
    }
    s[name] = out;
  }
  // A site in both lists: "never" wins, as siteMode() decides anyway.
  s.alwaysSites = s.alwaysSites.filter((h) => !s.neverSites.includes(h));
  s.extraPhrases = {};
  for (const lang of PHRASE_LANGS) {
    const rv = cleanPhrases(lines(field<HTMLTextAreaElement>(form, `textarea[name="reportingVerbs-${lang}"]`).value)) ?? [];
    const ap = cleanPhrases(lines(field<HTMLTextAreaElement>(form, `textarea[name="anonymousPhrases-${lang}"]`).value)) ?? [];
    if (rv.length || ap.length) s.extraPhrases[lang] = { reportingVerbs: rv, anonymousPhrases: ap };
  }
  return { settings: s, badSites };
}

export function fillForm(form: HTMLFormElement, s: Settings): void {
  field<HTMLInputElement>(form, `input[name="autoHighlight"][value="${s.autoHighlight ? 'auto' : 'manual'}"]`).checked = true;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="grade"]')) box.checked = s.grades[box.value as Grade] !== false;
  const style = form.querySelector<HTMLInputElement>(`input[name="style"][value="${s.style}"]`);
  if (style) style.checked = true;
  field<HTMLTextAreaElement>(form, 'textarea[name="alwaysSites"]').value = s.alwaysSites.join('\n');
  field<HTMLTextAreaElement>(form, 'textarea[name="neverSites"]').value = s.neverSites.join('\n');
  for (const lang of PHRASE_LANGS) {
    const e = s.extraPhrases[lang];
    field<HTMLTextAreaElement>(form, `textarea[name="reportingVerbs-${lang}"]`).value = (e?.reportingVerbs ?? []).join('\n');
    field<HTMLTextAreaElement>(form, `textarea[name="anonymousPhrases-${lang}"]`).value = (e?.anonymousPhrases ?? []).join('\n');
  }
}
