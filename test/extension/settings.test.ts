import { strict as assert } from 'node:assert';
import { DEFAULT_SETTINGS } from '../../src/shared/types.js';
import {
  SETTINGS_KEY, SETTINGS_VERSION, LIMITS, parseSettings, serializeSettings, readSettings, writeSettings,
  watchSettings, siteMode, withSiteMode, shouldAutoRun, normalizeHost, siteOf, extraLexiconOf,
} from '../../src/extension/settings.js';
import type { SettingsArea, StorageChangedEvent } from '../../src/extension/settings.js';

function memoryArea(initial: Record<string, unknown> = {}): SettingsArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(key) { return key in data ? { [key]: structuredClone(data[key]) } : {}; },
    async set(items) { Object.assign(data, structuredClone(items)); },
  };
}

describe('settings: reading', () => {
  it('nothing stored gives the defaults and no notice', () => {
    const r = parseSettings(undefined);
    assert.deepEqual(r.settings, DEFAULT_SETTINGS);
    assert.deepEqual(r.notices, []);
  });

  it('a stored value that is not an object falls back to defaults with a "corrupt" notice', () => {
    for (const raw of ['garbage', 42, [1, 2], true]) {
      const r = parseSettings(raw);
      assert.deepEqual(r.settings, DEFAULT_SETTINGS);
      assert.deepEqual(r.notices.map((n) => n.key), ['settingsNoticeCorrupt']);
    }
  });

  it('each invalid field falls back alone and is named in a notice; valid fields are kept', () => {
    const r = parseSettings({
      version: SETTINGS_VERSION, autoHighlight: 'yes', style: 'neon', grades: { person: false, media: 'no' },
      alwaysSites: ['Example.COM', 'www.bbc.co.uk', 'not a host!'], neverSites: 'x',
    });
    assert.equal(r.settings.autoHighlight, true);
    assert.equal(r.settings.style, 'default');
    assert.equal(r.settings.grades.person, false);
    assert.equal(r.settings.grades.media, true);
    assert.deepEqual(r.settings.alwaysSites, ['example.com', 'bbc.co.uk']);
    assert.deepEqual(r.settings.neverSites, []);
    assert.deepEqual(r.notices.map((n) => n.field).sort(), ['autoHighlight', 'grades.media', 'neverSites', 'style']);
  });

  it('an unversioned object is read field by field with a "migrated" notice', () => {
    const r = parseSettings({ autoHighlight: false, style: 'colorblind' });
    assert.equal(r.settings.autoHighlight, false);
    assert.equal(r.settings.style, 'colorblind');
    assert.deepEqual(r.notices.map((n) => n.key), ['settingsNoticeMigrated']);
  });

  it('settings from a newer version are read as far as they validate, with a notice', () => {
    const r = parseSettings({ version: SETTINGS_VERSION + 1, autoHighlight: false, futureField: 1 });
    assert.equal(r.settings.autoHighlight, false);
    assert.deepEqual(r.notices.map((n) => n.key), ['settingsNoticeNewer']);
  });

  it('extra phrases are trimmed, de-duplicated and bounded; bad languages are dropped', () => {
    const long = 'x'.repeat(LIMITS.phraseLength + 1);
    const r = parseSettings({
      version: 1,
      extraPhrases: {
        ru: { reportingVerbs: ['  поведал ', 'поведал', long, 7], anonymousPhrases: ['собеседник  агентства'] },
        'EN-us!': { reportingVerbs: ['quipped'] },
      },
    });
    assert.deepEqual(r.settings.extraPhrases, { ru: { reportingVerbs: ['поведал'], anonymousPhrases: ['собеседник агентства'] } });
    assert.deepEqual(r.notices.map((n) => n.field), ['extraPhrases.EN-us!']);
  });

  it('a round trip through serialize and parse is lossless and notice-free', () => {
    const s = structuredClone(DEFAULT_SETTINGS);
    s.autoHighlight = false; s.grades.unattributed = false; s.style = 'underline-only';
    s.alwaysSites = ['meduza.io']; s.neverSites = ['example.org'];
    s.extraPhrases = { en: { reportingVerbs: ['quipped'], anonymousPhrases: [] } };
    const r = parseSettings(serializeSettings(s));
    assert.deepEqual(r.settings, s);
    assert.deepEqual(r.notices, []);
  });

  it('a failing storage area gives defaults with a notice, not an exception', async () => {
    const broken: SettingsArea = { get: () => Promise.reject(new Error('sync off')), set: () => Promise.resolve() };
    const r = await readSettings(broken);
    assert.deepEqual(r.settings, DEFAULT_SETTINGS);
    assert.equal(r.notices[0]!.key, 'settingsNoticeCorrupt');
  });

  it('writes one versioned object under one key and reads it back', async () => {
    const area = memoryArea();
    const s = structuredClone(DEFAULT_SETTINGS); s.style = 'colorblind';
    await writeSettings(area, s);
    assert.equal((area.data[SETTINGS_KEY] as { version: number }).version, SETTINGS_VERSION);
    assert.equal((await readSettings(area)).settings.style, 'colorblind');
  });

  it('watchSettings reports parsed changes of its own area and key only, until unsubscribed', () => {
    const listeners = new Set<Parameters<StorageChangedEvent['addListener']>[0]>();
    const ev: StorageChangedEvent = { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) };
    const seen: boolean[] = [];
    const stop = watchSettings(ev, 'sync', (r) => seen.push(r.settings.autoHighlight));
    const fire = (changes: Record<string, { newValue?: unknown }>, area: string) => listeners.forEach((l) => l(changes, area));
    fire({ [SETTINGS_KEY]: { newValue: { version: 1, autoHighlight: false } } }, 'sync');
    fire({ [SETTINGS_KEY]: { newValue: { version: 1, autoHighlight: true } } }, 'local');
    fire({ other: { newValue: 1 } }, 'sync');
    stop();
    fire({ [SETTINGS_KEY]: { newValue: { version: 1, autoHighlight: true } } }, 'sync');
    assert.deepEqual(seen, [false]);
  });
});

