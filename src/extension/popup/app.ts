// The popup as a small state machine over one connector:
//   loading → (tab state | unavailable) → live updates while the page works.
//
// Hooks for browser tests (stable, independent of the look):
//   body[data-state]        'loading' | 'unavailable' | PageState.state
//   body[data-background]   'ok' once the background answered a ping, else 'error'
//   #toggle                 role=switch, aria-checked; #site-mode  default|always|never
//   details.grade[data-key="grade:<grade>"]  .grade-name, summary .count
//   details.speaker         .speaker-name, .count; .claim[data-attribution=<id>] (.direct)
//   .chains .chain[data-attribution]         [data-testid=totals], [data-testid=anonymous-share]
//   .flags details.flag-no-reason / .flag-single
//   [data-action=run | copy-md | download-json | options]
import { emptyPageState } from '../../shared/types.js';
import type { Grade, PageState } from '../../shared/types.js';
import type { Translator } from '../i18n.js';
import { languageName, localizeDocument } from '../i18n.js';
import { toggleAction } from '../commands.js';
import { siteMode, siteOf, withSiteMode } from '../settings.js';
import type { SiteMode } from '../settings.js';
import type { CommandInfo, Connector } from './connector.js';
import { exportFilename, jsonSummary, markdownSummary } from './export.js';
import { renderFooter, renderLoading, renderState, renderUnavailable } from './render.js';
import type { RenderContext } from './render.js';
import { popupState, summaryView } from './view-model.js';
import { shownState } from '../shown-state.js';
import type { PopupState } from './view-model.js';

export interface PopupOptions {
  connector: Connector;
  t: Translator;
  doc: Document;
  now?: () => Date;
}

export interface Popup {
  /** Resolves once the first real state (or "unavailable") is shown and the ping is answered. */
  ready: Promise<void>;
  /** The state currently shown. */
  state(): PageState | null;
  dispose(): void;
}

const STATE_KEYS: Record<PopupState, string> = {
  loading: 'stateLoading', unavailable: 'stateUnavailable', idle: 'stateIdle', analyzing: 'stateAnalyzing',
  done: 'stateDone', 'not-article': 'stateNotArticle', off: 'stateOff', error: 'stateError',
};

