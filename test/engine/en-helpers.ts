// Helpers for the English specification tests: analyze a text and read the
// attributions back as plain strings.
import { analyze } from '../../src/engine/index.js';
import type { Attribution } from '../../src/engine/index.js';

export interface Seen {
  kind: string;
  grade: string;
  source: string | null;
  speaker: string | null;
  cue: string;
  content: string;
  direct: boolean;
  plural: boolean;
  reason: string | null;
  via: number | null;
}

export function seen(text: string, a: Attribution): Seen {
  return {
    kind: a.kind,
    grade: a.grade,
    source: a.source?.text ?? null,
    speaker: a.speaker,
    cue: a.cue.text,
    content: text.slice(a.content.start, a.content.end),
    direct: a.direct,
    plural: a.plural,
    reason: a.anonymityReason?.text ?? null,
    via: a.via,
  };
}

export function attributions(text: string): Seen[] {
  return analyze(text, { lang: 'en' }).attributions.map((a) => seen(text, a));
}

/** The one attribution whose cue is `cue` (fails the test when there is none or several). */
export function one(text: string, cue: string): Seen {
  const all = attributions(text).filter((a) => a.cue === cue);
  if (all.length !== 1) throw new Error(`expected one attribution with cue "${cue}", got ${all.length}: ${JSON.stringify(attributions(text))}`);
  return all[0]!;
}
