// The project's scorer, implementing ../shared/corpus/FORMAT.md "How a system is scored".
import { speakersMatch } from '../../src/engine/summary.js';

export interface ScoreSpan { start: number; end: number }
export interface ScoreAttribution {
  kind: 'named' | 'anonymous' | 'unattributed';
  source: ScoreSpan | null;
  speaker: string | null;
  cue: ScoreSpan;
  content: ScoreSpan;
  direct?: boolean;
  cue_class?: string;
}

export interface Counts {
  gold: number; system: number; matched: number;
  kindSame: number;
  anonGold: number; anonSystem: number; anonMatched: number;
  contentF1Sum: number;
  strict: number;
  speakerGold: number; speakerSystem: number; speakerGoldHit: number; speakerSystemHit: number;
}

export const emptyCounts = (): Counts => ({
  gold: 0, system: 0, matched: 0, kindSame: 0, anonGold: 0, anonSystem: 0, anonMatched: 0,
  contentF1Sum: 0, strict: 0, speakerGold: 0, speakerSystem: 0, speakerGoldHit: 0, speakerSystemHit: 0,
});

const overlap = (a: ScoreSpan, b: ScoreSpan) => a.start < b.end && b.start < a.end;
const isAnon = (a: ScoreAttribution) => a.kind !== 'named';

export function tokens(text: string, s: ScoreSpan): string[] {
  return text.slice(s.start, s.end).toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function tokenF1(a: string[], b: string[]): number {
  if (!a.length && !b.length) return 1;
  if (!a.length || !b.length) return 0;
  const bag = new Map<string, number>();
  for (const t of b) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = bag.get(t) ?? 0;
    if (n > 0) { common++; bag.set(t, n - 1); }
  }
  if (!common) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}

/** Two attributions match: source spans overlap (cue spans when either has no source) and content spans overlap. */
export function matches(sys: ScoreAttribution, gold: ScoreAttribution): boolean {
  const anchor = sys.source && gold.source ? overlap(sys.source, gold.source) : overlap(sys.cue, gold.cue);
  return anchor && overlap(sys.content, gold.content);
}

/** Scores one document; adds into `into`. Returns the matched pairs for reports. */
export function scoreDocument(text: string, goldAll: ScoreAttribution[], sysAll: ScoreAttribution[], into: Counts = emptyCounts()) {
  const gold = goldAll.filter((g) => g.cue_class !== 'other');
  const other = goldAll.filter((g) => g.cue_class === 'other');
  // System entries that only match an "other" gold entry are neither right nor wrong.
  const sys = sysAll.filter((s) => !other.some((o) => matches(s, o)) || gold.some((g) => matches(s, g)));

  // One-to-one matching, best content overlap first.
  const pairs: { s: number; g: number; f1: number }[] = [];
  sys.forEach((s, si) => gold.forEach((g, gi) => {
    if (matches(s, g)) pairs.push({ s: si, g: gi, f1: tokenF1(tokens(text, s.content), tokens(text, g.content)) });
  }));
  pairs.sort((a, b) => b.f1 - a.f1);
  const usedS = new Set<number>();
  const usedG = new Set<number>();
  const matched: { sys: ScoreAttribution; gold: ScoreAttribution; f1: number }[] = [];
  for (const p of pairs) {
    if (usedS.has(p.s) || usedG.has(p.g)) continue;
    usedS.add(p.s); usedG.add(p.g);
    matched.push({ sys: sys[p.s]!, gold: gold[p.g]!, f1: p.f1 });
  }

  into.gold += gold.length;
  into.system += sys.length;
  into.matched += matched.length;
  into.anonGold += gold.filter(isAnon).length;
  into.anonSystem += sys.filter(isAnon).length;
  for (const m of matched) {
    if (m.sys.kind === m.gold.kind) into.kindSame++;
    if (isAnon(m.sys) && isAnon(m.gold)) into.anonMatched++;
    into.contentF1Sum += m.f1;
    const speakerOk = m.gold.kind !== 'named' || (!!m.sys.speaker && !!m.gold.speaker && speakersMatch(m.sys.speaker, m.gold.speaker));
    if (m.sys.kind === m.gold.kind && speakerOk && m.f1 >= 0.5) into.strict++;
  }

  // Speaker F1 over the distinct named speakers of the document.
  const distinct = (list: ScoreAttribution[]) => {
    const out: string[] = [];
    for (const a of list) {
      if (a.kind !== 'named' || !a.speaker) continue;
      if (!out.some((x) => x.toLowerCase() === a.speaker!.toLowerCase())) out.push(a.speaker);
    }
    return out;
  };
  const gs = distinct(gold);
  const ss = distinct(sys);
  into.speakerGold += gs.length;
  into.speakerSystem += ss.length;
  into.speakerGoldHit += gs.filter((g) => ss.some((s) => speakersMatch(s, g))).length;
  into.speakerSystemHit += ss.filter((s) => gs.some((g) => speakersMatch(s, g))).length;
  return { matched, gold, sys };
}

export interface Scores {
  precision: number; recall: number; f1: number;
  strictF1: number; kindAccuracy: number;
  anonPrecision: number; anonRecall: number;
  contentF1: number; speakerF1: number;
}

const div = (a: number, b: number) => (b ? a / b : 0);
const f = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export function scores(c: Counts): Scores {
  const precision = div(c.matched, c.system);
  const recall = div(c.matched, c.gold);
  const sp = div(c.speakerSystemHit, c.speakerSystem);
  const sr = div(c.speakerGoldHit, c.speakerGold);
  return {
    precision, recall, f1: f(precision, recall),
    strictF1: f(div(c.strict, c.system), div(c.strict, c.gold)),
    kindAccuracy: div(c.kindSame, c.matched),
    anonPrecision: div(c.anonMatched, c.anonSystem),
    anonRecall: div(c.anonMatched, c.anonGold),
    contentF1: div(c.contentF1Sum, c.matched),
    speakerF1: f(sp, sr),
  };
}
