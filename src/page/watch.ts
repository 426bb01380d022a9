// Living pages: live blogs, infinite scroll, SPA navigation.
//
// Attribute changes that show or hide text count too (hidden, class, style,
// open, aria-hidden), inside the article's content roots; on an element
// around them only the ones that hide whole subtrees (hidden, aria-hidden,
// open): page scripts flip classes and styles on <body> and wrappers all the time.
// The MutationObserver callback only notes that something relevant changed;
// the rescan runs later in idle time, at most once per interval, with a longer
// interval while the page keeps churning (a page that never stops changing
// cannot make us spin). Our own nodes never count as a change.

export type ChangeKind = 'content' | 'navigation';

export interface WatchOptions {
  signal: AbortSignal;
  /** Called in idle time, at most once per interval. */
  onChange: (kind: ChangeKind) => void;
  /** Whether a node is one of ours (card, fallback marks, style). */
  isOurs: (node: Node) => boolean;
  /** Whether a changed text node is one the text model reads. */
  isModelText?: (node: Node) => boolean;
  /**
   * Whether an element is inside the article's content roots (its attribute
   * changes may show or hide article text). Without it, attribute changes
   * are not watched.
   */
  isInContent?: (el: Element) => boolean;
  /** Whether an element contains the content roots (hiding it hides the article). */
  holdsContent?: (el: Element) => boolean;
  /** Minimum time between rescans (ms). */
  minInterval?: number;
  /** Upper bound of the interval after repeated churn (ms). */
  maxInterval?: number;
}

/**
 * SPA navigation without a MutationObserver (for pages that are not articles:
 * they only need to notice when the app navigates to one).
 */
export function onNavigation(win: Window, signal: AbortSignal, cb: () => void): void {
  let href = win.location.href;
  const check = () => { if (win.location.href !== href) { href = win.location.href; cb(); } };
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
  // pushState from the page's world fires no event here; the Navigation API sees it where it exists.
  (win as { navigation?: EventTarget }).navigation?.addEventListener?.('currententrychange', check, { signal });
}

/** Attributes whose change can show or hide text. */
export const VISIBILITY_ATTRIBUTES = ['hidden', 'class', 'style', 'open', 'aria-hidden'];
const SUBTREE_SWITCHES = new Set(['hidden', 'open', 'aria-hidden']);

export class Watcher {
  private readonly observer: MutationObserver;
  private pending: ChangeKind | null = null;
  private scheduled = false;
  private lastRun = -Infinity;
  private interval: number;
  private href: string;
  private readonly win: Window & typeof globalThis;

  constructor(private readonly doc: Document, private readonly o: WatchOptions) {
    this.win = doc.defaultView as Window & typeof globalThis;
    this.interval = o.minInterval ?? 1500;
    this.href = doc.location?.href ?? '';
    this.observer = new this.win.MutationObserver((records) => this.note(records));
    this.observer.observe(doc.documentElement, {
      childList: true, subtree: true, characterData: true,
      ...(o.isInContent ? { attributes: true, attributeFilter: VISIBILITY_ATTRIBUTES } : {}),
    });
    onNavigation(this.win, o.signal, () => this.checkNavigation());
    o.signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  /**
   * Runs our own DOM changes (fallback wrapping splits page text nodes) without
   * the observer seeing them: page changes queued before are kept, every
   * record made during fn is dropped.
   */
  ignoring<T>(fn: () => T): T {
    const before = this.observer.takeRecords();
    if (before.length) this.note(before);
    try {
      return fn();
    } finally {
      this.observer.takeRecords();
    }
  }

  private recordIsOurs(r: MutationRecord): boolean {
    if (this.o.isOurs(r.target)) return true;
    if (r.type !== 'childList') return false;
    const changed = [...r.addedNodes, ...r.removedNodes];
    return changed.length > 0 && changed.every((n) => this.o.isOurs(n) || (n.nodeType === 3 && n.parentNode !== null && this.o.isOurs(n.parentNode)));
  }

  /** The observer callback: cheap checks only, no DOM reads beyond the records. */
  private note(records: MutationRecord[]): void {
    if (this.o.signal.aborted) return;
    let relevant = false;
    for (const r of records) {
      if (this.recordIsOurs(r)) continue;
      if (r.type === 'characterData') {
        if (!this.o.isModelText || this.o.isModelText(r.target)) { relevant = true; break; }
        continue;
      }
      if (r.type === 'attributes') {
        const el = r.target as Element;
        if (this.o.isInContent?.(el) || (SUBTREE_SWITCHES.has(r.attributeName ?? '') && this.o.holdsContent?.(el))) { relevant = true; break; }
        continue;
      }
      for (const n of r.addedNodes) {
        if (this.o.isOurs(n)) continue;
        if (n.nodeType === 3 ? (n as Text).data.trim() : n.nodeType === 1 && !/^(SCRIPT|STYLE|LINK|META|IFRAME|IMG)$/i.test((n as Element).tagName)) { relevant = true; break; }
      }
      if (!relevant) for (const n of r.removedNodes) {
        if (this.o.isModelText?.(n) || (n.nodeType === 1 && (n as Element).textContent?.trim())) { relevant = true; break; }
      }
      if (relevant) break;
    }
    if (this.doc.location && this.doc.location.href !== this.href) {
      this.href = this.doc.location.href;
      this.schedule('navigation');
    } else if (relevant) {
      this.schedule('content');
    }
  }

  private checkNavigation(): void {
    const href = this.doc.location?.href ?? '';
    if (href === this.href) return;
    this.href = href;
    this.schedule('navigation');
  }

  private schedule(kind: ChangeKind): void {
    if (this.pending !== 'navigation') this.pending = kind;
    if (this.scheduled) return;
    this.scheduled = true;
    const now = this.win.performance.now();
    const wait = Math.max(0, this.lastRun + this.interval - now);
    const run = () => {
      if (this.o.signal.aborted) return;
      const idle = (this.win as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number }).requestIdleCallback;
      if (idle) idle.call(this.win, () => this.fire(), { timeout: 2000 });
      else this.fire();
    };
    this.win.setTimeout(run, wait);
  }

  private fire(): void {
    this.scheduled = false;
    if (this.o.signal.aborted || !this.pending) return;
    const kind = this.pending;
    this.pending = null;
    const now = this.win.performance.now();
    // Churn: back-to-back rescans double the interval; a quiet spell resets it.
    const min = this.o.minInterval ?? 1500, max = this.o.maxInterval ?? 30_000;
    this.interval = now - this.lastRun < this.interval * 2 ? Math.min(max, this.interval * 2) : min;
    this.lastRun = now;
    this.o.onChange(kind);
  }
}
