// Content script, the always-on part (every http(s) page, top frame, at
// document_idle: measured against document_end, starting earlier gained
// ~30 ms to first highlights but doubled our main-thread time on pages still
// running their start-up scripts, whose style we then forced): settings
// → article check → load the page layer (page.js) → it extracts the text,
// asks the background to `analyze` it, paints highlights and sends `pageState`.
// On a page that is not an article nothing more happens than deciding so.
// The engine never loads here; the background runs it.
//
//   content.js (this) ── article.ts           is this an article? (+ readability check)
//        │  lazy import
//        └── page.js ── controller.ts ── main-content.ts, text-model.ts  text + offset table
//                                     ├─ highlight.ts  CSS highlights (StaticRange) / wrap fallback
//                                     ├─ card.ts       hover / keyboard card (shadow DOM)
//                                     └─ watch.ts      batched mutations, SPA navigation
//   content-messages.ts: background (analyze, pageState) ⇄ popup/background (getStatus, setEnabled, runAnyway, focusAttribution, step)
// The native API, not webextension-polyfill: its start-up alone cost more than
// the whole not-an-article budget (content-api.ts).
import { contentApi } from './content-api.js';
import { handleContentMessages, sendToBackground } from './content-messages.js';
import { DEFAULT_SETTINGS, emptyPageState, type PageState, type Settings } from '../shared/types.js';
import { articleSignal } from '../page/article.js';
import { onNavigation } from '../page/watch.js';
import type { PageController } from '../page/controller.js';
import { cardLabels } from './card-labels.js';
import { createTranslator } from './i18n.js';

type PageModule = typeof import('../page/index.js');
// The global (both browsers have it): addons-linter accepts `chrome.runtime.getURL(…)`
// as the argument of import() (mozilla/addons-linter#4739), not a renamed polyfill object.
declare const chrome: { runtime: { getURL(path: string): string } };

let settings: Settings = DEFAULT_SETTINGS;
let state: PageState = emptyPageState(location.href, document.title);
let controller: PageController | null = null;
let loading: Promise<PageController> | null = null;
/** Time the always-on article check took (ms): in all, and the longest single check. */
let gateMs = 0;
let gateMax = 0;
const startedAt = performance.now();

let publishing = false;

/**
 * The state goes to the background once per task, the last one: a session
 * emits several in a row (attributions, then done), and each message is
 * serialized on the page's main thread with every attribution in it.
 */
function publish(s: PageState): PageState {
  state = s;
  if (!publishing) {
    publishing = true;
    queueMicrotask(() => {
      publishing = false;
      // The background may be asleep or reloading: a lost update is replaced by the next one.
      sendToBackground('pageState', state).catch(() => undefined);
    });
  }
  return s;
}

function gateState(patch: Partial<PageState>): PageState {
  return publish({ ...emptyPageState(location.href, document.title), ...patch });
}

async function loadSettings(): Promise<Settings> {
  try {
    const got = await contentApi().storage.sync.get('settings');
    const stored = got.settings as Partial<Settings> | undefined;
    return { ...DEFAULT_SETTINGS, ...stored, grades: { ...DEFAULT_SETTINGS.grades, ...stored?.grades } };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** The page layer, loaded once on first need. */
function pageLayer(): Promise<PageController> {
  loading ??= (import(chrome.runtime.getURL('page.js')) as Promise<PageModule>).then((m) => {
    controller = new m.PageController(document, {
      analyze: async (text, langHint) => {
        const r = await sendToBackground('analyze', { text, langHint });
        if (!r.ok) throw new Error(r.error);
        return r.result;
      },
      onState: publish,
      settings,
      layout: true,
      // The hover card speaks the browser's UI language. Made on the first
      // hover: setting up the translator (Intl plural rules, number format)
      // and reading the messages cost ~20 ms of the page's main thread here.
      labels: () => cardLabels(createTranslator((k, subs) => contentApi().i18n.getMessage(k, subs), contentApi().i18n.getUILanguage())),
    });
    return controller;
  }).catch((e: unknown) => {
    loading = null; // a failed load (extension reloaded, blocked) may succeed on the next request
    throw e;
  });
  return loading;
}

function siteListed(list: string[], host: string): boolean {
  return list.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Decide, and analyze when the page is an article and automatic highlighting is on. */
async function decide(): Promise<PageState> {
  const host = location.hostname;
  if (siteListed(settings.alwaysSites, host)) return (await pageLayer()).runAnyway();
  const article = looksLikeArticle();
  if (siteListed(settings.neverSites, host)) return gateState({ state: 'off', enabled: false, article });
  if (article && settings.autoHighlight) return (await pageLayer()).start(false, true);
  // A page that renders its article by script may only have it at load:
  // one more look then (the check is cheap).
  if (!article && document.readyState !== 'complete') {
    window.addEventListener('load', () => { if (!controller && state.state === 'not-article') void decide(); }, { once: true });
  }
  return gateState({ state: article ? 'idle' : 'not-article', article });
}

function looksLikeArticle(): boolean {
  const t0 = performance.now();
  const article = articleSignal(document) !== null;
  const ms = performance.now() - t0;
  gateMs += ms;
  gateMax = Math.max(gateMax, ms);
  return article;
}

function main(): void {
  if (window.top !== window) return;
  if (__DEV__) {
    // For the benchmark and browser tests (development builds only; the page cannot see this world).
    Object.assign(globalThis, {
      __whosaid: {
        state: () => controller?.state ?? state,
        timings: () => ({ startedAt, gate: gateMs, gateMax, ...controller?.timings }),
        setEnabled: (on: boolean) => controller?.setEnabled(on),
      },
    });
  }

  handleContentMessages({
    getStatus: () => controller?.state ?? state,
    setEnabled: async ({ enabled }) => {
      if (controller) return controller.setEnabled(enabled);
      if (!enabled) return gateState({ state: 'off', enabled: false, article: state.article });
      // On again: an article is analyzed; any other page waits for "run anyway".
      return looksLikeArticle() ? (await pageLayer()).start(false, true) : gateState({ state: 'not-article', article: false });
    },
    runAnyway: async () => (await pageLayer()).runAnyway(),
    focusAttribution: ({ id }) => ({ ok: controller?.focusAttribution(id) ?? false }),
    step: ({ direction }) => controller?.step(direction) ?? { ok: false, id: null },
  });

  void loadSettings().then((s) => {
    settings = s;
    return decide();
  }).catch((e: unknown) => gateState({ state: 'error', error: e instanceof Error ? e.message : String(e) }));

  // A single-page app may navigate from a list to an article: decide again (the page layer follows on its own).
  const nav = new AbortController();
  onNavigation(window, nav.signal, () => { if (!controller) void decide(); });

  contentApi().storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !changes.settings) return;
    void loadSettings().then((s) => { settings = s; controller?.updateSettings(s); });
  });
}

main();
