import { strict as assert } from 'node:assert';
import { badgeFor, badgeColor, applyBadge, BADGE_COLORS } from '../../src/extension/badge.js';
import type { ActionApi } from '../../src/extension/badge.js';
import { runCommand, toggleAction } from '../../src/extension/commands.js';
import type { TabSender } from '../../src/extension/commands.js';
import { isFromContentScript, isFromExtensionPage } from '../../src/extension/sender.js';
import { TabStates, isPageState } from '../../src/extension/tab-state.js';
import type { SessionArea } from '../../src/extension/tab-state.js';
import { emptyPageState } from '../../src/shared/types.js';
import type { PageState } from '../../src/shared/types.js';
import { doneState } from './fixtures.js';
import { messages, translator } from './dom.js';
import { createTranslator, tableGetMessage } from '../../src/extension/i18n.js';
import { languageName } from '../../src/extension/i18n.js';

const ORIGIN = 'chrome-extension://abcdef/';

describe('background: senders', () => {
  it('content messages only from web pages in tabs', () => {
    assert.equal(isFromContentScript({ tab: { id: 3 } as never, url: 'https://news.example/a', frameId: 0 }, ORIGIN), true);
    assert.equal(isFromContentScript({ url: 'https://news.example/a' }, ORIGIN), false, 'no tab');
    assert.equal(isFromContentScript({ tab: { id: 3 } as never, url: ORIGIN + 'popup.html' }, ORIGIN), false, 'our page in a tab');
  });

  it('privileged messages only from our own pages (a popup opened in a tab included)', () => {
    assert.equal(isFromExtensionPage({ url: ORIGIN + 'popup.html' }, ORIGIN), true);
    assert.equal(isFromExtensionPage({ tab: { id: 1 } as never, url: ORIGIN + 'popup.html?tabId=4' }, ORIGIN), true);
    assert.equal(isFromExtensionPage({ tab: { id: 1 } as never, url: 'https://evil.example/' + ORIGIN }, ORIGIN), false);
    assert.equal(isFromExtensionPage({}, ORIGIN), false);
  });
});

describe('background: badge', () => {
  const t = translator();
  it('shows the number of sources, coloured by the share without a named source', () => {
    const b = badgeFor(doneState(), t);
    assert.equal(b.text, '6');
    assert.equal(b.color, BADGE_COLORS.high); // 40 % anonymous + 20 % unattributed
    assert.match(b.title, /6 sources · 60\s?% of claims without a named source/);
  });

  it('colour thresholds', () => {
    assert.equal(badgeColor(0), BADGE_COLORS.low);
    assert.equal(badgeColor(0.25), BADGE_COLORS.medium);
    assert.equal(badgeColor(0.5), BADGE_COLORS.high);
  });

  it('empty for no page, no attributions and off; marks analyzing and errors', () => {
    assert.equal(badgeFor(null, t).text, '');
    assert.equal(badgeFor({ ...doneState(), state: 'off' }, t).text, '');
    assert.equal(badgeFor({ ...emptyPageState(), state: 'done' }, t).text, '');
    assert.equal(badgeFor({ ...emptyPageState(), state: 'analyzing' }, t).text, '…');
    assert.equal(badgeFor({ ...emptyPageState(), state: 'error' }, t).text, '!');
  });

  it('on an article in a language Whosaid does not read, the title says so, not "no attributions found"', () => {
    const fr = badgeFor({ ...doneState(), attributions: [], summary: null, lang: 'fr', languageSupported: false }, t);
    assert.equal(fr.text, '');
    assert.match(fr.title, /French, a language Whosaid cannot read yet/);
    const und = badgeFor({ ...doneState(), attributions: [], summary: null, lang: 'und', languageSupported: false }, t);
    assert.match(und.title, /a language Whosaid cannot read yet/);
    assert.doesNotMatch(und.title, /root|und/);
  });

  it('keeps the count while new paragraphs of an analyzed page are read (a live blog does not blink)', () => {
    const done = badgeFor(doneState(), t);
    const more = badgeFor({ ...doneState(), state: 'analyzing', progress: { done: 0, total: 1 } }, t);
    assert.equal(more.text, done.text);
    assert.equal(more.color, done.color);
    assert.match(more.title, /analyzing/);
  });

  it('applies per tab, and survives a browser without setBadgeTextColor or a closed tab', async () => {
    const calls: string[] = [];
    const action: ActionApi = {
      setBadgeText: async (d) => { calls.push(`text:${d.tabId}:${d.text}`); },
      setBadgeBackgroundColor: async (d) => { calls.push(`color:${d.tabId}:${d.color}`); },
      setTitle: async () => { throw new Error('No tab with id: 5'); },
    };
    await applyBadge(action, 5, badgeFor(doneState(), t));
    assert.deepEqual(calls, ['text:5:6', `color:5:${BADGE_COLORS.high}`]);
  });
});

