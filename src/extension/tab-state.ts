// Each tab's PageState, kept where a restarted service worker can find it
// again (storage.session), with an in-memory copy for speed. Where
// storage.session is missing or full, memory alone serves, and the popup's
// request falls back to asking the tab's content script.
import type { PageState, PageStateName } from '../shared/types.js';

export interface SessionArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

const STATE_NAMES: readonly PageStateName[] = ['idle', 'analyzing', 'done', 'not-article', 'off', 'error'];

/** A structural check of a PageState that arrived by message or from storage. */
export function isPageState(x: unknown): x is PageState {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  return STATE_NAMES.includes(s.state as PageStateName)
    && typeof s.url === 'string' && typeof s.title === 'string'
    && typeof s.enabled === 'boolean' && typeof s.article === 'boolean'
    && Array.isArray(s.attributions) && Array.isArray(s.skipped)
    && (s.summary === null || typeof s.summary === 'object');
}

const key = (tabId: number) => `tab:${tabId}`;

export class TabStates {
  private memory = new Map<number, PageState>();

  constructor(private area: SessionArea | null) {}

  async get(tabId: number): Promise<PageState | null> {
    const m = this.memory.get(tabId);
    if (m) return m;
    if (!this.area) return null;
    try {
      const got = (await this.area.get(key(tabId)))[key(tabId)];
      if (!isPageState(got)) return null;
      this.memory.set(tabId, got);
      return got;
    } catch {
      return null;
    }
  }

  async set(tabId: number, state: PageState): Promise<void> {
    this.memory.set(tabId, state);
    if (!this.area) return;
    try {
      await this.area.set({ [key(tabId)]: state });
    } catch {
      // Quota or a closed session area: memory still answers until a restart,
      // after which the popup asks the tab itself.
    }
  }

  async clear(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    if (!this.area) return;
    try { await this.area.remove(key(tabId)); } catch { /* nothing stored */ }
  }
}
