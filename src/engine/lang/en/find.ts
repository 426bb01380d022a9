// The English rules: for each sentence, find cues, the source of each cue
// (before or after it), the content it governs, and resolve who the source
// is (pronouns, surnames, "the campaign", "the paper").
import type { ExtraLexicon, Grade, Span } from '../../types.js';
import { kindOfGrade } from '../../types.js';
import type { Candidate, DocView, Quote } from '../types.js';
import { tokenize, isQuote, type Tok } from './tokens.js';
import { findCues, extraVerbForms, matchPhrase, tails, titleCase, type Cue } from './cues.js';
import { subjectBefore, phraseAfter, skipVerbPrefix, skipAfterVerb, type Phrase } from './np.js';
import { classify, spanText, type SourceInfo } from './classify.js';
import { Entities } from './entities.js';
import { nameType } from './tagger.js';
import { QuoteIndex } from './quotes-view.js';
import { ANONYMITY_REASONS, ANONYMOUS_HEADS, DOCUMENT_HEADS } from './lexicon/anonymous.js';
import { ORG_DESCRIPTIONS } from './lexicon/titles.js';
import { NOT_SOURCE, SUBJECT_PRONOUNS, DETERMINERS, NP_STOP, GROUP_NAMES } from './lexicon/words.js';

interface Emitted {
  cand: Candidate;
  pos: number;
  info: SourceInfo;
}

const GAP_BEFORE = /^[\s,—–\-]*$/;
const GAP_AFTER = /^[\s,:—–\-]*$/;
/** Between the cue of a split quote and its second part: punctuation, or a participle clause (", smiling,"). */
const SPLIT_GAP = /^(?:[\s,.;:—–-]*|[\s,]*[^“”"«»]{0,220}?[,.:]\s*)$/u;
/** Where the text after a quote's closing mark starts. */
const markEnd = (q: Quote) => q.closeEnd ?? (q.close === null ? q.content.end : q.close + 1);
/** A reporting verb inside that gap means the next quote has its own cue. */
const GAP_CUE = /\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|noted|notes|continued|explained|replied|insisted|argued|saying|adding|explaining|noting|arguing|writing|telling|asking)\b/;
/** Participles that open a new report: "…, arguing that …". */
const ING_CUES = new Set(['saying', 'adding', 'arguing', 'noting', 'claiming', 'insisting', 'explaining', 'warning', 'calling', 'asking', 'suggesting', 'stressing', 'writing', 'telling', 'declaring', 'acknowledging', 'admitting', 'accusing', 'charging']);
/** Finite reporting verbs that can follow "and" as a second report of the same subject. */
const AND_CUES = new Set(['said', 'says', 'added', 'adds', 'warned', 'warns', 'noted', 'notes', 'argued', 'argues', 'called', 'calls', 'told', 'tells', 'insisted', 'insists', 'claimed', 'claims', 'predicted', 'predicts', 'suggested', 'suggests', 'acknowledged', 'acknowledges', 'denied', 'denies', 'vowed', 'vows', 'urged', 'urges', 'wrote', 'writes', 'announced', 'announces', 'accused', 'accuses']);
/** A plural group a later "they" can point to: "many analysts", "Cruz’s allies", "opponents". */
const GROUP_PHRASE = new RegExp(`(?:\\b(?:many|some|most|several|other|few|the|these|those|his|her|their)\\s+)?(?:[\\p{L}’'-]+\\s+){0,2}\\b(?:${[...new Set([...Object.values(ANONYMOUS_HEADS), ...GROUP_NAMES])].filter((w) => w.endsWith('s')).join('|')})\\b`, 'giu');
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', "'re", "'ve", "'ll"]);
const NOT_SUBJECT = /^(?:In|On|At|For|With|From|By|As|After|Before|During|Since|But|And|Or|So|Yet|Then|Now|Still|Also|Even|Here|There|This|That|It|When|While|If|Although|Though|Because)$/;
const TRAIL = /^[\s.,;:!?)\]”"’»—–\-]*$/;
const COLON_STOP = new Set(['the latest', 'update', 'updated', 'editor', "editor's note", 'note', 'breaking', 'watch', 'related', 'photos', 'photo', 'video', 'read', 'more', 'correction', 'exclusive', 'opinion', 'analysis', 'live', 'transcript', 'q', 'a', 'source', 'sources', 'credit', 'listen', 'see also', 'warning', 'disclosure', 'full disclosure', 'also', 'plus', 'bottom line', 'why', 'what', 'who', 'when', 'where', 'how', 'update', 'reporting', 'contact']);

const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'who', 'which']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'did', 'does', "n't", 'not', 'to', 'also', 'often', 'still', 'sometimes', 'usually', 'never', 'and', 'or']);

/** A base-form verb ("say", "predict") needs a plural subject or an auxiliary: "the pollster predict" is no clause. */
function agrees(toks: Tok[], cue: Cue, src: Phrase): boolean {
  if (cue.form !== 0) return true;
  const before = toks[cue.from - 1];
  if (before && MODALS.has(before.lo)) return true;
  // The head noun: the last word before a post-modifier ("people close to her", "officials at the agency").
  let h = src.coreTo - 1;
  for (let k = src.from + 1; k < src.coreTo; k++) {
    if (/^(?:of|at|for|with|from|in|on|to|by|close|familiar|who|which|that|near|inside|within|among)$/.test(toks[k]!.lo)) { h = k - 1; break; }
  }
  while (h > src.from && !toks[h]!.word) h--;
  const head = toks[h]!;
  if (PLURAL_PRONOUNS.has(head.lo)) return true;
  if (head.lo in SUBJECT_PRONOUNS) return false;
  if (/(?:s|people|men|women|staff|police|media|data|public|team)$/.test(head.lo) || /^(?:some|many|most|others|both|all|majority|minority|half|number|dozens|few|several|none|third|quarter)$/.test(head.lo)) return true;
  // Coordinated subjects: "Clinton and Sanders say".
  return toks.slice(src.from, src.coreTo).some((t) => t.lo === 'and');
}

