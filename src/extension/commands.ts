// What "toggle" means for a page in each state, shared by the keyboard
// command, the context menu and the popup's switch; and the commands
// themselves, sent to the active tab's content script.
import type { PageState } from '../shared/types.js';
import type { MessageName, Request, Response } from './messages.js';

export const COMMANDS = ['toggle-highlights', 'next-attribution', 'previous-attribution'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type TabSender = <N extends MessageName>(tabId: number, name: N, payload: Request<N>) => Promise<Response<N>>;

export type ToggleAction = { message: 'setEnabled'; enabled: boolean } | { message: 'runAnyway' };

/**
 * Highlights showing (or on their way) → off. Off → on. A page Whosaid has
 * not analyzed (not an article, or "only on request") → analyze it now.
 */
export function toggleAction(state: Pick<PageState, 'state' | 'enabled'>): ToggleAction {
  if (state.state === 'off' || !state.enabled) return { message: 'setEnabled', enabled: true };
  if (state.state === 'not-article' || state.state === 'idle') return { message: 'runAnyway' };
  return { message: 'setEnabled', enabled: false };
}

/** Carries out a toggle on one tab; returns the tab's new state. */
export async function toggleTab(send: TabSender, tabId: number, current?: PageState): Promise<PageState> {
  const state = current ?? (await send(tabId, 'getStatus', {}));
  const action = toggleAction(state);
  return action.message === 'runAnyway'
    ? send(tabId, 'runAnyway', {})
    : send(tabId, 'setEnabled', { enabled: action.enabled });
}

/** Runs a keyboard command on a tab. Tabs without our content script (browser pages) reject: ignored. */
export async function runCommand(send: TabSender, command: string, tabId: number): Promise<boolean> {
  try {
    if (command === 'toggle-highlights') await toggleTab(send, tabId);
    else if (command === 'next-attribution') await send(tabId, 'step', { direction: 1 });
    else if (command === 'previous-attribution') await send(tabId, 'step', { direction: -1 });
    else return false;
    return true;
  } catch {
    return false;
  }
}