export function startPopup({ connector, t, doc, now = () => new Date() }: PopupOptions): Popup {
  const body = doc.body;
  const el = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T | null;
  const content = el<HTMLElement>('content')!;
  const footer = el<HTMLElement>('footer');
  const toggle = el<HTMLButtonElement>('toggle');
  const siteSelect = el<HTMLSelectElement>('site-mode');
  const titleEl = el<HTMLElement>('page-title');
  const langEl = el<HTMLElement>('lang');
  const announce = el<HTMLElement>('announce');

  localizeDocument(doc, t);
  doc.documentElement.lang = t.lang;
  let tabId: number | null = null;
  let current: PageState | null = null;
  let commands: CommandInfo[] = [];
  let settingsNotice = false;
  /** Grades the options show; the others are neither highlighted nor counted. */
  let grades: Record<Grade, boolean> | null = null;
  let unsubscribe: (() => void) | null = null;
  let disposed = false;

  function setBodyState(s: PopupState): void {
    if (body.dataset.state !== s && announce) announce.textContent = t(STATE_KEYS[s]);
    body.dataset.state = s;
  }

  /** Remembers which <details> are open and what has focus, to carry them over a re-render. */
  function snapshot(): { open: Set<string>; focus: string | null } {
    const open = new Set<string>();
    for (const d of content.querySelectorAll<HTMLDetailsElement>('details[data-key]')) {
      open.add(d.open ? d.dataset.key! : `closed:${d.dataset.key!}`);
    }
    const active = doc.activeElement as HTMLElement | null;
    return { open, focus: active && content.contains(active) ? active.dataset.focusKey ?? null : null };
  }

  function ctx(open = new Set<string>(), hidden: RenderContext['hidden'] = []): RenderContext {
    return { doc, t, open, hidden };
  }

  function renderHeader(state: PageState | null): void {
    if (titleEl) {
      titleEl.textContent = state?.title || state?.url || '';
      titleEl.title = titleEl.textContent; // the full title when the line is cut
    }
    if (langEl) {
      // 'und' (no language recognised) has no name: Intl calls it "root".
      const lang = state?.lang && state.lang !== 'und' ? state.lang : null;
      langEl.textContent = lang ? t('popupLanguage', languageName(lang, t.lang, t)) : '';
      langEl.hidden = !lang;
    }
    if (toggle) {
      toggle.setAttribute('aria-checked', String(!!state && isOn(state)));
      toggle.disabled = !state;
    }
    if (siteSelect) siteSelect.disabled = !state || !siteOf(state.url);
  }

  function renderFooterNow(): void {
    if (!footer) return;
    const open = new Set<string>();
    for (const d of footer.querySelectorAll<HTMLDetailsElement>('details[data-key]')) if (d.open) open.add(d.dataset.key!);
    footer.replaceChildren(...renderFooter(ctx(open), !!current && !!summaryView(current), commands, settingsNotice));
  }

  function show(state: PageState | null): void {
    if (disposed) return;
    current = state;
    const snap = snapshot();
    setBodyState(popupState(state));
    renderHeader(state);
    content.setAttribute('aria-busy', String(state?.state === 'analyzing'));
    const shown = state ? shownState(state, grades) : null;
    content.replaceChildren(shown ? renderState(ctx(snap.open, shown.hidden), shown.state) : renderUnavailable(ctx()));
    renderFooterNow();
    if (snap.focus) {
      for (const e of content.querySelectorAll<HTMLElement>('[data-focus-key]')) {
        if (e.dataset.focusKey === snap.focus) { e.focus(); break; }
      }
    }
  }

  function showError(e: unknown): void {
    show(current ? { ...current, state: 'error', error: e instanceof Error ? e.message : String(e) } : null);
  }

  /** The same toggle as the keyboard command and the context menu. */
  function toggle$(tab: number, state: PageState): Promise<PageState> {
    const a = toggleAction(state);
    return a.message === 'runAnyway' ? connector.runAnyway(tab) : connector.setEnabled(tab, a.enabled);
  }

  async function act(fn: () => Promise<PageState>): Promise<void> {
    try {
      show(await fn());
    } catch (e) {
      showError(e);
    }
  }

  // Events: one delegated click handler for everything built by render.ts.
  const onClick = (ev: Event) => {
    const target = (ev.target as HTMLElement).closest<HTMLElement>('[data-attribution],[data-action]');
    if (!target || tabId === null) return;
    const id = target.dataset.attribution;
    if (id !== undefined) {
      void connector.focusAttribution(tabId, Number(id)).then((ok) => {
        if (!ok && announce) announce.textContent = t('focusFailed');
      });
      return;
    }
    const tab = tabId;
    switch (target.dataset.action) {
      case 'run': void act(() => connector.runAnyway(tab)); break;
      case 'copy-md':
        if (current) {
          // What the popup shows: the grades switched off left out, and said so.
          const shown = shownState(current, grades);
          connector.copyText(markdownSummary(shown.state, t, shown.hidden)).then(
            () => { if (announce) announce.textContent = t('exportCopied'); },
            () => { if (announce) announce.textContent = t('exportCopyFailed'); });
        }
        break;
      case 'download-json':
        if (current) void connector.download(exportFilename(current, now(), 'json'), 'application/json', jsonSummary(current));
        break;
      case 'options': void connector.openOptions(); break;
    }
  };
  body.addEventListener('click', onClick);

  const onToggle = () => {
    if (tabId === null || !current) return;
    const tab = tabId;
    const state = current;
    void act(() => toggle$(tab, state));
  };
  toggle?.addEventListener('click', onToggle);

  const onSiteChange = () => {
    if (!siteSelect || !current || tabId === null) return;
    const mode = siteSelect.value as SiteMode;
    const url = current.url;
    const tab = tabId;
    void (async () => {
      try {
        const { settings } = await connector.loadSettings();
        await connector.saveSettings(withSiteMode(settings, url, mode));
        // Apply at once to this tab too: "never" turns it off, "always" runs it.
        if (current && mode !== 'default' && (mode === 'never') === isOn(current)) await act(() => toggle$(tab, current!));
      } catch (e) {
        showError(e);
      }
    })();
  };
  siteSelect?.addEventListener('change', onSiteChange);

  /** A new state from the page; a new URL (the tab navigated) also re-reads this site's mode. */
  function onUpdate(state: PageState): void {
    const navigated = state.url !== current?.url;
    show(state);
    // The page repaints and reports when grades change in the options: count as it now shows.
    connector.loadSettings().then((r) => {
      if (navigated && siteSelect) siteSelect.value = siteMode(r.settings, state.url);
      if (JSON.stringify(r.settings.grades) !== JSON.stringify(grades)) {
        grades = r.settings.grades;
        if (current === state) show(state);
      }
    }, () => undefined);
  }

  content.replaceChildren(renderLoading(ctx()));
  setBodyState('loading');

  const pinged = connector.ping().then((ok) => { body.dataset.background = ok ? 'ok' : 'error'; });

  const loaded = (async () => {
    try {
      tabId = await connector.tabId();
      if (tabId === null) return show(null);
      const [state, settings, cmds] = await Promise.all([
        connector.getTabState(tabId),
        connector.loadSettings().catch(() => null),
        connector.commands().catch(() => []),
      ]);
      commands = cmds;
      grades = settings?.settings.grades ?? null;
      settingsNotice = !!settings?.notices.some((n) => n.key === 'settingsNoticeCorrupt' || n.key === 'settingsNoticeField');
      if (siteSelect && state && settings) siteSelect.value = siteMode(settings.settings, state.url);
      show(state);
      // Subscribe even when the tab did not answer: opened while the page is
      // still loading, its content script (run at document_idle) comes later.
      if (!disposed) unsubscribe = connector.subscribe(tabId, onUpdate);
    } catch (e) {
      // Whatever failed, the popup says so instead of staying blank.
      show({ ...emptyPageState(), enabled: false, state: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  })();

  return {
    ready: Promise.all([pinged, loaded]).then(() => undefined),
    state: () => current,
    dispose() {
      disposed = true;
      unsubscribe?.();
      body.removeEventListener('click', onClick);
      toggle?.removeEventListener('click', onToggle);
      siteSelect?.removeEventListener('change', onSiteChange);
    },
  };
}

/** Highlights showing or on their way (the switch reads "on"). */
export function isOn(state: PageState): boolean {
  const a = toggleAction(state);
  return a.message === 'setEnabled' && !a.enabled;
}
