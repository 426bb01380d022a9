// Re-analyzing only what changed: after a page mutation, attributions of
// paragraphs whose text is still there move with it; runs of new or edited
// paragraphs go to the engine. Paragraphs are the text model's "\n\n" blocks.
import type { Attribution } from '../shared/types.js';
import type { Span, TextModel } from './text-model.js';
import { every, runSteps, type Steps } from './slice.js';

/** Attributions with offsets relative to `offset` in the new model's text. */
export interface AttributionGroup { offset: number; attributions: Attribution[] }

export interface MergePlan {
  /** Old attributions moved to where their paragraphs are now (offsets already in the new text). */
  kept: AttributionGroup[];
  /** Spans of the new text to analyze (consecutive new or changed paragraphs). */
  runs: Span[];
  /** Share of the new text that is new or changed, 0..1. */
  changedShare: number;
}

export function shiftAttribution(a: Attribution, by: number): Attribution {
  if (!by) return a;
  const sp = <T extends Span>(s: T): T => ({ ...s, start: s.start + by, end: s.end + by });
  return {
    ...a,
    source: a.source ? sp(a.source) : null,
    cue: sp(a.cue),
    content: sp(a.content),
    anonymityReason: a.anonymityReason ? sp(a.anonymityReason) : null,
  };
}

function extent(a: Attribution): Span {
  const spans = [a.cue, a.content, a.source, a.anonymityReason].filter((s): s is NonNullable<typeof s> => !!s);
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

export function mergeAttributions(old: TextModel, attributions: Attribution[], model: TextModel): MergePlan {
  return runSteps(mergeAttributionSteps(old, attributions, model));
}

/** mergeAttributions, as steps (a live blog of thousands of paragraphs and attributions). */
export function* mergeAttributionSteps(old: TextModel, attributions: Attribution[], model: TextModel): Steps<MergePlan> {
  const checkpoint = every(512);
  const oldTexts = old.paragraphs.map((p) => old.text.slice(p.start, p.end));
  const newTexts = model.paragraphs.map((p) => model.text.slice(p.start, p.end));
  const known = new Set(oldTexts);
  const where = new Map<string, number[]>();
  newTexts.forEach((t, i) => { const l = where.get(t); if (l) l.push(i); else where.set(t, [i]); });
  yield;

  const runs: Span[] = [];
  let changed = 0;
  newTexts.forEach((t, i) => {
    if (!t.trim() || known.has(t)) return;
    const p = model.paragraphs[i]!;
    changed += p.end - p.start;
    const last = runs[runs.length - 1];
    if (last && i > 0 && last.end === model.paragraphs[i - 1]!.end) last.end = p.end;
    else runs.push({ start: p.start, end: p.end });
  });
  yield;

  const kept: Attribution[] = [];
  for (const a of attributions) {
    if (checkpoint()) yield;
    const e = extent(a);
    const pi = old.paragraphAt(e.start), pj = old.paragraphAt(Math.max(e.start, e.end - 1));
    const base = old.paragraphs[pi]!.start;
    const key = old.text.slice(base, old.paragraphs[pj]!.end);
    const found = (where.get(oldTexts[pi]!) ?? []).find((k) => model.text.startsWith(key, model.paragraphs[k]!.start));
    if (found !== undefined) kept.push(shiftAttribution(a, model.paragraphs[found]!.start - base));
  }
  return { kept: [{ offset: 0, attributions: kept }], runs, changedShare: model.text.length ? changed / model.text.length : 0 };
}
