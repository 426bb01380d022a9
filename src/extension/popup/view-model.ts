// The popup's view logic, pure: from a tab's PageState to what the popup
// shows. No DOM here, so every rule is unit-tested on plain data.
import { GRADES } from '../../engine/types.js';
import type { Kind, SpeakerSummary } from '../../engine/types.js';
import type { Attribution, Grade, PageState, PageStateName, Summary } from '../../shared/types.js';

/** The body's data-state (the e2e test contract): 'loading', 'unavailable' or the page's state. */
export type PopupState = 'loading' | 'unavailable' | PageStateName;

export interface ClaimView {
  attribution: number;
  excerpt: string;
  direct: boolean;
}

export interface SpeakerView {
  /** A stable key for keeping a row expanded across re-renders. */
  key: string;
  speaker: string;
  kind: Kind;
  grade: Grade;
  count: number;
  claims: ClaimView[];
  /** Anonymous with no reason given for the anonymity. */
  noReason: boolean;
}

export interface GradeGroup {
  grade: Grade;
  speakers: SpeakerView[];
  /** Mentions in this grade (attributions). */
  count: number;
}

export interface Profile {
  sources: number;
  claims: number;
  /** Shares of claims, summing to 1 when there are claims. */
  named: number;
  anonymous: number;
  unattributed: number;
  /**
   * The same shares as shown: whole percents (as fractions) that add up to 100 %,
   * so the legend never reads "75 %, 13 %, 13 %".
   */
  shown: { named: number; anonymous: number; unattributed: number };
}

export interface ChainView {
  speakers: string[];
  /** The innermost attribution: where the claim actually comes from. */
  focus: number;
}

export interface Flags {
  /** Anonymous speakers (described or bare) with no reason given. */
  noReason: SpeakerView[];
  /** Claims that rest on one anonymous source and nothing else. */
  singleAnonymous: ClaimView[];
}

export interface SummaryView {
  profile: Profile;
  groups: GradeGroup[];
  chains: ChainView[];
  flags: Flags;
}

const ANONYMOUS_NEEDING_REASON: readonly Grade[] = ['anonymous-described', 'anonymous-bare'];

/**
 * What of a page state the popup shows, as one string: a state that reads the same
 * is not rendered again. Speakers (names, grades, counts) and chains count, not only
 * totals: the page's re-analysis once it is quiet can rename a speaker ("he" →
 * "John Smith") or join a chain and leave every total as it was.
 */
export function shownKey(s: PageState): string {
  const sum = s.summary;
  const t = sum?.totals;
  const speakers = sum ? sum.speakers.map((sp) => `${sp.grade}:${sp.speaker}:${sp.count}:${sp.claims.length}`).join('\u0001') : '';
  const chains = sum ? sum.chains.map((c) => c.speakers.join('\u0002')).join('\u0001') : '';
  return [s.state, s.enabled, s.progress?.done, s.progress?.total, s.attributions.length, t?.claims, t?.sources, s.url, s.title, s.error,
    s.lang, s.languageSupported, sum?.anonymousShare, sum?.unattributedShare, speakers, chains].join('|');
}

export function popupState(state: PageState | null | undefined): PopupState {
  return state ? state.state : 'unavailable';
}

export function profileOf(s: Summary): Profile {
  const claims = s.totals.claims;
  const clamp = (x: number) => Math.max(0, Math.min(1, Number.isFinite(x) ? x : 0));
  const anonymous = claims ? clamp(s.anonymousShare) : 0;
  const unattributed = claims ? clamp(Math.min(s.unattributedShare, 1 - anonymous)) : 0;
  const named = claims ? Math.max(0, 1 - anonymous - unattributed) : 0;
  const [n, a, u] = wholePercents([named, anonymous, unattributed]);
  return {
    sources: s.totals.sources,
    claims,
    named,
    anonymous,
    unattributed,
    shown: { named: n! / 100, anonymous: a! / 100, unattributed: u! / 100 },
  };
}

/**
 * Shares (summing to 1, or all 0) as whole percents summing to 100: each rounded
 * down, then the points left go to the largest remainders (the first on a tie).
 */
