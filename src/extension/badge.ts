// The toolbar badge: the number of sources on the page, coloured by the share
// of claims that rest on anonymous or unattributed sources. Pure mapping plus
// one function that applies it through the action API.
import type { PageState } from '../shared/types.js';
import { languageName, type Translator } from './i18n.js';

export interface Badge {
  text: string;
  /** Background colour; white text on each of these has a contrast of at least 4.5:1. */
  color: string;
  title: string;
}

/** Thresholds on the share of claims without a named source. */
export const BADGE_COLORS = {
  low: '#1a7f37',    // under 25 %: mostly named sources
  medium: '#9a6700', // 25–50 %
  high: '#c21c2c',   // half or more rest on anonymous or unattributed sources
  neutral: '#57606a',
} as const;

export function weakShare(state: PageState): number {
  const s = state.summary;
  return s ? Math.min(1, s.anonymousShare + s.unattributedShare) : 0;
}

export function badgeColor(share: number): string {
  if (share >= 0.5) return BADGE_COLORS.high;
  if (share >= 0.25) return BADGE_COLORS.medium;
  return BADGE_COLORS.low;
}

export function badgeFor(state: PageState | null, t: Translator): Badge {
  const base = t('actionTitle');
  if (!state) return { text: '', color: BADGE_COLORS.neutral, title: base };
  switch (state.state) {
    case 'analyzing':
      // New paragraphs of a page already analyzed: the count stays (no blinking on a live blog).
      if (state.summary?.totals.attributions) return { ...badgeFor({ ...state, state: 'done' }, t), title: t('badgeAnalyzing') };
      return { text: '…', color: BADGE_COLORS.neutral, title: t('badgeAnalyzing') };
    case 'error':
      return { text: '!', color: BADGE_COLORS.high, title: t('badgeError') };
    case 'done': {
      const s = state.summary;
      // `=== false`: a state from an older content script has no such field.
      if (state.languageSupported === false) {
        const known = state.lang && state.lang !== 'und';
        return { text: '', color: BADGE_COLORS.neutral, title: known ? t('stateUnsupportedLanguage', languageName(state.lang!, t.lang, t)) : t('stateUnsupportedLanguageUnknown') };
      }
      if (!s || !s.totals.attributions) return { text: '', color: BADGE_COLORS.neutral, title: t('badgeNone') };
      const share = weakShare(state);
      // Pages with only hedges have zero sources but still something to show.
      const n = s.totals.sources;
      return {
        text: n > 999 ? '999+' : String(n),
        color: badgeColor(share),
        title: `${t.plural('badgeSources', n)} · ${t('badgeWeakShare', t.percent(share))}`,
      };
    }
    case 'off':
      return { text: '', color: BADGE_COLORS.neutral, title: t('badgeOff') };
    default:
      return { text: '', color: BADGE_COLORS.neutral, title: base };
  }
}

/** The slice of browser.action used here; setBadgeTextColor is missing in older browsers. */
export interface ActionApi {
  setBadgeText(d: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(d: { tabId?: number; color: string }): Promise<void>;
  setTitle(d: { tabId?: number; title: string }): Promise<void>;
  setBadgeTextColor?(d: { tabId?: number; color: string }): Promise<void>;
}

export async function applyBadge(action: ActionApi, tabId: number, badge: Badge): Promise<void> {
  try {
    await Promise.all([
      action.setBadgeText({ tabId, text: badge.text }),
      action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      action.setTitle({ tabId, title: badge.title }),
      action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    ]);
  } catch {
    // The tab closed meanwhile: nothing to show it on.
  }
}