describe('background: commands', () => {
  function fakeTab(state: PageState) {
    const calls: string[] = [];
    const send = (async (_tab: number, name: string, payload: unknown) => {
      calls.push(`${name}${payload && Object.keys(payload).length ? ':' + JSON.stringify(payload) : ''}`);
      return name === 'getStatus' ? state : name === 'step' ? { ok: true, id: 0 } : state;
    }) as TabSender;
    return { send, calls };
  }

  it('toggle: on → off, off → on, not analyzed → run', () => {
    assert.deepEqual(toggleAction(doneState()), { message: 'setEnabled', enabled: false });
    assert.deepEqual(toggleAction({ ...doneState(), state: 'off', enabled: false }), { message: 'setEnabled', enabled: true });
    assert.deepEqual(toggleAction({ ...emptyPageState(), state: 'not-article' }), { message: 'runAnyway' });
    assert.deepEqual(toggleAction({ ...emptyPageState(), state: 'idle' }), { message: 'runAnyway' });
  });

  it('keyboard commands reach the tab', async () => {
    const { send, calls } = fakeTab(doneState());
    assert.equal(await runCommand(send, 'toggle-highlights', 1), true);
    assert.equal(await runCommand(send, 'next-attribution', 1), true);
    assert.equal(await runCommand(send, 'previous-attribution', 1), true);
    assert.equal(await runCommand(send, 'unknown', 1), false);
    assert.deepEqual(calls, ['getStatus', 'setEnabled:{"enabled":false}', 'step:{"direction":1}', 'step:{"direction":-1}']);
  });

  it('a tab without our content script is ignored, not an error', async () => {
    const send = (() => Promise.reject(new Error('Could not establish connection'))) as TabSender;
    assert.equal(await runCommand(send, 'toggle-highlights', 1), false);
  });
});

describe('background: tab state', () => {
  function session(): SessionArea & { data: Map<string, unknown> } {
    const data = new Map<string, unknown>();
    return {
      data,
      async get(k) { return data.has(k) ? { [k]: structuredClone(data.get(k)) } : {}; },
      async set(items) { for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v)); },
      async remove(k) { data.delete(k); },
    };
  }

  it('a restarted worker finds the state again in storage.session', async () => {
    const area = session();
    await new TabStates(area).set(4, doneState());
    const restarted = new TabStates(area);
    assert.equal((await restarted.get(4))!.summary!.totals.sources, 6);
    await restarted.clear(4);
    assert.equal(await new TabStates(area).get(4), null);
  });

  it('without storage.session, memory serves; a full session area is not an error', async () => {
    const mem = new TabStates(null);
    await mem.set(1, doneState());
    assert.equal((await mem.get(1))!.state, 'done');
    const full = new TabStates({ ...session(), set: () => Promise.reject(new Error('QUOTA_BYTES')) });
    await full.set(2, doneState());
    assert.equal((await full.get(2))!.state, 'done');
  });

  it('rejects malformed states', () => {
    assert.equal(isPageState(doneState()), true);
    assert.equal(isPageState({ ...doneState(), state: 'weird' }), false);
    assert.equal(isPageState({ state: 'done' }), false);
    assert.equal(isPageState(null), false);
  });
});

describe('i18n', () => {
  it('Russian plurals pick one / few / many', () => {
    const t = translator('ru');
    assert.deepEqual([1, 2, 5, 21, 11, 12, 22, 111].map((n) => t.plural('profileSources', n)),
      ['1 источник', '2 источника', '5 источников', '21 источник', '11 источников', '12 источников', '22 источника', '111 источников']);
  });
  it('plurals follow the language of the strings served, even when the browser reports another UI language', () => {
    const t = createTranslator(tableGetMessage(messages('ru')), 'en-US');
    assert.equal(t.lang, 'ru');
    assert.equal(t.plural('profileSources', 12), '12 источников');
  });
  it('language names come from our strings, so they are right without Intl data', () => {
    assert.equal(languageName('ru', 'ru', translator('ru')), 'русский');
    assert.equal(languageName('en-GB', 'en', translator('en')), 'English');
  });
  it('a missing key shows the key, never a blank', () => {
    assert.equal(translator()('noSuchKey'), 'noSuchKey');
  });
});

describe('hover card labels', () => {
  it('every grade has a card label in both languages', async () => {
    const { cardLabels } = await import('../../src/extension/card-labels.js');
    const { GRADES } = await import('../../src/engine/types.js');
    for (const lang of ['en', 'ru'] as const) {
      const l = cardLabels(translator(lang));
      for (const g of GRADES) assert.ok(l.grades[g] && !l.grades[g].startsWith('cardGrade_'), `${lang}: ${g}`);
      assert.ok(!l.via.startsWith('card') && !l.reason.startsWith('card'));
    }
    assert.equal(cardLabels(translator('ru')).grades.media, 'СМИ');
  });
});
