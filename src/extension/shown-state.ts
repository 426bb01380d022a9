// What of a tab's state the page shows: grades switched off in the options are
// not highlighted, so the popup and the toolbar badge do not count them either.
import { GRADES } from '../engine/types.js';
import { summary as summarize } from '../engine/summary.js';
import type { Analysis, Grade, PageState } from '../shared/types.js';

/** Grades switched off in the options, with how many of the page's attributions each had. */
export interface HiddenGrade { grade: Grade; count: number }

/**
 * The state as the page shows it: attributions of grades switched off in the
 * options are not highlighted, so they are not counted either. The summary is
 * made again from the rest (excerpts kept from the full one: the popup has no
 * page text); chains through a hidden source are left out.
 */
export function shownState(state: PageState, grades: Record<Grade, boolean> | null | undefined): { state: PageState; hidden: HiddenGrade[] } {
  const s = state.summary;
  if (!grades || !s) return { state, hidden: [] };
  const hidden: HiddenGrade[] = GRADES.filter((g) => grades[g] === false)
    .map((grade) => ({ grade, count: state.attributions.filter((a) => a.grade === grade).length }))
    .filter((h) => h.count > 0);
  if (!hidden.length) return { state, hidden };
  const shown = state.attributions.filter((a) => grades[a.grade] !== false);
  const ids = new Set(shown.map((a) => a.id));
  const analysis: Analysis = { lang: s.lang, supported: true, langs: {}, length: 0, attributions: shown, sentences: [], skippedChars: 0 };
  const excerpts = new Map<string, string>();
  for (const sp of s.speakers) for (const c of sp.claims) excerpts.set(`${c.content.start}:${c.content.end}`, c.excerpt);
  const again = summarize(analysis, '');
  for (const sp of again.speakers) for (const c of sp.claims) c.excerpt = excerpts.get(`${c.content.start}:${c.content.end}`) ?? c.excerpt;
  // The engine follows `via` by position in the list, which filtering shifts: the full summary's chains, filtered.
  again.chains = s.chains.filter((c) => c.attributions.every((id) => ids.has(id)));
  return { state: { ...state, attributions: shown, summary: again }, hidden };
}