export function wholePercents(shares: number[]): number[] {
  const exact = shares.map((x) => x * 100);
  const out = exact.map((x) => Math.floor(x + 1e-9));
  const total = Math.round(exact.reduce((a, b) => a + b, 0));
  const order = exact.map((x, i) => ({ i, r: x - out[i]! })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0, left = total - out.reduce((a, b) => a + b, 0); k < order.length && left > 0; k++, left--) out[order[k]!.i]! += 1;
  return out;
}

function speakerView(sp: SpeakerSummary): SpeakerView {
  return {
    key: `${sp.grade}:${sp.speaker.toLowerCase()}`,
    speaker: sp.speaker,
    kind: sp.kind,
    grade: sp.grade,
    count: sp.count,
    claims: sp.claims.map((c) => ({ attribution: c.attribution, excerpt: c.excerpt, direct: c.direct })),
    noReason: ANONYMOUS_NEEDING_REASON.includes(sp.grade) && !sp.anonymityReason,
  };
}

/** Speakers grouped by grade in the reader's order (named people first, hedges last); empty grades left out. */
export function groupByGrade(s: Summary): GradeGroup[] {
  // Keys by grade and name, not by place: a speaker added before another (a live
  // blog's new entry) must not close the one the reader opened. A repeated name gets a number.
  const seen = new Map<string, number>();
  const views = s.speakers.map((sp) => {
    const v = speakerView(sp);
    const n = seen.get(v.key) ?? 0;
    seen.set(v.key, n + 1);
    return n ? { ...v, key: `${v.key}:${n}` } : v;
  });
  return GRADES.map((grade) => {
    const speakers = views.filter((v) => v.grade === grade).sort((a, b) => b.count - a.count);
    return { grade, speakers, count: speakers.reduce((n, v) => n + v.count, 0) };
  }).filter((g) => g.speakers.length > 0);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Claims resting on a single anonymous source: content spans whose every
 * attribution is anonymous, from one speaker, in one mention, and singular
 * ("a source", not "officials").
 */
export function singleAnonymousClaims(attributions: Attribution[], s: Summary): ClaimView[] {
  const excerptOf = new Map<number, { excerpt: string; direct: boolean }>();
  for (const sp of s.speakers) for (const c of sp.claims) excerptOf.set(c.attribution, { excerpt: c.excerpt, direct: c.direct });
  const sorted = [...attributions].sort((a, b) => a.content.start - b.content.start);
  const clusters: Attribution[][] = [];
  for (const a of sorted) {
    const c = clusters.find((cl) => cl.some((x) => overlaps(x.content, a.content)));
    if (c) c.push(a); else clusters.push([a]);
  }
  const out: ClaimView[] = [];
  for (const cl of clusters) {
    if (cl.length !== 1) continue;
    const a = cl[0]!;
    if (a.kind !== 'anonymous' || a.plural || a.grade === 'vague-group') continue;
    const e = excerptOf.get(a.id);
    if (e) out.push({ attribution: a.id, ...e });
  }
  return out;
}

export function chainViews(s: Summary): ChainView[] {
  return s.chains
    .filter((c) => c.speakers.length >= 2 && c.attributions.length >= 1)
    .map((c) => ({ speakers: c.speakers, focus: c.attributions[c.attributions.length - 1]! }));
}

export function summaryView(state: PageState): SummaryView | null {
  const s = state.summary;
  if (!s || !s.totals.attributions) return null;
  const groups = groupByGrade(s);
  return {
    profile: profileOf(s),
    groups,
    chains: chainViews(s),
    flags: {
      noReason: groups.flatMap((g) => g.speakers.filter((v) => v.noReason)),
      singleAnonymous: singleAnonymousClaims(state.attributions, s),
    },
  };
}

/** The i18n key of each grade's group heading. */
export function gradeLabelKey(grade: Grade): string {
  return `grade_${grade.replace(/-/g, '_')}`;
}

export function kindLabelKey(kind: Kind): string {
  return `kind_${kind}`;
}