describe('settings: sites', () => {
  it('normalizes hosts and pasted URLs, rejects junk', () => {
    assert.equal(normalizeHost(' https://www.Meduza.io/news/1 '), 'meduza.io');
    assert.equal(normalizeHost('lenta.ru:443'), 'lenta.ru');
    assert.equal(normalizeHost('президент.рф'), 'президент.рф');
    assert.equal(normalizeHost('two words'), null);
    assert.equal(normalizeHost(''), null);
    assert.equal(siteOf('chrome://extensions'), null);
    assert.equal(siteOf('https://www.theguardian.com/world'), 'theguardian.com');
  });

  it('a listed site also covers its subdomains; "never" wins over "always"', () => {
    const s = { ...structuredClone(DEFAULT_SETTINGS), alwaysSites: ['bbc.co.uk'], neverSites: ['sport.bbc.co.uk'] };
    assert.equal(siteMode(s, 'https://www.bbc.co.uk/news/1'), 'always');
    assert.equal(siteMode(s, 'https://sport.bbc.co.uk/x'), 'never');
    assert.equal(siteMode(s, 'https://notbbc.co.uk/'), 'default');
  });

  it('withSiteMode moves a site between the lists and back to default', () => {
    let s = structuredClone(DEFAULT_SETTINGS);
    s = withSiteMode(s, 'https://www.rbc.ru/politics/1', 'always');
    assert.deepEqual([s.alwaysSites, s.neverSites], [['rbc.ru'], []]);
    s = withSiteMode(s, 'https://rbc.ru/', 'never');
    assert.deepEqual([s.alwaysSites, s.neverSites], [[], ['rbc.ru']]);
    s = withSiteMode(s, 'https://rbc.ru/', 'default');
    assert.deepEqual([s.alwaysSites, s.neverSites], [[], []]);
  });

  it('auto-run: never < always < the auto-highlight setting for articles', () => {
    const s = { ...structuredClone(DEFAULT_SETTINGS), alwaysSites: ['a.com'], neverSites: ['n.com'] };
    assert.equal(shouldAutoRun(s, 'https://a.com/', false), true);
    assert.equal(shouldAutoRun(s, 'https://n.com/', true), false);
    assert.equal(shouldAutoRun(s, 'https://x.com/', true), true);
    assert.equal(shouldAutoRun(s, 'https://x.com/', false), false);
    assert.equal(shouldAutoRun({ ...s, autoHighlight: false }, 'https://x.com/', true), false);
  });

  it('extraLexiconOf passes only languages with phrases to the engine', () => {
    const s = structuredClone(DEFAULT_SETTINGS);
    s.extraPhrases = { en: { reportingVerbs: [], anonymousPhrases: [] }, ru: { reportingVerbs: ['поведал'], anonymousPhrases: [] } };
    assert.deepEqual(Object.keys(extraLexiconOf(s)), ['ru']);
  });
});
