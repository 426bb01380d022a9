// Hand-written page states for the popup tests. The summary is computed by
// the engine's own summary() from attributions we place by hand, so the
// popup is tested against the real summary shape, independent of the rules.
import { summary } from '../../src/engine/summary.js';
import type { Analysis, Attribution, Grade, TextSpan } from '../../src/engine/types.js';
import { kindOfGrade } from '../../src/engine/types.js';
import { emptyPageState } from '../../src/shared/types.js';
import type { PageState } from '../../src/shared/types.js';

export const TEXT = [
  'Zakon.kz reported, according to The Guardian, that a source among US officials said the talks had failed.',
  '“We will not sign this,” Foreign Minister Anna Petrova said on Monday.',
  'Officials familiar with the matter said the deal was off.',
  'Reportedly, the talks will resume in spring.',
  'A senior official, who spoke on condition of anonymity, said the date was set for May.',
].join('\n\n');

function span(text: string, needle: string, from = 0): TextSpan {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}

interface Spec {
  grade: Grade;
  source: string | null;
  speaker: string | null;
  cue: string;
  content: string;
  direct?: boolean;
  plural?: boolean;
  reason?: string;
  via?: number;
}

export function buildAttributions(text: string, specs: Spec[]): Attribution[] {
  return specs.map((s, id) => {
    const content = span(text, s.content);
    return {
      id,
      kind: kindOfGrade(s.grade),
      source: s.source ? span(text, s.source) : null,
      speaker: s.speaker,
      // The cue is near its source ("according to The Guardian", "Petrova said").
      cue: span(text, s.cue, Math.max(0, (s.source ? text.indexOf(s.source) : content.start) - 20)),
      content: { start: content.start, end: content.end },
      direct: s.direct ?? false,
      grade: s.grade,
      plural: s.plural ?? false,
      anonymityReason: s.reason ? span(text, s.reason) : null,
      via: s.via ?? null,
      lang: 'en',
    };
  });
}

export const SPECS: Spec[] = [
  { grade: 'media', source: 'Zakon.kz', speaker: 'Zakon.kz', cue: 'reported', content: 'the talks had failed' },
  { grade: 'media', source: 'The Guardian', speaker: 'The Guardian', cue: 'according to', content: 'the talks had failed', via: 0 },
  { grade: 'anonymous-described', source: 'a source among US officials', speaker: 'a source among US officials', cue: 'said', content: 'the talks had failed', via: 1 },
  { grade: 'person', source: 'Foreign Minister Anna Petrova', speaker: 'Anna Petrova', cue: 'said', content: 'We will not sign this,', direct: true },
  { grade: 'anonymous-described', source: 'Officials familiar with the matter', speaker: 'Officials familiar with the matter', cue: 'said', content: 'the deal was off', plural: true },
  { grade: 'unattributed', source: null, speaker: null, cue: 'Reportedly', content: 'the talks will resume in spring' },
  { grade: 'anonymous-described', source: 'A senior official', speaker: 'A senior official', cue: 'said', content: 'the date was set for May', reason: 'who spoke on condition of anonymity' },
];

export function stateFrom(text: string, attributions: Attribution[], patch: Partial<PageState> = {}): PageState {
  const analysis: Analysis = {
    lang: 'en', supported: true, langs: { en: text.length }, length: text.length, attributions, sentences: [], skippedChars: 0,
  };
  return {
    ...emptyPageState('https://news.example.com/world/talks', 'Talks collapse, officials say'),
    state: 'done', lang: 'en', article: true, enabled: true, chars: text.length,
    summary: summary(analysis, text), attributions, ...patch,
  };
}

export function doneState(patch: Partial<PageState> = {}): PageState {
  return stateFrom(TEXT, buildAttributions(TEXT, SPECS), patch);
}
