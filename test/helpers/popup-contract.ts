// The popup's test contract, read without depending on how the popup looks:
// <body data-state> becomes 'unavailable' or the PageState.state the tab's content
// script answered; <body data-background> becomes 'ok' once the background answered.
import type { Page } from 'puppeteer-core';
import type { PageStateName } from '../../src/shared/types.js';

export const PAGE_STATES = ['idle', 'analyzing', 'done', 'not-article', 'off', 'error'] as const satisfies readonly PageStateName[];
// Fails to compile if PageStateName gains a state this list does not know.
type Missing = Exclude<PageStateName, (typeof PAGE_STATES)[number]>;
const exhaustive: [Missing] extends [never] ? true : never = true;
void exhaustive;

export type PopupState = PageStateName | 'unavailable';

export interface PopupAnswer {
  state: PopupState;
  background: 'ok' | 'error';
}

function isPopupState(s: string | undefined): s is PopupState {
  return s === 'unavailable' || (PAGE_STATES as readonly string[]).includes(s ?? '');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls the popup page until both answers are in. Polling (not load events) because
 * Firefox never fires a load event for moz-extension:// navigations over BiDi.
 */
export async function readPopupAnswer(page: Page, timeoutMs = 10_000): Promise<PopupAnswer> {
  const deadline = Date.now() + timeoutMs;
  let last = '(nothing read)';
  while (Date.now() < deadline) {
    try {
      const seen = await page.evaluate(() => ({
        state: document.body?.dataset.state,
        background: document.body?.dataset.background,
        url: location.href,
      }));
      last = JSON.stringify(seen);
      if (isPopupState(seen.state) && (seen.background === 'ok' || seen.background === 'error')) {
        return { state: seen.state, background: seen.background };
      }
    } catch (e) {
      // The page may be between documents while it navigates.
      last = String(e);
    }
    await sleep(100);
  }
  throw new Error(`popup did not answer within ${timeoutMs} ms; last seen: ${last}`);
}
