// A fake of the popup's connector: answers from a scripted tab state and
// records what the popup asked for.
import type { CommandInfo, Connector } from '../../src/extension/popup/connector.js';
import type { PageState, Settings } from '../../src/shared/types.js';
import { defaultSettings } from '../../src/extension/settings.js';
import type { ReadSettings } from '../../src/extension/settings.js';

export class FakeConnector implements Connector {
  calls: string[] = [];
  tab: number | null = 7;
  state: PageState | null;
  alive = true;
  settings: Settings = defaultSettings();
  copied: string[] = [];
  downloads: { filename: string; mime: string; text: string }[] = [];
  listeners: ((s: PageState) => void)[] = [];
  /** What the next setEnabled/runAnyway answer looks like (defaults: the state with the flag flipped). */
  next: ((call: string) => PageState) | null = null;
  failGetTabState: Error | null = null;

  constructor(state: PageState | null) { this.state = state; }

  async tabId() { return this.tab; }
  async ping() { this.calls.push('ping'); return this.alive; }
  async getTabState(tabId: number) {
    this.calls.push(`getTabState:${tabId}`);
    if (this.failGetTabState) throw this.failGetTabState;
    return this.state;
  }
  async setEnabled(tabId: number, enabled: boolean) {
    this.calls.push(`setEnabled:${tabId}:${enabled}`);
    this.state = this.next?.('setEnabled') ?? { ...this.state!, enabled, state: enabled ? 'done' : 'off' };
    return this.state;
  }
  async runAnyway(tabId: number) {
    this.calls.push(`runAnyway:${tabId}`);
    this.state = this.next?.('runAnyway') ?? { ...this.state!, state: 'analyzing', enabled: true };
    return this.state;
  }
  async focusAttribution(tabId: number, id: number) { this.calls.push(`focus:${tabId}:${id}`); return true; }
  subscribe(_tabId: number, cb: (s: PageState) => void) {
    this.listeners.push(cb);
    return () => { this.listeners = this.listeners.filter((l) => l !== cb); };
  }
  /** The page reports a new state. */
  push(s: PageState) { this.state = s; for (const l of this.listeners) l(s); }
  async loadSettings(): Promise<ReadSettings> { return { settings: structuredClone(this.settings), notices: [] }; }
  async saveSettings(s: Settings) { this.calls.push('saveSettings'); this.settings = structuredClone(s); }
  async commands(): Promise<CommandInfo[]> {
    return [
      { name: 'toggle-highlights', description: '', shortcut: 'Alt+Shift+H' },
      { name: 'next-attribution', description: '', shortcut: 'Alt+Shift+J' },
      { name: 'previous-attribution', description: '', shortcut: '' },
    ];
  }
  async openOptions() { this.calls.push('openOptions'); }
  async copyText(text: string) { this.copied.push(text); }
  async download(filename: string, mime: string, text: string) { this.downloads.push({ filename, mime, text }); }
}
