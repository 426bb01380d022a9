// Typed settings: one key in storage.sync, read → validate → migrate.
// Corrupt or old settings never crash anything: each bad field falls back to
// its default and a notice says so (the options page shows the notices).
//
// This module does not import the extension APIs itself, so it runs under
// Node tests; callers hand it a storage area (browser.storage.sync) or a fake.
import { DEFAULT_SETTINGS } from '../shared/types.js';
import type { Grade, HighlightStyle, Settings } from '../shared/types.js';

/** The storage key holding the settings object. */
export const SETTINGS_KEY = 'settings';
/** Bumped when the stored shape changes; migrate() knows every older version. */
export const SETTINGS_VERSION = 1;

/** Languages whose extra phrases the options page offers. */
export const PHRASE_LANGS = ['en', 'ru'] as const;
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['default', 'colorblind', 'underline-only'];
const GRADE_KEYS = Object.keys(DEFAULT_SETTINGS.grades) as Grade[];

/** Bounds keep one settings object within storage.sync's per-item quota (8 KB). */
export const LIMITS = { sites: 200, phrases: 100, phraseLength: 80, hostLength: 253 } as const;

/** What went wrong while reading, as i18n message keys (with one substitution: the field). */
export interface SettingsNotice {
  key: 'settingsNoticeCorrupt' | 'settingsNoticeField' | 'settingsNoticeMigrated' | 'settingsNoticeNewer';
  field?: string;
}

export interface ReadSettings {
  settings: Settings;
  notices: SettingsNotice[];
}

export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Lower-cased host name without a leading "www."; null when it is not a plausible host. */
export function normalizeHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  // Accept pasted URLs as well as bare hosts.
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try { s = new URL(s).hostname; } catch { return null; }
  }
  s = s.replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/^www\./, '').replace(/\.$/, '');
  if (!s || s.length > LIMITS.hostLength) return null;
  if (!/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*$/u.test(s)) return null;
  return s;
}

/** The site key of a page URL (http/https only), as stored in the always/never lists. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return normalizeHost(u.hostname);
  } catch {
    return null;
  }
}

/** True when host is the listed site or one of its subdomains. */
function hostMatches(host: string, listed: string): boolean {
  return host === listed || host.endsWith('.' + listed);
}

export type SiteMode = 'always' | 'never' | 'default';

/** The user's choice for the site of this URL; "never" wins over "always" when both match. */
export function siteMode(settings: Settings, url: string): SiteMode {
  const host = siteOf(url);
  if (!host) return 'default';
  if (settings.neverSites.some((s) => hostMatches(host, s))) return 'never';
  if (settings.alwaysSites.some((s) => hostMatches(host, s))) return 'always';
  return 'default';
}

/** Settings with this URL's site moved to the given list (and out of the other). */
export function withSiteMode(settings: Settings, url: string, mode: SiteMode): Settings {
  const host = siteOf(url);
  if (!host) return settings;
  const drop = (list: string[]) => list.filter((s) => !hostMatches(host, s));
  const next: Settings = { ...settings, alwaysSites: drop(settings.alwaysSites), neverSites: drop(settings.neverSites) };
  if (mode === 'always') next.alwaysSites = [...next.alwaysSites, host].slice(-LIMITS.sites);
  if (mode === 'never') next.neverSites = [...next.neverSites, host].slice(-LIMITS.sites);
  return next;
}

/** Should the content script analyze this page by itself? (Else only on request.) */
export function shouldAutoRun(settings: Settings, url: string, isArticle: boolean): boolean {
  const mode = siteMode(settings, url);
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  return settings.autoHighlight && isArticle;
}

function cleanHosts(v: unknown): string[] | null {
  if (!Array.isArray(v)) return null;
  const out: string[] = [];
  for (const x of v) {
    const h = typeof x === 'string' ? normalizeHost(x) : null;
    if (h && !out.includes(h)) out.push(h);
  }
  return out.slice(0, LIMITS.sites);
}

/** Phrases: trimmed, single-spaced, de-duplicated, bounded. */
export function cleanPhrases(v: unknown): string[] | null {
  if (!Array.isArray(v)) return null;
  const out: string[] = [];
  for (const x of v) {
    if (typeof x !== 'string') continue;
    const p = x.replace(/\s+/g, ' ').trim();
    if (p && p.length <= LIMITS.phraseLength && !out.includes(p)) out.push(p);
  }
  return out.slice(0, LIMITS.phrases);
}

