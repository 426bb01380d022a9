// background.ts itself, wired to a fake browser: messages and who may send
// them, the engine answering, tab state surviving a restart, badge,
// navigation, commands and the context menu.
import { strict as assert } from 'node:assert';
import { installFakeBrowser, popupSender, tabSender } from './fake-browser.js';
import { doneState } from './fixtures.js';
import { emptyPageState } from '../../src/shared/types.js';
import type { AnalyzeResult, PageState } from '../../src/shared/types.js';
import { SETTINGS_KEY, serializeSettings, defaultSettings } from '../../src/extension/settings.js';

let env: ReturnType<typeof installFakeBrowser>;
const flush = () => new Promise<void>((r) => setTimeout(r, 10));

describe('background (wired to a fake browser)', () => {
  // Installed only around this suite, so other test files see no extension globals.
  before(async () => {
    env = installFakeBrowser();
    await import('../../src/extension/background.js');
  });
  after(() => {
    delete (globalThis as Record<string, unknown>).browser;
    delete (globalThis as Record<string, unknown>).chrome;
  });

  it('answers a ping from anyone of ours', async () => {
    const r = await env.send('ping', {}, popupSender) as { pong: boolean };
    assert.equal(r.pong, true);
  });

  it('ignores messages from other extensions and foreign shapes', () => {
    const results = env.fake.runtime.onMessage.fire(...([{ whosaid: 'ping', payload: {} }, { id: 'someone-else' }] as never[]));
    assert.deepEqual(results, [undefined]);
    assert.deepEqual(env.fake.runtime.onMessage.fire(...(['hello', { id: 'whosaid-test-id' }] as never[])), [undefined]);
  });

  it('runs the engine for a content script, with the summary', async () => {
    const text = 'The minister said on Monday that the bridge would reopen in May.';
    const r = await env.send('analyze', { text, langHint: 'en' }, tabSender(3)) as { ok: boolean; result: AnalyzeResult };
    assert.equal(r.ok, true);
    assert.equal(r.result.analysis.length, text.length);
    assert.equal(r.result.summary.totals.attributions, r.result.analysis.attributions.length);
  });

  it('refuses analyze from an extension page, and tab state from a web page', async () => {
    await assert.rejects(env.send('analyze', { text: 'x' }, popupSender) as Promise<unknown>, /refused/);
    await assert.rejects(env.send('getTabState', { tabId: 3 }, tabSender(3)) as Promise<unknown>, /refused/);
  });

  it('refuses page states from subframes and malformed ones', async () => {
    await assert.rejects(env.send('pageState', doneState(), { ...tabSender(3), frameId: 2 }) as Promise<unknown>, /refused/);
    await assert.rejects(env.send('pageState', { state: 'done' }, tabSender(3)) as Promise<unknown>, /malformed/);
  });

  it('keeps a tab\'s state, badges it, and keeps it in storage.session for a restarted worker', async () => {
    await env.send('pageState', doneState(), tabSender(5));
    assert.deepEqual({ ...env.badges.get(5) }, { text: '6', color: '#c21c2c', title: 'badgeSources_other(6) · badgeWeakShare(60%)' });
    const got = await env.send('getTabState', { tabId: 5 }, popupSender) as PageState;
    assert.equal(got.summary!.totals.sources, 6);
    assert.ok(env.session.data.has('tab:5'));
  });

  it('the badge counts what the page shows: not the grades switched off in the options', async () => {
    const s = defaultSettings();
    s.grades['anonymous-described'] = false;
    await env.sync.set({ [SETTINGS_KEY]: serializeSettings(s) });
    try {
      await env.send('pageState', doneState(), tabSender(11));
      // Zakon.kz, The Guardian, Anna Petrova; one claim of three rests on a hedge.
      assert.deepEqual({ ...env.badges.get(11) }, { text: '3', color: '#9a6700', title: 'badgeSources_other(3) · badgeWeakShare(33%)' });
    } finally {
      await env.sync.remove(SETTINGS_KEY);
    }
  });

  it('asks the tab itself when it has no state, and says null for tabs without a content script', async () => {
    env.contentScripts.set(8, (name) => (name === 'getStatus' ? { ...emptyPageState('https://x.example/', 'X'), state: 'not-article' } : null));
    const got = await env.send('getTabState', { tabId: 8 }, popupSender) as PageState;
    assert.equal(got.state, 'not-article');
    assert.equal(await env.send('getTabState', { tabId: 9 }, popupSender), null);
  });

  it('a new document clears the tab\'s state and badge', async () => {
    await env.send('pageState', doneState(), tabSender(6));
    env.fake.tabs.onUpdated.fire(...([6, { status: 'loading' }] as never[]));
    await flush();
    assert.equal(env.badges.get(6)!.text, '');
    assert.equal(env.session.data.has('tab:6'), false);
  });

  it('the user\'s extra phrases reach the engine, read fresh for each analysis', async () => {
    // An invented verb, so only the user's phrase can make this an attribution.
    const text = 'Мэр прокукарекал, что бюджет в порядке.';
    const count = async () => ((await env.send('analyze', { text }, tabSender(3))) as { result: AnalyzeResult }).result.analysis.attributions.length;
    assert.equal(await count(), 0);
    const s = defaultSettings();
    s.extraPhrases = { ru: { reportingVerbs: ['прокукарекал'], anonymousPhrases: [] } };
    // Written to storage without the onChanged event reaching the worker yet.
    await env.sync.set({ [SETTINGS_KEY]: serializeSettings(s) });
    assert.equal(await count(), 1);
    await env.sync.remove(SETTINGS_KEY);
  });

  it('keyboard commands go to the active tab\'s content script', async () => {
    const calls: string[] = [];
    env.contentScripts.set(1, (name, payload) => {
      calls.push(`${name}${name === 'step' ? (payload as { direction: number }).direction : ''}`);
      return name === 'getStatus' ? doneState() : name === 'step' ? { ok: true, id: 0 } : doneState();
    });
    env.fake.commands.onCommand.fire(...(['next-attribution'] as never[]));
    env.fake.commands.onCommand.fire(...(['toggle-highlights', { id: 1 }] as never[]));
    await flush();
    // The two commands run concurrently; toggling is "ask, then set".
    assert.deepEqual([...calls].sort(), ['getStatus', 'setEnabled', 'step1']);
    assert.ok(calls.indexOf('getStatus') < calls.indexOf('setEnabled'));
  });

  it('creates the context-menu item on install and toggles from it', async () => {
    env.fake.runtime.onInstalled.fire(...([{ reason: 'install' }] as never[]));
    await flush();
    assert.deepEqual(env.menus.map((m) => [m.id, m.title]), [['whosaid-toggle', 'menuToggle']]);
    const calls: string[] = [];
    env.contentScripts.set(4, (name) => { calls.push(name); return { ...emptyPageState(), state: 'off', enabled: false }; });
    env.fake.contextMenus.onClicked.fire(...([{ menuItemId: 'whosaid-toggle' }, { id: 4 }] as never[]));
    await flush();
    assert.deepEqual(calls, ['getStatus', 'setEnabled']);
  });
});
