// Nothing leaked into storage (issue 6): after the background has analyzed a
// page and kept its state, storage.sync and storage.local hold the settings
// and nothing else (no page text, title or address); the tab's state lives in
// storage.session only, and is gone when the tab closes.
import assert from 'node:assert/strict';
import { installFakeBrowser, popupSender, tabSender, type FakeArea, type FakeEvent } from '../extension/fake-browser.js';
import { SETTINGS_KEY, defaultSettings, parseSettings, serializeSettings } from '../../src/extension/settings.js';
import type { AnalyzeResult, PageState } from '../../src/shared/types.js';
import { emptyPageState } from '../../src/shared/types.js';

const flush = () => new Promise<void>((r) => setTimeout(r, 10));

// Words that occur only in the page (text, title, address), never in settings.
const MARKERS = ['Quokkaville', 'zorblatt', 'Vexmoor', 'secret-story-4471'];
const TEXT = `The mayor of Quokkaville said the zorblatt budget was fine.\n\nOfficials familiar with the matter said Vexmoor would pay. According to Reuters, it reportedly did.`;
const URL_ = 'https://news.example/secret-story-4471?reader=me';

interface WiredBrowser {
  runtime: { onMessage: FakeEvent };
  tabs: { onRemoved: FakeEvent; onUpdated: FakeEvent };
  storage: { sync: FakeArea; local: FakeArea; session: FakeArea };
}

describe('reliability: storage holds settings only', () => {
  let b: WiredBrowser;
  const send = async (name: string, payload: unknown, sender: Record<string, unknown>) => {
    const answers = b.runtime.onMessage.fire(...([{ whosaid: name, payload }, { id: 'whosaid-test-id', ...sender }] as never[]));
    return answers.find((x) => x !== undefined);
  };

  before(async () => {
    installFakeBrowser();
    // The object the background is actually wired to (the first fake installed
    // in this process: background.test.ts may have loaded it already).
    b = (await import('../../src/extension/browser.js')).default as unknown as WiredBrowser;
    await import('../../src/extension/background.js');
  });
  after(() => {
    delete (globalThis as Record<string, unknown>).browser;
    delete (globalThis as Record<string, unknown>).chrome;
  });

  it('after an analysis, sync and local hold the settings and no page text; the tab state is in session until the tab closes', async () => {
    const settings = defaultSettings();
    settings.extraPhrases = { en: { reportingVerbs: ['opined'], anonymousPhrases: [] } };
    await b.storage.sync.set({ [SETTINGS_KEY]: serializeSettings(settings) });

    const tab = 41;
    const r = await send('analyze', { text: TEXT, langHint: 'en' }, tabSender(tab, URL_)) as { ok: boolean; result: AnalyzeResult };
    assert.equal(r.ok, true);
    assert.ok(r.result.analysis.attributions.length > 0, 'the page was analyzed');
    const state: PageState = {
      ...emptyPageState(URL_, 'Quokkaville mayor on the zorblatt budget'), state: 'done', enabled: true, article: true, lang: 'en',
      chars: TEXT.length, attributions: r.result.analysis.attributions, summary: r.result.summary,
    };
    await send('pageState', state, tabSender(tab, URL_));
    const got = await send('getTabState', { tabId: tab }, popupSender) as PageState;
    assert.equal(got.url, URL_, 'the popup can read the tab state');
    await flush();

    const dump = (a: FakeArea) => JSON.stringify(Object.fromEntries(a.data));
    for (const [name, area] of [['sync', b.storage.sync], ['local', b.storage.local]] as const) {
      const keys = [...area.data.keys()];
      assert.ok(keys.every((k) => k === SETTINGS_KEY), `storage.${name} keys: ${keys.join(', ')}`);
      for (const m of MARKERS) assert.ok(!dump(area).includes(m), `storage.${name} holds page text "${m}"`);
    }
    const stored = b.storage.sync.data.get(SETTINGS_KEY);
    assert.deepEqual(parseSettings(stored).notices, [], 'sync holds a valid settings object');
    assert.deepEqual(parseSettings(stored).settings, settings, 'sync holds the settings as written');

    // The session area may hold this tab's state (for a restarted worker), under its tab key.
    assert.ok(dump(b.storage.session).includes('Quokkaville'), 'the tab state is kept for the session');
    b.tabs.onRemoved.fire(...([tab, { windowId: 1, isWindowClosing: false }] as never[]));
    await flush();
    const left = [...b.storage.session.data.keys()].filter((k) => k === `tab:${tab}`);
    assert.deepEqual(left, [], 'closing the tab clears its state');
    for (const m of MARKERS) assert.ok(!dump(b.storage.session).includes(m), `session still holds "${m}" after the tab closed`);
    assert.equal(await send('getTabState', { tabId: tab }, popupSender), null, 'nor is it kept in memory');
  });
});