/** Turns any stored value into valid Settings; every field that was wrong gets a notice. */
export function parseSettings(raw: unknown): ReadSettings {
  const notices: SettingsNotice[] = [];
  const settings = defaultSettings();
  if (raw === undefined || raw === null) return { settings, notices };
  if (!isObject(raw)) return { settings, notices: [{ key: 'settingsNoticeCorrupt' }] };

  const { value, migrated, newer } = migrate(raw);
  if (migrated) notices.push({ key: 'settingsNoticeMigrated' });
  if (newer) notices.push({ key: 'settingsNoticeNewer' });
  const bad = (field: string) => notices.push({ key: 'settingsNoticeField', field });

  if ('autoHighlight' in value) {
    if (typeof value.autoHighlight === 'boolean') settings.autoHighlight = value.autoHighlight;
    else bad('autoHighlight');
  }
  if ('grades' in value) {
    if (isObject(value.grades)) {
      const g = value.grades;
      for (const k of GRADE_KEYS) {
        if (!(k in g)) continue;
        if (typeof g[k] === 'boolean') settings.grades[k] = g[k] as boolean;
        else bad(`grades.${k}`);
      }
    } else bad('grades');
  }
  if ('style' in value) {
    if (HIGHLIGHT_STYLES.includes(value.style as HighlightStyle)) settings.style = value.style as HighlightStyle;
    else bad('style');
  }
  for (const field of ['alwaysSites', 'neverSites'] as const) {
    if (!(field in value)) continue;
    const hosts = cleanHosts(value[field]);
    if (hosts) settings[field] = hosts;
    else bad(field);
  }
  if ('extraPhrases' in value) {
    if (isObject(value.extraPhrases)) {
      for (const [lang, entry] of Object.entries(value.extraPhrases)) {
        if (!/^[a-z]{2,3}$/.test(lang) || !isObject(entry)) { bad(`extraPhrases.${lang}`); continue; }
        const reportingVerbs = cleanPhrases(entry.reportingVerbs ?? []);
        const anonymousPhrases = cleanPhrases(entry.anonymousPhrases ?? []);
        if (!reportingVerbs || !anonymousPhrases) bad(`extraPhrases.${lang}`);
        const rv = reportingVerbs ?? [];
        const ap = anonymousPhrases ?? [];
        if (rv.length || ap.length) settings.extraPhrases[lang] = { reportingVerbs: rv, anonymousPhrases: ap };
      }
    } else bad('extraPhrases');
  }
  return { settings, notices };
}

/**
 * Brings an older stored shape up to the current one. Version 1 is the first
 * shape; an object without `version` is read as version 1 field by field
 * (whatever does not validate falls back with a notice). A newer version
 * (written by a later Whosaid, then downgraded) is read the same way, with a
 * notice. Future shape changes add a step here.
 */
export function migrate(raw: Record<string, unknown>): { value: Record<string, unknown>; migrated: boolean; newer: boolean } {
  const version = typeof raw.version === 'number' ? raw.version : 0;
  if (version > SETTINGS_VERSION) return { value: raw, migrated: false, newer: true };
  if (version === SETTINGS_VERSION) return { value: raw, migrated: false, newer: false };
  // Unversioned: an empty object is just "nothing set yet".
  return { value: raw, migrated: Object.keys(raw).length > 0, newer: false };
}

/** What gets written: the current version and exactly the Settings fields. */
export function serializeSettings(s: Settings): Record<string, unknown> {
  return {
    version: SETTINGS_VERSION,
    autoHighlight: s.autoHighlight,
    grades: { ...s.grades },
    style: s.style,
    alwaysSites: [...s.alwaysSites],
    neverSites: [...s.neverSites],
    extraPhrases: structuredClone(s.extraPhrases),
  };
}

/** The engine's extraLexicon from the user's phrases (only languages with something in them). */
export function extraLexiconOf(s: Settings): Record<string, { reportingVerbs: string[]; anonymousPhrases: string[] }> {
  const out: Record<string, { reportingVerbs: string[]; anonymousPhrases: string[] }> = {};
  for (const [lang, e] of Object.entries(s.extraPhrases)) {
    if (e.reportingVerbs.length || e.anonymousPhrases.length) out[lang] = e;
  }
  return out;
}

/** The slice of browser.storage.StorageArea this module needs (a fake in tests). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The slice of browser.storage.onChanged this module needs. */
export interface StorageChangedEvent {
  addListener(cb: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void): void;
  removeListener(cb: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void): void;
}

export async function readSettings(area: SettingsArea): Promise<ReadSettings> {
  try {
    const got = await area.get(SETTINGS_KEY);
    return parseSettings(got[SETTINGS_KEY]);
  } catch {
    // Storage itself failed (sync disabled, profile trouble): run on defaults.
    return { settings: defaultSettings(), notices: [{ key: 'settingsNoticeCorrupt' }] };
  }
}

export async function writeSettings(area: SettingsArea, s: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: serializeSettings(s) });
}

/** Calls back with fresh settings whenever they change in the given area; returns an unsubscribe. */
export function watchSettings(
  onChanged: StorageChangedEvent,
  areaName: string,
  cb: (r: ReadSettings) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== areaName || !(SETTINGS_KEY in changes)) return;
    cb(parseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