export function findEnglish(doc: DocView, sentences: number[], extra?: ExtraLexicon): Candidate[] {
  const f = new Finder(doc, extra);
  for (const i of sentences) f.sentence(i);
  f.continuations();
  return f.out.map((e) => e.cand);
}

class Finder {
  readonly out: Emitted[] = [];
  private ents: Entities;
  private quotes: QuoteIndex;
  private extraVerbs;
  private extraAnon: string[];
  private text: string;

  constructor(private doc: DocView, extra?: ExtraLexicon) {
    this.text = doc.text;
    this.ents = new Entities(doc.text);
    this.quotes = new QuoteIndex(doc.quotes, doc.text);
    this.extraVerbs = extraVerbForms(extra?.reportingVerbs);
    this.extraAnon = (extra?.anonymousPhrases ?? []).map((s) => s.toLowerCase().trim()).filter(Boolean);
  }

  private paragraphOf(pos: number): Span {
    const ps = this.doc.paragraphs;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = ps[mid]!;
      if (pos < p.start) hi = mid - 1;
      else if (pos >= p.end) lo = mid + 1;
      else return p;
    }
    return { start: pos, end: pos };
  }

  sentence(si: number): void {
    const s = this.doc.sentences[si]!;
    const text = this.text;
    const toks = tokenize(text, s.start, s.end);
    if (!toks.length) return;
    const cues = findCues(toks, this.extraVerbs);
    const made: Emitted[] = [];
    const para = this.paragraphOf(s.start);

    // "Pat Caddell: Democrat voters worried …" / transcript "WALLACE: …".
    if (s.start === para.start || isQuote(toks[0]) && toks[0]!.start === para.start) this.colonCue(toks, made, para);

    for (const cue of cues) {
      const cueStart = toks[cue.from]!.start;
      const inQ = this.quotes.inside(cueStart);
      // Words inside a quotation belong to the quoted speaker, not to the article.
      if (inQ && cue.type !== 'hedge') continue;
      if (cue.type === 'hedge') { this.hedge(toks, cue, s, made); continue; }
      let src: Phrase | null = null;
      let inverted = false;
      if (cue.type === 'after' || cue.type === 'passive') {
        // "According to X, claim": X ends at the comma.
        const leading = cue.from === 0 || /^(?:but|and|yet|so|still)$/.test(toks[cue.from - 1]!.lo) || toks[cue.from - 1]!.text === ',';
        src = phraseAfter(toks, cue.to, toks.length, leading && cue.phrase !== 'citing');
        if (!src) continue;
        inverted = true;
      } else {
        const before = skipVerbPrefix(toks, cue.from);
        const b = toks[before];
        let canInvert = cue.form !== 3 && !cue.verb?.addressee && (before < 0 || b!.text === ',' || isQuote(b) && /[”"’»']/.test(b!.text) || b!.text === '—' || b!.text === '–' || b!.text === '?' || b!.text === '!');
        // "Richard Revesz, director of …, said the states …": a subject with an appositive, not an inversion.
        if (canInvert && b?.text === ',') {
          const sb = subjectBefore(toks, cue.from);
          if (sb && (sb.from === 0 || isQuote(toks[sb.from - 1]) || /^(?:and|but|so|because|while)$/.test(toks[sb.from - 1]!.lo))) { canInvert = false; src = sb; }
        }
        if (canInvert) {
          const n = toks[cue.to];
          if (n && n.word && !['that', 'him', 'her', 'them', 'me', 'us', 'it', 'to', 'in', 'on', 'at', 'of', 'for', 'with'].includes(n.lo)) {
            src = phraseAfter(toks, skipAfterVerb(toks, cue.to));
            // "…," said he. — but "…, said he hopes …" has its subject before the verb.
            if (src && toks[src.from]!.lo in SUBJECT_PRONOUNS && toks[src.from + 1]?.word) src = null;
            // "X, owner of Y, said the campaign has yet to …": a clause follows, not an inverted name.
            if (src && toks.slice(src.from, src.coreTo).some((t, i) => i > 0 && AUX.has(t.lo))) src = null;
            if (src) inverted = true;
          }
        }
        if (!src && !inverted) {
          if (cue.form === 3) src = this.ingSubject(toks, cue, made);
          else src = this.coordinated(toks, cue, made) ?? subjectBefore(toks, cue.from);
        }
        if (!src) continue;
      }
      let info = this.source(toks, src, cue);
      // The user's own anonymous-source phrases ("hallway voices") make a source even where the lexicon has none.
      if (!info && this.extraAnon.length) {
        const phrase = text.slice(toks[src.from]!.start, toks[src.to - 1]!.end);
        if (this.extraAnon.some((p) => phrase.toLowerCase().includes(p))) info = { grade: 'anonymous-described', speaker: phrase, plural: /s$/i.test(phrase) };
      }
      if (!info) continue;
      if (cue.weak && cue.type === 'verb' && (info.grade === 'anonymous-bare' && !info.pointer)) continue;
      if (cue.type === 'verb' && !inverted && !agrees(toks, cue, src)) continue;
      const content = this.content(toks, cue, src, inverted, s, para);
      if (!content || this.junk(content.span)) continue;
      const srcSpan = { start: toks[src.from]!.start, end: toks[src.to - 1]!.end };
      const reason = this.reason(srcSpan, s);
      let grade = info.grade;
      if (reason && kindOfGrade(grade) === 'named' && !info.pointer && /spokes|official|aide|adviser|advisor/i.test(info.speaker)) grade = 'anonymous-described';
      if (reason && grade === 'anonymous-bare') grade = 'anonymous-described';
      if (this.extraAnon.length && this.extraAnon.some((p) => text.slice(srcSpan.start, srcSpan.end).toLowerCase().includes(p))) grade = 'anonymous-described';
      const cand: Candidate = {
        grade,
        source: srcSpan,
        speaker: info.speaker,
        cue: { start: cueStart, end: toks[cue.to - 1]!.end },
        content: content.span,
        direct: content.direct,
        plural: info.plural,
        anonymityReason: reason,
      };
      const e: Emitted = { cand, pos: srcSpan.start, info: { ...info, grade } };
      // A headline's "New Poll Shows …" / "Popular Website …" names its source later in the text.
      if (titleCase(toks) && !info.pointer) {
        const last = toks[src.coreTo - 1]?.lo ?? '';
        const type = ORG_DESCRIPTIONS[last] ?? (DOCUMENT_HEADS.has(last) ? 'document' : undefined);
        if (type) (e as Emitted & { forward?: string }).forward = type === 'document' ? 'document' : type;
      }
      made.push(e);
      (e as Emitted & { cue: Cue }).cue = cue;
    }
    this.link(made, toks);
    for (const e of made) this.out.push(e);
  }

  /** "Trump said A and warned B": a verb after "and" shares the subject of the report before it. */
  private coordinated(toks: Tok[], cue: Cue, made: Emitted[]): Phrase | null {
    let before = cue.from - 1;
    while (before >= 0 && toks[before]!.lo !== 'and' && /^(?:also|then|later|has|have|had|would|will|quickly|repeatedly)$/.test(toks[before]!.lo)) before--;
    if (toks[before]?.lo !== 'and') return null;
    const prev = made[made.length - 1];
    if (!prev?.cand.source || prev.cand.grade === 'unattributed') return null;
    const start = toks.findIndex((t) => t.start === prev.cand.source!.start);
    const end = toks.findIndex((t) => t.end === prev.cand.source!.end);
    return start >= 0 && end >= start ? { from: start, to: end + 1, coreTo: end + 1 } : null;
  }

  /** Subject of a participle: ", saying …" takes the source of the clause it hangs on. */
  private ingSubject(toks: Tok[], cue: Cue, made: Emitted[]): Phrase | null {
    if (/^(?:is|are|was|were|been|be|'s|'re)$/.test(toks[cue.from - 1]?.lo ?? '')) return subjectBefore(toks, cue.from);
    const before = skipVerbPrefix(toks, cue.from);
    const b = toks[before];
    if (b?.text !== ',') return null;
    const prev = made[made.length - 1];
    if (prev?.cand.source) {
      const start = toks.findIndex((t) => t.start === prev.cand.source!.start);
      const end = toks.findIndex((t) => t.end === prev.cand.source!.end);
      if (start >= 0 && end >= start) return { from: start, to: end + 1, coreTo: end + 1 };
    }
    // "In October, Trump's state director, Mike Rubino, reached out …, writing …": the first person named.
    for (let k = 0; k < before; k++) {
      const t = toks[k]!;
      if (!t.cap || !t.word || this.quotes.inside(t.start)) continue;
      let e = k;
      while (e + 1 < before && toks[e + 1]!.cap && toks[e + 1]!.word) e++;
      const name = this.text.slice(t.start, toks[e]!.end);
      if (/^['’]s$/.test(toks[e + 1]?.lo ?? '') || NOT_SUBJECT.test(toks[k]!.text)) { k = e; continue; }
      const canon = this.ents.canonical(name.replace(/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+/, ''), t.start);
      if (canon.includes(' ') && this.ents.type(canon) === 'person') return { from: k, to: e + 1, coreTo: e + 1 };
      k = e;
    }
    // "Clinton, speaking in Ohio, …" → the sentence's first noun phrase, when it is a name or pronoun.
    for (let k = 0; k < Math.min(before, 4); k++) {
      const t = toks[k]!;
      if (t.lo in SUBJECT_PRONOUNS && !['it', 'who', 'which', 'i', 'we', 'you'].includes(t.lo)) return { from: k, to: k + 1, coreTo: k + 1 };
      if (t.cap && t.word && !DETERMINERS.has(t.lo) && !/(?:ing|ed|ly)$/.test(t.lo) && !NOT_SUBJECT.test(t.text)) {
        let e = k;
        while (e + 1 < before && toks[e + 1]!.cap && toks[e + 1]!.word) e++;
        if (toks[e + 1]?.text === ',' || toks[e + 1]?.word && !toks[e + 1]!.cap) return { from: k, to: e + 1, coreTo: e + 1 };
      }
    }
    return null;
  }

  /** Classifies the source phrase and resolves pointers (pronouns, "the campaign", "the source"). */
  private source(toks: Tok[], ph: Phrase, cue: Cue): SourceInfo | null {
    const first = toks[ph.from]!;
    if (ph.coreTo - ph.from === 1 && NOT_SOURCE.has(first.lo) && first.lo !== 'it' && first.lo !== 'which') return null;
    if (first.lo === 'i' || first.lo === 'we' || first.lo === 'you') return null;
    // ", who said" / "people who said" → the phrase before.
    if ((first.lo === 'who' || first.lo === 'which') && ph.coreTo - ph.from === 1) {
      const np = subjectBefore(toks, toks[ph.from - 1]?.text === ',' ? ph.from - 1 : ph.from);
      if (!np || np.from >= ph.from) return null;
      return this.source(toks, np, cue);
    }
    const info = classify(this.text, toks, ph, this.ents);
    if (!info) return null;
    if (!info.pointer) return info;
    return this.resolve(info, first.start);
  }

  /** Resolves a pointer; null when a pronoun has nothing to point to (then it is no source we can report). */
  private resolve(info: SourceInfo, pos: number): SourceInfo | null {
    const p = info.pointer!;
    const hist = this.out;
    const recent = (pred: (e: Emitted) => boolean, window = 3000) => {
      for (let i = hist.length - 1; i >= 0; i--) {
        const e = hist[i]!;
        if (pos - e.pos > window) break;
        if (e.pos < pos && pred(e)) return e;
      }
      return null;
    };
    const take = (e: Emitted, keepGrade = false): SourceInfo => ({ grade: keepGrade ? info.grade : e.info.grade, speaker: e.info.speaker, plural: e.info.plural });
    const word = p.word;
    if (word === 'he' || word === 'she' || word === 'his' || word === 'her') {
      const g = word === 'he' || word === 'his' ? 'm' : 'f';
      const who = this.person(pos, g);
      if (who) return { grade: 'person', speaker: who, plural: false };
      return { grade: 'person', speaker: info.speaker, plural: false };
    }
    if (word === 'they' || word === 'their') {
      const e = recent((x) => x.info.plural || x.info.grade === 'organization' && !x.info.pointer, 1500);
      if (e) return take(e);
      const group = this.lastGroup(pos);
      if (group) return { grade: 'vague-group', speaker: group, plural: true };
      return null;
    }
    if (word === 'it' || word === 'which' || word === 'its') {
      const e = recent((x) => ['organization', 'media', 'document'].includes(x.info.grade), 1500);
      if (e) return take(e);
      // The latest outlet or body named (not only talked about in a quote).
      const media = this.lastMention(pos, 'media', 1500);
      if (media) return { grade: 'media', speaker: media, plural: false };
      return null;
    }
    if (word.startsWith('anon:')) {
      const head = word.slice(5);
      const e = recent((x) => kindOfGrade(x.info.grade) === 'anonymous' && x.info.speaker.toLowerCase().includes(head.slice(0, 5)), 6000);
      if (e) return take(e);
      return { grade: info.grade, speaker: info.speaker, plural: info.plural };
    }
    if (word.startsWith('doc:')) {
      const head = word.slice(4);
      const e = recent((x) => x.info.grade === 'document' && x.info.speaker.toLowerCase().includes(head), 8000);
      if (e) return take(e);
      return { grade: 'vague-group', speaker: info.speaker, plural: info.plural };
    }
    if (word.startsWith('org:')) {
      const type = word.slice(4);
      const e = recent((x) => x.info.grade === type, 8000);
      if (e) return take(e);
      const m = this.lastMention(pos, type === 'media' ? 'media' : 'organization');
      if (m) return { grade: type === 'media' ? 'media' : 'organization', speaker: m, plural: false };
      return { grade: type as Grade, speaker: info.speaker.replace(/^(?:the|this|that)\s+/i, ''), plural: false };
    }
    if (word.startsWith('role:')) {
      const role = word.slice(5);
      // The latest speaker who holds the office, else the latest holder named, else the latest person speaking.
      const holder = recent((x) => x.info.grade === 'person' && !!this.ents.entity(x.info.speaker)?.roles.has(role), 3000);
      if (holder) return take(holder);
      const named = this.ents.byRole(role, pos);
      if (named) return { grade: 'person', speaker: named, plural: false };
      const e = recent((x) => x.info.grade === 'person', 1500);
      if (e) return take(e);
      return { grade: 'person', speaker: info.speaker, plural: false };
    }
    return info;
  }

  /** "Many analysts doubt it. They believe …": the latest plural group named in the two sentences before pos. */
  private lastGroup(pos: number): string | null {
    const ss = this.doc.sentences;
    let si = ss.findIndex((s) => s.end >= pos);
    if (si < 0) si = ss.length - 1;
    const from = ss[Math.max(0, si - 2)]!.start;
    const slice = this.text.slice(from, pos);
    const re = GROUP_PHRASE;
    re.lastIndex = 0;
    let best: string | null = null;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) if (!this.quotes.inside(from + m.index)) best = m[0];
    return best;
  }

  /** The latest outlet or organization named before pos (not inside quotes), for "the paper", "the bank". */
  private lastMention(pos: number, type: 'media' | 'organization', window = 6000): string | null {
    const ms = this.ents.mentions;
    let i = ms.length - 1;
    while (i >= 0 && ms[i]!.start >= pos) i--;
    for (let n = 0; i >= 0 && n < 30; i--, n++) {
      const m = ms[i]!;
      if (pos - m.start > window) break;
      if (this.quotes.inside(m.start)) continue;
      const name = this.ents.canonical(m.name, m.start);
      const t = this.ents.type(name);
      if (t === type && (type === 'media' || name.includes(' ') || nameType(name) === 'organization')) return name;
    }
    return null;
  }

  /**
   * The person a he/she at pos points to: the latest compatible person that
   * was a speaker or the subject of a sentence (a name at the start of its
   * sentence), not one only talked about inside a quote or a claim.
   */
  private person(pos: number, g: 'm' | 'f'): string | null {
    const ms = this.ents.mentions;
    let lo = 0;
    let hi = ms.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]!.start < pos) { idx = mid; lo = mid + 1; } else hi = mid - 1;
    }
    let speaker: Emitted | null = null;
    for (let i = this.out.length - 1; i >= 0; i--) {
      const e = this.out[i]!;
      if (pos - e.pos > 5000) break;
      if (e.pos < pos && e.info.grade === 'person' && !/^(?:he|she|his|her)$/i.test(e.info.speaker)) {
        const gg = this.ents.gender(e.info.speaker);
        if (!gg || gg === g) { speaker = e; break; }
      }
    }
    const candidate = (i: number, strict: boolean): string | null => {
      const m = ms[i]!;
      // Names inside quotes or inside what someone said are talked about, not talking.
      if (this.quotes.inside(m.start) || strict && (this.inContent(m.start) || !this.subjectLike(m.start))) return null;
      const name = this.ents.canonical(m.name, m.start);
      if (this.ents.type(name) !== 'person' || !name.includes(' ') && !this.ents.entity(name) && nameType(name) !== 'person') return null;
      const gg = this.ents.gender(name);
      if (gg && gg !== g || !gg && (speaker || !strict)) return null;
      return name;
    };
    for (let i = idx, n = 0; i >= 0 && n < 60; i--, n++) {
      if (pos - ms[i]!.start > 5000 || speaker && ms[i]!.start <= speaker.pos) break;
      const name = candidate(i, true);
      if (name) return name;
    }
    if (speaker) return speaker.info.speaker;
    // No subject or speaker fits: the latest person of that gender named anywhere before.
    for (let i = idx, n = 0; i >= 0 && n < 30; i--, n++) {
      if (pos - ms[i]!.start > 3000) break;
      const name = candidate(i, false);
      if (name) return name;
    }
    return null;
  }

  /** Is a name at pos the subject of its sentence: near its start, after at most an introductory phrase? */
  private subjectLike(pos: number): boolean {
    const ss = this.doc.sentences;
    let lo = 0;
    let hi = ss.length - 1;
    let si = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ss[mid]!.start <= pos) { si = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (si < 0) return false;
    let prefix = this.text.slice(ss[si]!.start, pos);
    if (prefix.length > 160) return false;
    prefix = prefix.replace(/^[“"‘]/, '').replace(/^[^,]{0,80},\s*/, '').replace(/^(?:but|and|yet|so|still|now|then|meanwhile|however)\s+/i, '');
    const words = prefix.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
    if (words.length > 5) return false;
    return !words.some((w) => NP_STOP.has(w.toLowerCase()) && !DETERMINERS.has(w.toLowerCase()));
  }

  /** A content that is only a short prepositional phrase ("in 1998", "to Bloomberg") is no claim. */
  private junk(sp: Span): boolean {
    const t = this.text.slice(sp.start, sp.end);
    const words = (t.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w, i) => i > 0 || !/^\p{Ll}+ly$/u.test(w));
    if (!words.length) return true;
    return words.length <= 4 && /^(?:in|on|at|to|for|with|from|by|during|about|of)$/i.test(words[0]!) && !/[“"«]/.test(t);
  }

  private inContent(pos: number): boolean {
    for (let i = this.out.length - 1, n = 0; i >= 0 && n < 12; i--, n++) {
      const c = this.out[i]!.cand.content;
      if (c.start <= pos && pos < c.end) return true;
    }
    return false;
  }

  private reason(src: Span, s: Span): Span | null {
    const from = src.start;
    const to = s.end;
    const slice = this.text.slice(from, to);
    for (const re of ANONYMITY_REASONS) {
      const m = re.exec(slice);
      if (m && m.index < 260) {
        let end = from + m.index + m[0].length;
        while (end > from && /[\s,.]/.test(this.text[end - 1]!)) end--;
        return { start: from + m.index, end };
      }
    }
    return null;
  }

  /** Unattributed hedges: "reportedly", "it was reported that", "are expected to". */
  private hedge(toks: Tok[], cue: Cue, s: Span, made: Emitted[]): void {
    const start = toks[cue.from]!.start;
    const end = toks[cue.to - 1]!.end;
    let content: Span;
    if (/(?: that| of)$/.test(cue.phrase ?? '')) content = this.trim(end, s.end);
    else if (cue.phrase === 'it was reported' || cue.phrase?.startsWith('it ')) {
      let k = cue.to;
      if (toks[k]?.lo === 'that') k++;
      content = this.trim(toks[k]?.start ?? end, s.end);
    } else content = this.trim(s.start, s.end);
    if (content.end <= content.start) return;
    const info: SourceInfo = { grade: 'unattributed', speaker: '', plural: false };
    made.push({ cand: { grade: 'unattributed', source: null, speaker: null, cue: { start, end }, content, direct: false, plural: false, anonymityReason: null }, pos: start, info });
  }

  /** "Name: claim" at a paragraph start (headlines, transcripts). */
  private colonCue(toks: Tok[], made: Emitted[], para: Span): void {
    let k0 = isQuote(toks[0]) ? 1 : 0;
    let c = -1;
    for (let k = k0; k < Math.min(toks.length, k0 + 7); k++) {
      if (toks[k]!.text === ':') { c = k; break; }
      if (!toks[k]!.word && toks[k]!.text !== '.' && toks[k]!.text !== "'s" && toks[k]!.text !== '’s') return;
      if (toks[k]!.word && !toks[k]!.cap && !/^(?:of|the|and|for|de|van)$/.test(toks[k]!.lo)) return;
    }
    if (c <= k0 || c + 1 >= toks.length) return;
    const label = toks.slice(k0, c).map((t) => t.lo).join(' ').replace(/ '/g, "'");
    if (COLON_STOP.has(label) || /^\d/.test(label)) return;
    const ph: Phrase = { from: k0, to: c, coreTo: c };
    const info = classify(this.text, toks, ph, this.ents);
    if (!info || info.pointer || kindOfGrade(info.grade) !== 'named') return;
    // Only a person the text names in full, an outlet, a document with an issuer, or a transcript speaker in capitals.
    const caps = c - k0 === 1 && /^\p{Lu}{2,}$/u.test(toks[k0]!.text);
    if (!caps && !(info.grade === 'person' && / /.test(info.speaker)) && info.grade !== 'media' && info.grade !== 'document') return;
    let cs = toks[c + 1]!.start;
    let ce = para.end;
    const q = this.quotes.inside(cs);
    let direct = false;
    if (this.text[cs] && /[“"‘'«]/.test(this.text[cs]!)) {
      const qq = this.quotes.startingAfter(cs, /^$/, para.end);
      if (qq && (qq.close === null || TRAIL.test(this.text.slice(markEnd(qq), para.end)))) { cs = qq.content.start; ce = qq.content.end; direct = true; }
    }
    void q;
    const content = this.trim(cs, ce);
    if (content.end <= content.start) return;
    const src = { start: toks[k0]!.start, end: toks[c - 1]!.end };
    made.push({ cand: { grade: info.grade, source: src, speaker: info.speaker, cue: { start: toks[c]!.start, end: toks[c]!.end }, content, direct, plural: false, anonymityReason: null }, pos: src.start, info });
  }

  /**
   * The content a cue governs: the adjacent quotation (with its split and
   * continued parts), the clause before a trailing "…, she said", the whole
   * sentence around a parenthetical "X said", or the clause after the verb.
   */
  private content(toks: Tok[], cue: Cue, src: Phrase, inverted: boolean, s: Span, para: Span): { span: Span; direct: boolean } | null {
    const text = this.text;
    const a = Math.min(cue.from, src.from);
    let b = Math.max(cue.to, src.to);
    const bs = toks[a]!.start;
    let be = toks[b - 1]!.end;
    // Tails like "in a statement", "on Monday" belong to the cue block.
    let k = skipAfterVerb(toks, b);
    const tl = k < toks.length ? matchPhrase(tails(), toks, k) : 0;
    if (tl) k = skipAfterVerb(toks, k + tl);
    if (k > b && cue.type === 'verb') { b = k; be = toks[k - 1]!.end; }

    const qb = this.quotes.endingBefore(bs, GAP_BEFORE, para.start);
    const qa = this.quotes.startingAfter(be, GAP_AFTER, para.end);
    if (qb && qb.close !== null) {
      // "A," he said, "B." / "A," he said. "B." / "A," he said, smiling, "B.": one covering span.
      let end = qb.content.end;
      const next = this.quotes.next(be);
      const gap = text.slice(be, next?.open ?? be);
      if (next && next.open < para.end && SPLIT_GAP.test(gap) && !GAP_CUE.test(gap) && this.noCueAfter(next, para)) end = this.endsClean(next, para) ? this.continueQuotes(next.content.end, para) : next.content.end;
      return { span: this.quoted(qb.content.start, end), direct: true };
    }
    if (qa && !inverted || qa && cue.type === 'verb') {
      const after = text.slice(markEnd(qa), s.end);
      if (qa.close === null || TRAIL.test(after) || qa.close >= s.end - 1) {
        const end = this.endsClean(qa, para) ? this.continueQuotes(qa.content.end, para) : qa.content.end;
        return { span: this.quoted(qa.content.start, end), direct: true };
      }
    }
    const before = this.trim(s.start, bs);
    const sub = /^(?:if|when|because|although|though|while|unless|since|as|whether)$/.test(toks[a - 1]?.lo ?? '');
    const afterSpan = this.afterCue(toks, cue, b, s, sub);
    const hasBefore = before.end - before.start > 1 && /[\p{L}\p{N}]/u.test(text.slice(before.start, before.end));
    const hasAfter = afterSpan.end - afterSpan.start > 1 && /[\p{L}\p{N}]/u.test(text.slice(afterSpan.start, afterSpan.end));
    const commaBefore = /,[\s”"’]*$/.test(text.slice(s.start, bs)) || /[—–]\s*$/.test(text.slice(s.start, bs));
    if (hasBefore && commaBefore) {
      const commaAfter = /^\s*[,—–]/.test(text.slice(be, s.end));
      if (hasAfter && commaAfter) return { span: this.trim(s.start, s.end), direct: false };
      if (!hasAfter || inverted && cue.type !== 'after') return { span: this.stripThat(this.lastClause(before)), direct: false };
    }
    if (hasAfter) return { span: afterSpan, direct: this.isWholeQuote(afterSpan) };
    if (hasBefore && (cue.type === 'after' || inverted)) return { span: this.stripThat(before), direct: false };
    // "He said:" closing a paragraph: the next paragraph is what was said.
    if (/:\s*$/.test(text.slice(be, s.end)) && s.end >= para.end - 1) {
      const next = this.doc.paragraphs.find((p) => p.start > para.end);
      if (next) {
        const q = this.quotes.startingAfter(next.start, /^$/, next.end);
        if (q && (q.close === null || TRAIL.test(text.slice(markEnd(q), next.end)))) return { span: { start: q.content.start, end: q.content.end }, direct: true };
        return { span: this.trim(next.start, next.end), direct: false };
      }
    }
    return null;
  }

  /** Is the next non-space thing after this quote the end of its sentence? */


  /** Does this quote end its paragraph, or run straight into another quote (no cue of its own after it)? */
  private endsClean(q: Quote, para: Span): boolean {
    if (q.close === null) return true;
    const rest = this.text.slice(markEnd(q), para.end);
    return TRAIL.test(rest) || /^[\s.,!?;:]*[“"‘«]/.test(rest);
  }

  /** No reporting verb follows this quote before its sentence ends (it has no cue of its own). */
  private noCueAfter(q: Quote, para: Span): boolean {
    const rest = this.text.slice(markEnd(q), para.end);
    const stop = rest.search(/[.!?](?:\s|$)/);
    return !GAP_CUE.test(stop >= 0 ? rest.slice(0, stop) : rest);
  }

  /** Extends a direct quote over the next quotes of the paragraph that follow it with no words between. */
  private continueQuotes(end: number, para: Span): number {
    for (let n = 0; n < 8; n++) {
      const q = this.quotes.next(end + 1);
      if (!q || q.open >= para.end) break;
      if (!/^[\s.,!?;:”"’»]*$/.test(this.text.slice(end, q.open)) || !this.endsClean(q, para)) break;
      end = q.content.end;
    }
    return end;
  }

  /** The clause after a verb cue: skips "that", the addressee of "told", and cue tails. */
  private afterCue(toks: Tok[], cue: Cue, b: number, s: Span, sub = false): Span {
    let k = b;
    if (cue.type === 'verb' && cue.verb?.addressee) {
      // "told reporters (on Monday) that …", "told The Washington Post …", "told him …"
      const n = toks[k];
      if (n && n.word && n.lo !== 'that') {
        const that = toks.findIndex((t, i) => i > k && i < k + 10 && t.lo === 'that');
        if (that > 0 && !toks.slice(k, that).some((t) => t.text === ',' || isQuote(t))) k = that;
        else {
          let j = k;
          if (/^(?:the|a|an|his|her|their|its)$/.test(toks[j]!.lo)) j++;
          while (j < toks.length && toks[j]!.word && (toks[j]!.cap || j === k)) j++;
          if (/^(?:reporters|me|him|her|them|us|supporters|lawmakers|congress|voters|members|journalists|aides|the)$/.test(n.lo) || j > k) k = Math.max(j, k + 1);
          k = skipAfterVerb(toks, k);
          const tl = k < toks.length ? matchPhrase(tails(), toks, k) : 0;
          if (tl) k += tl;
        }
      }
    }
    while (k < toks.length && (toks[k]!.text === ',' || toks[k]!.text === ':' || toks[k]!.lo === 'that')) k++;
    if (k >= toks.length) return { start: s.end, end: s.end };
    // "If the emails show that X, Y": the claim ends with the subordinate clause.
    let end = s.end;
    if (sub) {
      const comma = toks.findIndex((t, i) => i > k && t.text === ',' && !this.quotes.inside(t.start));
      if (comma > 0) end = toks[comma]!.start;
    }
    // "…; the department has said …" and "…, arguing that …" start claims of their own.
    for (let i = k + 1; i < toks.length && toks[i]!.start < end; i++) {
      const t = toks[i]!;
      if (t.text === ';' && !this.quotes.inside(t.start)) { end = t.start; break; }
      if (t.text === ',' && ING_CUES.has(toks[i + 1]?.lo ?? '') && !this.quotes.inside(t.start)) { end = t.start; break; }
      // "… and warned against …": a coordinated report of the same source.
      if (t.lo === 'and' && cue.type === 'verb' && AND_CUES.has(toks[i + 1]?.lo ?? '') && !this.quotes.inside(t.start)) { end = t.start; break; }
    }
    return this.trim(toks[k]!.start, end);
  }

  /** Quoted words without a trailing comma or white space ("We will win,” she said" → "We will win"). */
  private quoted(start: number, end: number): Span {
    while (end > start && /[\s,]/.test(this.text[end - 1]!)) end--;
    return { start, end };
  }

  private isWholeQuote(span: Span): boolean {
    const q = this.quotes.inside(span.start + 1);
    return !!q && q.content.start >= span.start - 1 && q.content.end >= span.end - 1;
  }

  /** "X bristles — it's a two-way street, they insist": the claim after the last dash, colon or semicolon. */
  private lastClause(sp: Span): Span {
    const t = this.text.slice(sp.start, sp.end);
    // Dashes in pairs set off an aside ("12 units - a parent with a child - have …"), not a new clause.
    if ((t.match(/ [—–-] |—/g) ?? []).length % 2 === 0 && !/[;:]/.test(t)) return sp;
    const m = /^(.*[—–;:]|.* - )\s*/s.exec(t);
    if (!m || this.quotes.inside(sp.start + m[0].length - 1)) return sp;
    const rest = t.slice(m[0].length);
    return rest.split(/\s+/).length >= 3 ? this.trim(sp.start + m[0].length, sp.end) : sp;
  }

  private stripThat(sp: Span): Span {
    const m = /^that\s+/i.exec(this.text.slice(sp.start, sp.end));
    return m ? { start: sp.start + m[0].length, end: sp.end } : sp;
  }

  /** Trims white space, end punctuation and stray quote marks; drops matched outer quotes. */
  private trim(start: number, end: number): Span {
    const t = this.text;
    while (start < end && /[\s,;:—–]/.test(t[start]!)) start++;
    while (end > start && /[\s,;:.!?—–]/.test(t[end - 1]!)) end--;
    if (start < end && /[“"‘«]/.test(t[start]!)) {
      const q = this.quotes.inside(start + 1);
      if (q && q.open === start && (q.close === end - 1 || q.close === null)) { start++; if (q.close === end - 1) end--; }
    }
    while (end > start && /[\s,;:.—–]/.test(t[end - 1]!)) end--;
    return { start, end };
  }

  /** "X, citing Y, …": Y is reported through X. "Y told The Post": Y is reported through the outlet. */
  private link(made: Emitted[], toks: Tok[]): void {
    const outlets: Emitted[] = [];
    for (const e of made) {
      const cue = (e as Emitted & { cue?: Cue }).cue;
      if (!cue) continue;
      if (cue.phrase === 'citing' || cue.phrase === 'quoting') {
        const host = made.find((x) => x !== e && (x as Emitted & { cue?: Cue }).cue?.phrase !== 'citing' && x.cand.source && e.cand.source && Math.abs(x.cand.cue.start - e.cand.cue.start) < 400);
        if (host) {
          e.cand.content = { ...host.cand.content };
          e.cand.direct = host.cand.direct;
          (e as Emitted & { via?: Emitted }).via = host;
        }
      }
      if (cue.type === 'verb' && cue.verb?.addressee && cue.verb.forms[0] === 'tell') {
        const k = cue.to;
        const n = toks[k];
        if (!n || !n.word) continue;
        const ph = phraseAfter(toks, k);
        if (!ph) continue;
        let end = ph.coreTo;
        const stop = toks.findIndex((t, i) => i > k && i < end && (t.lo === 'that' || /^(?:on|in|at|during|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t.lo) || !t.word));
        if (stop > 0) end = stop;
        const name = spanText(this.text, toks, k, end).replace(/^the\s+/i, '');
        if (!name || !/^\p{Lu}/u.test(name)) continue;
        const canon = this.ents.canonical(name, toks[k]!.start);
        if (this.ents.type(canon) !== 'media') continue;
        const outlet: Emitted = {
          cand: { grade: 'media', source: { start: toks[k]!.start, end: toks[end - 1]!.end }, speaker: canon, cue: e.cand.cue, content: { ...e.cand.content }, direct: e.cand.direct, plural: false, anonymityReason: null },
          pos: toks[k]!.start,
          info: { grade: 'media', speaker: canon, plural: false },
        };
        (e as Emitted & { via?: Emitted }).via = outlet;
        outlets.push(outlet);
      }
    }
    made.push(...outlets);
  }

  /** Headline descriptions take the first later source of their type ("New Poll" → "Reuters/Ipsos poll"). */
  private resolveForward(): void {
    for (let i = 0; i < this.out.length; i++) {
      const e = this.out[i] as Emitted & { forward?: string };
      if (!e.forward) continue;
      const later = this.out.slice(i + 1).find((x) => x.info.grade === e.forward && !(x as Emitted & { forward?: string }).forward);
      if (later) {
        e.cand.speaker = later.info.speaker;
        e.cand.grade = later.info.grade;
        e.info = { ...later.info };
      }
    }
  }

  /**
   * "Mulgrew said he hopes X", "Mook told CBS that the campaign expects X":
   * the inner cue is part of what the outer source said, not a claim of its
   * own, so it is not reported twice. Chains ("citing", "told <outlet>") stay.
   */
  private dropEmbedded(): void {
    const inside = (e: Emitted, host: Emitted) => e.cand.cue.start >= host.cand.content.start && e.cand.cue.end <= host.cand.content.end;
    const chained = (a: Emitted, b: Emitted) => (a as Emitted & { via?: Emitted }).via === b || (b as Emitted & { via?: Emitted }).via === a;
    const sorted = [...this.out].sort((a, b) => a.cand.cue.start - b.cand.cue.start);
    const drop = new Set<Emitted>();
    const firstCueAtOrAfter = (pos: number) => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]!.cand.cue.start < pos) lo = mid + 1; else hi = mid;
      }
      return lo;
    };
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      if (a.cand.grade === 'unattributed' || a.cand.direct) continue;
      for (let j = firstCueAtOrAfter(a.cand.content.start); j < sorted.length; j++) {
        const b = sorted[j]!;
        if (b.cand.cue.start >= a.cand.content.end) break;
        if (b === a || b.cand.grade === 'unattributed' || b.cand.direct || chained(a, b) || !inside(b, a)) continue;
        // "She said little about it, and people familiar with her thinking say …": a new clause, not a report inside.
        if (b.cand.source && b.cand.source.start > a.cand.content.start) {
          const m = /,\s*(?:and|but|while|though|although|yet)\s+$|;\s*$/.exec(this.text.slice(a.cand.content.start, b.cand.source.start));
          if (m) {
            a.cand.content = this.trim(a.cand.content.start, a.cand.content.start + m.index);
            continue;
          }
        }
        // "According to The Guardian, officials said X", "Reuters reported that officials said X":
        // the inner source is reported through the outer one (a chain), with the inner claim.
        const outerCue = (a as Emitted & { cue?: Cue }).cue;
        if ((outerCue?.type === 'after' || a.info.grade === 'media') && b.cand.content.start >= b.cand.cue.start && !(b as Emitted & { via?: Emitted }).via) {
          (b as Emitted & { via?: Emitted }).via = a;
          a.cand.content = { ...b.cand.content };
          a.cand.direct = b.cand.direct;
          continue;
        }
        // Both inside each other ("X told Y that Z, the source added"): the trailing cue is the outer one.
        if (inside(a, b) && !b.cand.direct) drop.add(a.cand.content.start >= a.cand.cue.start ? a : b);
        else drop.add(b);
      }
    }
    if (!drop.size) return;
    const keep = this.out.filter((e) => !drop.has(e));
    this.out.length = 0;
    this.out.push(...keep);
  }

  /**
   * Quote-only paragraphs continue a speaker: a paragraph that is one
   * quotation with no cue of its own, right after a paragraph whose last
   * attribution is a direct quote, belongs to that quote (its content is
   * extended over it); an open quote running into the paragraph whose quote
   * carries the cue ("“A …¶“B,” she said") is taken in front.
   */
  private quoteParagraphs(): void {
    const paras = this.doc.paragraphs;
    if (!this.out.length || paras.length < 2) return;
    const cued = new Set<number>();
    const paraIndex = (pos: number) => {
      let lo = 0;
      let hi = paras.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (pos < paras[mid]!.start) hi = mid - 1;
        else if (pos >= paras[mid]!.end) lo = mid + 1;
        else return mid;
      }
      return -1;
    };
    for (const e of this.out) cued.add(paraIndex(e.cand.cue.start));
    // Only quotes in the same style as the attributed one continue it.
    const quoteOnly = (pi: number, opener: string): Quote | null => {
      const p = paras[pi];
      if (!p || cued.has(pi)) return null;
      const q = this.quotes.startingAfter(p.start, /^$/, p.end);
      if (!q || q.depth > 0 || this.text[q.open] !== opener) return null;
      return this.endsClean(q, p) && (q.close === null || TRAIL.test(this.text.slice(markEnd(q), p.end))) ? q : null;
    };
    const lastIn = new Map<number, Emitted>();
    for (const e of this.out) {
      const pi = paraIndex(e.cand.cue.start);
      const prev = lastIn.get(pi);
      if (!prev || e.cand.cue.start >= prev.cand.cue.start) lastIn.set(pi, e);
    }
    for (const [pi, e] of lastIn) {
      if (!e.cand.direct || kindOfGrade(e.cand.grade) === 'unattributed') continue;
      // Forward: the next paragraphs that are nothing but a quotation.
      const opener = this.text[e.cand.content.start - 1] ?? '';
      for (let k = pi + 1; k < paras.length && k <= pi + 4; k++) {
        const q = quoteOnly(k, opener);
        if (!q) break;
        e.cand.content = { start: e.cand.content.start, end: q.content.end };
      }
    }
    for (const e of this.out) {
      if (!e.cand.direct) continue;
      const pi = paraIndex(e.cand.content.start);
      const p = paras[pi];
      if (!p || e.cand.content.start > p.start + 1) continue;
      // Backward: an open quote in the previous paragraph runs into this one.
      const q = quoteOnly(pi - 1, this.text[e.cand.content.start - 1] ?? '');
      if (q && q.close === null) e.cand.content = { start: q.content.start, end: e.cand.content.end };
    }
  }

  /** Resolves `via` links to indices into the output, after all sentences. */
  continuations(): void {
    this.resolveForward();
    this.dropEmbedded();
    this.quoteParagraphs();
    const index = new Map<Emitted, number>();
    this.out.forEach((e, i) => index.set(e, i));
    for (const e of this.out) {
      const via = (e as Emitted & { via?: Emitted }).via;
      if (via && index.has(via)) e.cand.via = index.get(via)!;
    }
  }
}
