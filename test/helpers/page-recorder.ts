// Records, in a real browser, what the reliability tests judge: every network
// request (from the article tab, from extension pages, and in Chromium from the
// extension's service worker) and every page error or console error, each
// classified as the page's own or the extension's.
import type { CDPSession, ConsoleMessage, HTTPRequest, Page, Target } from 'puppeteer-core';
import type { LaunchedBrowser } from './browsers.js';
import { openExtensionPage } from './extension-probes.js';

export interface RecordedRequest {
  url: string;
  /** Where it was seen: the article tab, an extension page, or the extension's service worker. */
  where: 'page' | 'extension-page' | 'service-worker';
  /** The extension's own packaged file (content script import, popup assets): no network involved. */
  packaged: boolean;
  /** Made by the extension (its code on the stack, or from one of its contexts) and not a packaged file. */
  fromExtension: boolean;
  /** The request's initiator names our code (its stack or URL): seen for the content script's own imports. */
  ourCodeStarted: boolean;
}

export interface RecordedError {
  text: string;
  where: 'page' | 'extension-page' | 'service-worker';
  fromExtension: boolean;
}

const PACKAGED = /^(chrome|moz)-extension:/;
const isNetwork = (url: string) => /^(https?|wss?|ftp):/i.test(url);

interface StackLike { callFrames?: { url?: string }[]; parent?: StackLike; parentId?: unknown }

/** URLs of the code that started a request (CDP initiator in Chromium, BiDi initiator in Firefox). */
function initiatorUrls(init: unknown): string[] {
  if (!init || typeof init !== 'object') return [];
  const i = init as { url?: string; stack?: StackLike; stackTrace?: StackLike };
  const out: string[] = [];
  if (i.url) out.push(i.url);
  for (let s: StackLike | undefined = i.stack ?? i.stackTrace; s; s = s.parent) {
    for (const f of s.callFrames ?? []) if (f.url) out.push(f.url);
  }
  return out;
}

export class PageRecorder {
  readonly requests: RecordedRequest[] = [];
  readonly errors: RecordedError[] = [];
  private readonly sessions: CDPSession[] = [];
  private readonly onTarget = (t: Target) => { void this.attachWorker(t); };

  constructor(private readonly run: LaunchedBrowser) {}

  /** Mentions our extension's origin (pages may probe other extension URLs themselves). */
  private ours(text: string): boolean {
    return text.includes(this.run.extensionOrigin);
  }

  /** Follows a tab: the article (`page`) or an extension page opened in a tab. */
  watch(page: Page, where: 'page' | 'extension-page'): void {
    page.on('request', (r: HTTPRequest) => {
      const url = r.url();
      // Any extension-scheme URL is one of our files (no other extension is installed); with
      // use_dynamic_url its host is a per-session id, not the extension's.
      const packaged = PACKAGED.test(url);
      let initiator: unknown;
      try { initiator = r.initiator(); } catch { initiator = undefined; }
      const ourCodeStarted = initiatorUrls(initiator).some((u) => this.ours(u));
      const byUs = where === 'extension-page' || ourCodeStarted;
      this.requests.push({ url, where, packaged, fromExtension: !packaged && byUs, ourCodeStarted });
    });
    page.on('pageerror', (e: unknown) => {
      const err = e as { message?: string; stack?: string };
      const text = `${err.message ?? String(e)}\n${err.stack ?? ''}`;
      this.errors.push({ text, where, fromExtension: where === 'extension-page' || this.ours(text) });
    });
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() !== 'error') return;
      const where2 = [m.location()?.url ?? '', ...m.stackTrace().map((f) => f.url ?? '')].join('\n');
      const text = `${m.text()}\n${where2}`;
      // Failed loads of the page's own resources (offline) are logged as console errors: judged by who asked, above.
      this.errors.push({ text, where, fromExtension: where === 'extension-page' || this.ours(text) });
    });
  }

  /**
   * Chromium: the extension's service worker, now and whenever it restarts.
   * Every request it makes is the extension's; its errors are the extension's.
   * Firefox runs the background as a hidden page that WebDriver BiDi does not expose.
   */
  async watchServiceWorkers(): Promise<number> {
    if (this.run.kind !== 'chromium') return 0;
    this.run.browser.on('targetcreated', this.onTarget);
    const existing = this.run.browser.targets();
    await Promise.all(existing.map((t) => this.attachWorker(t)));
    return this.sessions.length;
  }

  private async attachWorker(t: Target): Promise<void> {
    if (t.type() !== 'service_worker' || !t.url().startsWith(this.run.extensionOrigin)) return;
    try {
      const s = await t.createCDPSession();
      this.sessions.push(s);
      s.on('Network.requestWillBeSent', (e: { request: { url: string } }) => {
        const url = e.request.url;
        const packaged = PACKAGED.test(url);
        this.requests.push({ url, where: 'service-worker', packaged, fromExtension: !packaged, ourCodeStarted: true });
      });
      s.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text?: string; exception?: { description?: string } } }) => {
        this.errors.push({ text: `${e.exceptionDetails.text ?? ''} ${e.exceptionDetails.exception?.description ?? ''}`, where: 'service-worker', fromExtension: true });
      });
      s.on('Runtime.consoleAPICalled', (e: { type: string; args: { value?: unknown; description?: string }[] }) => {
        if (e.type !== 'error') return;
        this.errors.push({ text: e.args.map((a) => String(a.value ?? a.description ?? '')).join(' '), where: 'service-worker', fromExtension: true });
      });
      await s.send('Network.enable');
      await s.send('Runtime.enable');
    } catch {
      // The worker stopped between being listed and attached: the next start is caught by targetcreated.
    }
  }

  /** Service-worker sessions attached so far (Chromium; the worker sleeps and restarts). */
  get workersWatched(): number {
    return this.sessions.length;
  }

  /** Requests on the network (not the extension's packaged files). */
  network(): RecordedRequest[] {
    return this.requests.filter((r) => !r.packaged && isNetwork(r.url));
  }

  extensionRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.fromExtension);
  }

  extensionErrors(): RecordedError[] {
    return this.errors.filter((e) => e.fromExtension);
  }

  async dispose(): Promise<void> {
    this.run.browser.off('targetcreated', this.onTarget);
    await Promise.all(this.sessions.map((s) => s.detach().catch(() => undefined)));
  }
}

/**
 * The two tabs the reliability tests drive, both recorded: the article tab
 * (the browser's first) and an extension page (the popup) that sends the
 * extension's messages. The service workers are recorded too.
 */
export async function recordedTabs(run: LaunchedBrowser): Promise<{ recorder: PageRecorder; article: Page; control: Page }> {
  const recorder = new PageRecorder(run);
  const article = (await run.browser.pages())[0] ?? (await run.browser.newPage());
  recorder.watch(article, 'page');
  const control = await run.browser.newPage();
  recorder.watch(control, 'extension-page');
  await recorder.watchServiceWorkers();
  await openExtensionPage(run, control, 'popup.html');
  return { recorder, article, control };
}
