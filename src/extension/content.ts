// Content script: settings → article check → text model → `analyze` in the
// background → highlights → `pageState` updates. Tiny on purpose (it runs on
// every page): the engine never loads here; the background runs it.
//
//   content.ts ── PageController (src/page) ── article.ts    is this an article
//        │                │                  ├ text-model.ts  text + offset table
//        │                │                  ├ highlight.ts   CSS highlights / fallback
//        │                │                  ├ card.ts        hover / focus card
//        │                │                  └ watch.ts       mutations, SPA navigation
//        └── messages.ts ── background (analyze, pageState) / popup (getStatus, setEnabled, …)
import browser from './browser.js';
import { handleMessages, sendToBackground } from './messages.js';
import { DEFAULT_SETTINGS, type PageState, type Settings } from '../shared/types.js';
import { PageController } from '../page/controller.js';

async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get('settings');
    const stored = got.settings as Partial<Settings> | undefined;
    return { ...DEFAULT_SETTINGS, ...stored, grades: { ...DEFAULT_SETTINGS.grades, ...stored?.grades } };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

function siteListed(list: string[], host: string): boolean {
  return list.some((h) => host === h || host.endsWith(`.${h}`));
}

function main(): void {
  if (window.top !== window) return; // top frame only
  const controller = new PageController(document, {
    analyze: async (text, langHint) => {
      const r = await sendToBackground('analyze', { text, langHint });
      if (!r.ok) throw new Error(r.error);
      return r.result;
    },
    // The background may be asleep or reloading: a lost update is replaced by the next one.
    onState: (s: PageState) => { sendToBackground('pageState', s).catch(() => undefined); },
    layout: true,
  });

  handleMessages({
    getStatus: () => controller.state,
    setEnabled: ({ enabled }) => controller.setEnabled(enabled),
    runAnyway: () => controller.runAnyway(),
    focusAttribution: ({ id }) => ({ ok: controller.focusAttribution(id) }),
    step: ({ direction }) => controller.step(direction),
  });

  void loadSettings().then((settings) => {
    controller.updateSettings(settings);
    const host = location.hostname;
    if (siteListed(settings.neverSites, host)) void controller.setEnabled(false);
    else if (siteListed(settings.alwaysSites, host)) void controller.runAnyway();
    else if (!settings.autoHighlight) controller.check();
    else void controller.start();
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !changes.settings) return;
    void loadSettings().then((s) => controller.updateSettings(s));
  });
}

main();
