// summary(analysis): who said what, per speaker; the sourcing profile; chains.
import type { Analysis, Attribution, Claim, Grade, Kind, Span, SpeakerSummary, Summary } from './types.js';

/** Speaker key as FORMAT.md compares them: case-folded, ё→е, quotes and a leading article dropped. */
export function normalizeSpeaker(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»“”„"'’‘]/g, '')
    .replace(/^(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function speakerWords(s: string): string[] {
  return normalizeSpeaker(s).split(/[^\p{L}\p{N}.]+/u).filter(Boolean);
}

/** FORMAT.md: two speakers match when the words of one are all among the words of the other. */
export function speakersMatch(a: string, b: string): boolean {
  const wa = speakerWords(a);
  const wb = speakerWords(b);
  if (!wa.length || !wb.length) return false;
  const [small, big] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return small.every((w) => big.has(w));
}

const EXCERPT = 240;

function excerpt(text: string, span: Span): string {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return s.length > EXCERPT ? s.slice(0, EXCERPT - 1).trimEnd() + '…' : s;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function summary(analysis: Analysis, text: string): Summary {
  const atts = analysis.attributions;
  type Group = { key: string; sp: SpeakerSummary; words: string[]; claimKeys: Set<string>; mentionSet: Set<string> };
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  // Named groups by each of their words, so merging "Путин" into "Владимир Путин" does not scan every group.
  const byWord = new Map<string, Group[]>();
  const indexWords = (g: Group) => {
    for (const w of g.words) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      if (!list.includes(g)) list.push(g);
    }
  };
  for (const a of atts) {
    const speaker = a.kind === 'unattributed' ? unattributedLabel(analysis.lang) : a.speaker ?? a.source?.text ?? '?';
    const key = `${a.kind}|${normalizeSpeaker(speaker)}`;
    const words = speakerWords(speaker);
    let g = byKey.get(key);
    if (!g && a.kind === 'named') {
      for (const w of words) {
        g = byWord.get(w)?.find((x) => speakersMatch(x.sp.speaker, speaker));
        if (g) break;
      }
    }
    if (!g) {
      g = { key, words, claimKeys: new Set(), mentionSet: new Set(), sp: { speaker, kind: a.kind, grade: a.grade, count: 0, mentions: [], claims: [], anonymityReason: false } };
      groups.push(g);
      byKey.set(key, g);
      if (a.kind === 'named') indexWords(g);
    } else if (a.kind === 'named' && words.length > g.words.length) {
      // Keep the fullest form as the display name ("Путин" → "Владимир Путин").
      g.sp.speaker = speaker;
      g.words = words;
      byKey.set(key, g);
      indexWords(g);
    }
    const sp = g.sp;
    sp.count++;
    const mention = a.source?.text ?? a.cue.text;
    if (!g.mentionSet.has(mention)) { g.mentionSet.add(mention); sp.mentions.push(mention); }
    if (a.anonymityReason) sp.anonymityReason = true;
    const ck = `${a.content.start}:${a.content.end}`;
    if (!g.claimKeys.has(ck)) {
      g.claimKeys.add(ck);
      const claim: Claim = { attribution: a.id, content: a.content, excerpt: excerpt(text, a.content), direct: a.direct };
      sp.claims.push(claim);
    }
  }

  // Distinct claims: content spans, overlapping ones merged (sorted by start, so only the last one can overlap).
  const claims: { span: Span; kinds: Set<Kind> }[] = [];
  for (const a of [...atts].sort((x, y) => x.content.start - y.content.start)) {
    const last = claims[claims.length - 1];
    const c = last && overlaps(last.span, a.content) ? last : undefined;
    if (c) {
      c.kinds.add(a.kind);
      c.span = { start: Math.min(c.span.start, a.content.start), end: Math.max(c.span.end, a.content.end) };
    } else claims.push({ span: a.content, kinds: new Set([a.kind]) });
  }
  const only = (k: Kind) => claims.filter((c) => c.kinds.size === 1 && c.kinds.has(k)).length;
  const onlyAnon = claims.filter((c) => !c.kinds.has('named') && c.kinds.has('anonymous')).length;

  const speakers = groups.map((g) => g.sp).sort((x, y) => gradeOrder(x.grade) - gradeOrder(y.grade) || y.count - x.count);
  return {
    lang: analysis.lang,
    speakers,
    totals: {
      attributions: atts.length,
      sources: speakers.filter((s) => s.kind !== 'unattributed').length,
      claims: claims.length,
      named: atts.filter((a) => a.kind === 'named').length,
      anonymous: atts.filter((a) => a.kind === 'anonymous').length,
      unattributed: atts.filter((a) => a.kind === 'unattributed').length,
    },
    anonymousShare: claims.length ? onlyAnon / claims.length : 0,
    unattributedShare: claims.length ? only('unattributed') / claims.length : 0,
    chains: chains(atts),
  };
}

const ORDER: Grade[] = ['person', 'organization', 'media', 'document', 'anonymous-described', 'anonymous-bare', 'vague-group', 'unattributed'];
function gradeOrder(g: Grade): number {
  return ORDER.indexOf(g);
}

function unattributedLabel(lang: string): string {
  return lang === 'ru' ? 'без источника' : 'no source given';
}

/** Chains from `via` links, outermost reporter first; only chains of two or more. */
function chains(atts: Attribution[]): Summary['chains'] {
  const hasChild = new Set<number>();
  for (const a of atts) if (a.via !== null) hasChild.add(a.via);
  const out: Summary['chains'] = [];
  const seen = new Set<string>();
  for (const leaf of atts) {
    if (hasChild.has(leaf.id) || leaf.via === null) continue;
    const path: Attribution[] = [];
    const visited = new Set<number>();
    for (let a: Attribution | undefined = leaf; a && !visited.has(a.id); a = a.via === null ? undefined : atts[a.via]) {
      visited.add(a.id);
      path.unshift(a);
    }
    const speakers = path.map((a) => a.speaker ?? a.cue.text);
    const key = speakers.map(normalizeSpeaker).join('←');
    if (path.length < 2 || seen.has(key)) continue;
    seen.add(key);
    out.push({ speakers, attributions: path.map((a) => a.id) });
  }
  return out;
}
