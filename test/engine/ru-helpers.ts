// Helpers for the Russian specification tests: analyze a text as Russian and
// read the attributions back as plain strings.
import assert from 'node:assert/strict';
import { analyze } from '../../src/engine/index.js';

export interface Seen {
  grade: string;
  kind: string;
  source: string | null;
  speaker: string | null;
  cue: string;
  content: string;
  direct: boolean;
  via: number | null;
  plural: boolean;
  reason: string | null;
}

export function ru(text: string): Seen[] {
  return analyze(text, { lang: 'ru' }).attributions.map((x) => ({
    grade: x.grade, kind: x.kind, source: x.source?.text ?? null, speaker: x.speaker, cue: x.cue.text,
    content: text.slice(x.content.start, x.content.end), direct: x.direct, via: x.via, plural: x.plural, reason: x.anonymityReason?.text ?? null,
  }));
}

/** The one attribution with this cue (and source, when given); fails listing all of them otherwise. */
export function by(list: Seen[], cue: string, source?: string): Seen {
  const found = list.filter((x) => x.cue === cue && (source === undefined || x.source === source));
  assert.equal(found.length, 1, `expected one attribution with cue «${cue}»${source ? ` and source «${source}»` : ''}, got ${JSON.stringify(list, null, 1)}`);
  return found[0]!;
}
