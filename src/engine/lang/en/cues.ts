// Cue detection on the tokens of one sentence: reporting verbs in every form,
// "according to"-style phrases whose source follows, passive "was told by",
// and unattributed hedges. Lexicons are compiled once into lookup tables.
import type { Tok } from './tokens.js';
import { REPORTING_VERBS, WEAK_FORMS, NOUN_LIKE_FORMS, type VerbEntry } from './lexicon/verbs.js';
import { SOURCE_AFTER_CUES, PASSIVE_BY_CUES, HEDGES, CUE_TAILS, COURT_HEDGES } from './lexicon/phrases.js';
import { ROLE_NOUNS, TITLES } from './lexicon/titles.js';
import { MEANS_OF_SAYING } from './lexicon/words.js';
import { DOCUMENT_HEADS } from './lexicon/anonymous.js';

export type CueType = 'verb' | 'after' | 'passive' | 'hedge';

export interface Cue {
  type: CueType;
  /** Token range [from, to) of the cue. */
  from: number;
  to: number;
  verb?: VerbEntry;
  /** 0 base, 1 third person, 2 past, 3 -ing, 4 participle. */
  form?: number;
  weak?: boolean;
  phrase?: string;
}

export interface VerbForm { entry: VerbEntry; form: number }

let verbTable: Map<string, VerbForm> | undefined;
function verbs(): Map<string, VerbForm> {
  if (verbTable) return verbTable;
  verbTable = new Map();
  for (const entry of REPORTING_VERBS) {
    entry.forms.forEach((f, i) => {
      if (f && !verbTable!.has(f)) verbTable!.set(f, { entry, form: i });
    });
  }
  return verbTable;
}

type PhraseTable = Map<string, string[][]>;
function table(phrases: readonly string[]): PhraseTable {
  const t: PhraseTable = new Map();
  for (const p of phrases) {
    // Split clitics as the tokenizer does: "we're told" is matched as "we" + "'re" + "told".
    const words = p.split(' ').flatMap((w) => {
      const c = /^(.*\p{L})('(?:s|ve|re|ll|d|m)|n't)$/u.exec(w);
      return c && c[1] !== 'o' ? [c[1]!, c[2]!] : [w];
    });
    let list = t.get(words[0]!);
    if (!list) t.set(words[0]!, (list = []));
    list.push(words);
  }
  for (const list of t.values()) list.sort((a, b) => b.length - a.length);
  return t;
}
let afterTable: PhraseTable | undefined;
let passiveTable: PhraseTable | undefined;
let hedgeTable: PhraseTable | undefined;
let tailTable: PhraseTable | undefined;

/** Longest phrase of the table that starts at token k; returns its length in tokens. */
export function matchPhrase(t: PhraseTable, toks: Tok[], k: number): number {
  const list = t.get(toks[k]!.lo);
  if (!list) return 0;
  outer: for (const words of list) {
    let j = k;
    for (const w of words) {
      if (j >= toks.length || toks[j]!.lo !== w) continue outer;
      j++;
    }
    return j - k;
  }
  return 0;
}

export function tails(): PhraseTable {
  return (tailTable ??= table(CUE_TAILS));
}

/** Extra reporting verbs from the user's settings: each word is one form of a speech verb. */
export function extraVerbForms(words: readonly string[] | undefined): Map<string, VerbForm> | null {
  if (!words?.length) return null;
  const m = new Map<string, VerbForm>();
  for (const w of words) {
    const lo = w.trim().toLowerCase();
    if (lo) m.set(lo, { entry: { forms: [lo, lo, lo, lo, lo], cls: 'speech' }, form: 2 });
  }
  return m;
}

const isQuoteTok = (t: Tok | undefined) => !!t && !t.word && /^[“”‘’«»„‚"‹›']$/.test(t.text);

/** Does this token start the complement of a reporting verb ("that …", "Clinton …", "“…")? */
function complementStart(t: Tok | undefined): boolean {
  if (!t) return false;
  if (!t.word) return /^[“"‘«,:—–]$/.test(t.text);
  return t.cap || /^(?:that|the|a|an|his|her|their|its|he|she|they|it|we|i|you|there|this|these|those|no|some|many|most|more|all|both|voters|americans|people|what|how|why|whether|if)$/.test(t.lo) || /ly$/.test(t.lo);
}

/** A clause or quote follows ("that …", "“…"), not a bare object ("the report"). */
/** A claim named as a thing after a refusal: "that account", "those reports", "the claim". */
const REFUSED_OBJECT = /^(?:that|this|those|these) (?:rumou?rs?|reports?|claims?|allegations?|suggestions?|accounts?|stor(?:y|ies)|versions?|figures?|estimates?|details?)$/;
function complementClause(t: Tok | undefined): boolean {
  return !!t && (t.lo === 'that' || t.lo === 'whether' || isQuoteTok(t) || t.text === ':' || t.text === ',');
}

const PARTICLES: Record<string, string[]> = { call: ['for', 'on'], warn: ['against', 'of'], ask: ['about'], argue: ['for', 'against'], hint: ['at'] };
const REQUIRED_PARTICLE: Record<string, string> = { point: 'out', shoot: 'back', fire: 'back', hit: 'back' };
/** Verbs that report only in the perfect: "the Gazette has learned that …" ("students learned that" is no report). */
const PERFECT_ONLY = new Set(['learn']);
/** Stance adjectives after "be" that take a claim: "is adamant that …". */
const STANCE_ADJ = new Set(['adamant', 'convinced', 'confident', 'certain', 'sure', 'insistent', 'optimistic', 'hopeful', 'skeptical', 'sceptical', 'worried', 'concerned', 'clear']);
/** Nouns of a stated attitude after "expressed", "voiced", "raised": "expressed confidence that …". */
const STANCE_NOUN = new Set(['confidence', 'concern', 'concerns', 'fear', 'fears', 'hope', 'hopes', 'doubt', 'doubts', 'optimism', 'worry', 'worries', 'belief', 'frustration', 'alarm']);
const STANCE_VERB = new Set(['expressed', 'expresses', 'express', 'voiced', 'voices', 'voice', 'raised', 'raises']);
const SAY: VerbEntry = { forms: ['say', 'says', 'said', 'saying', 'said'], cls: 'speech' };
const MAKE_CLEAR: VerbEntry = { forms: ['make', 'makes', 'made', 'making', 'made'], cls: 'stance' };
/** Nouns of a position stated by its owner: "X's view is that …". */
const POSITION_NOUN = /^(?:view|position|argument|belief|contention|claim|message|point|stance|verdict|assessment|conclusion|fear|hope|concern|worry|answer|response|reply|explanation|case)$/;
const STANCE_BE: VerbEntry = { forms: ['be', 'is', 'was', 'being', 'been'], cls: 'stance' };
const COMMITMENTS = new Set(['pledge', 'promise', 'vow', 'agree', 'decline', 'refuse', 'urge', 'expect', 'ask', 'warn']);

/** "…, a new report claims.": a verb closing the sentence after a short noun phrase that follows a comma. */
/** Bare sources a headline may close on after its verb ("…, claims source", "…, reports paper"). */
const HEADLINE_SOURCE_NOUNS = /^(?:source|sources|insider|insiders|official|officials|report|paper|study|poll|survey|lawsuit|suit|union|police|minister|aide|aides|friend|friends|lawyer|agent|spokesman|spokeswoman|spokesperson)$/;

/** What doubt may be cast on: "questioned the timing", "questioned the figures". */
const QUESTIONED_THINGS = new Set(['timing', 'decision', 'wisdom', 'need', 'logic', 'basis', 'legality', 'validity', 'accuracy', 'figures', 'findings', 'assumptions', 'evidence', 'motives', 'credibility', 'methodology', 'data', 'estimates', 'numbers', 'conclusions', 'fairness', 'independence', 'rationale', 'cost', 'costs', 'value']);

function trailingAfterComma(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (next && !/^[.!?]$/.test(next.text)) return false;
  for (let j = k - 1; j >= Math.max(1, k - 6); j--) {
    if (toks[j]!.text === ',') return j < k - 1 && /^(?:a|an|the|one|two|three|several|many|some|most|this|that)$/.test(toks[j + 1]!.lo);
    if (!toks[j]!.word && toks[j]!.lo !== "'s") return false;
  }
  return false;
}

/** A finite verb within three words of j, before any "and", "or" or comma: "suspect [the] fire was …". */
function finiteSoon(toks: Tok[], j: number, clitic = true): boolean {
  for (let n = j; n < Math.min(toks.length, j + 3); n++) {
    if (FINITE.has(toks[n]!.lo) && (clitic || toks[n]!.lo !== "'s")) return true;
    if (!toks[n]!.word || /^(?:and|or|but)$/.test(toks[n]!.lo)) return false;
  }
  return false;
}

/** Evidence verbs in the base form (a plural subject): "records show", "the figures indicate". */
const EVIDENCE_VERB = new Set(['show', 'find', 'indicate', 'suggest']);
/** Evidence verbs that are also plural nouns: "Data shows prices rose", "the survey finds voters are split". */
const EVIDENCE_FORMS = new Set(['shows', 'finds']);
/** Past tenses a clause of figures turns on ("prices rose", "sales fell"); regular ones end in -ed. */
const PAST_OF_CHANGE = new Set(['rose', 'fell', 'grew', 'shrank', 'sank', 'slid', 'stood', 'hit', 'cut', 'went', 'came', 'became', 'made', 'took', 'won', 'lost', 'left', 'held', 'kept', 'spent', 'paid', 'saw', 'ran', 'led', 'doubled', 'tripled']);
const NOT_SUBJECT_START = /^(?:to|at|of|for|on|in|with|by|about|from|as|over|into|and|or|but)$/;

/** After verb k, a bare noun phrase and its finite or past verb within three words: "shows spills rose by 54%". */
function bareClause(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (!next?.word || next.cap || NOT_SUBJECT_START.test(next.lo)) return false;
  if (finiteSoon(toks, k + 2, false)) return true;
  for (let n = k + 2; n < Math.min(toks.length, k + 5); n++) {
    const w = toks[n]!;
    if (!w.word) return false;
    if (PAST_OF_CHANGE.has(w.lo) || /^\p{Ll}{3,}ed$/u.test(w.text)) return true;
  }
  return false;
}

/** The token before k, lower-cased ('' at the start). */
const prev0 = (toks: Tok[], k: number) => toks[k - 1]?.lo ?? '';

/** "advised passengers to keep …", "advised them to …": an addressee of a few words (three unless told), then "to" and a verb. */
function adviceTo(toks: Tok[], k: number, words = 3): boolean {
  for (let j = k + 1; j <= k + words + 1 && j < toks.length; j++) {
    const t = toks[j]!;
    if (t.lo === 'to') return j > k + 1 && !!toks[j + 1]?.word && /^\p{Ll}+$/u.test(toks[j + 1]!.text) && !/^(?:the|a|an|his|her|their|its)$/.test(toks[j + 1]!.lo);
    // (A joiner inside a name goes on: "the Food Standards Agency of Wales".)
    if (/^(?:of|for|and)$/.test(t.lo) && toks[j - 1]?.cap && toks[j + 1]?.cap) continue;
    if (!t.word || /^(?:that|and|or|but|on|in|of|for|with|about|against|whether|if|why|how|what|when|who|is|are|was|were|has|have|had|will|would|could|can|should|did|does)$/.test(t.lo)) return false;
  }
  return false;
}

/** Adjectives of a verdict or a state that "found" takes only in the passive ("found guilty", "found dead"). */
const VERDICT_ADJ = /^(?:guilty|innocent|liable|culpable|negligent|dead|alive|unconscious|unresponsive|unfit|incompetent)$/;

/** What follows such an adjective in the passive: its complement, a conjunction or the sentence's verb. */
const AFTER_VERDICT = /^(?:of|in|on|at|by|after|before|and|or|but|for|over|faces|face|faced|can|could|will|would|may|might|must|should|is|was|were|are|has|had|have|gets|get|receives|receive)$/;

/** Ordinals that make the next word a noun ("her third answer"). */
const ORDINALS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|latest|next|opening|closing)$/;

/** Words that open a clause set before the main one ("When a reporter asked whether …, she said"). */
const SUBORDINATORS = /^(?:when|whenever|as|after|before|while|once|until|if|because|since|though|although)$/;
/**
 * "The senator asked whether …": "asked" (past or present) is the verb of its sentence's main clause: a word
 * that is no auxiliary or subordinator before it, and no subordinator opening the sentence with no comma between
 * ("When a reporter asked whether …" and the passive "was asked whether" stay scenes, not reports).
 */
function askedInMainClause(toks: Tok[], k: number, form: number): boolean {
  if (form !== 1 && form !== 2) return false;
  const prev = toks[k - 1];
  if (!prev) return false;
  if (!prev.word ? prev.text !== ',' : BE_OR_AUX.test(prev.lo) || SUBORDINATORS.test(prev.lo) || prev.lo === 'who' || prev.lo === 'which') return false;
  for (let j = k - 1; j >= Math.max(0, k - 30); j--) {
    const t = toks[j]!;
    if (t.text === ',' || /^[.!?;:]$/.test(t.text)) return true;
    if (SUBORDINATORS.test(t.lo) && (j === 0 || !toks[j - 1]!.word)) return false;
  }
  return true;
}
const BE_OR_AUX = /^(?:is|was|were|are|be|been|being|am|has|have|had|not|n't|never|to|also)$/;
const FINITE = new Set(['is', 'was', 'were', 'are', 'had', 'has', 'have', 'will', 'would', 'could', 'might', 'may', 'should', "'s"]);
const PRONOUN_SUBJECTS: Record<string, true> = { he: true, she: true, they: true, it: true, we: true, i: true, you: true };

/** Verbs that are cues only before a clause ("hinted that …"), never before a bare object ("hinted at a deal"). */
/** Manners of speaking that report only a quotation beside them. */
const QUOTE_ONLY = new Set(['shrugged', 'smiled', 'laughed', 'sighed', 'grinned', 'snapped', 'fumed', 'mused', 'beamed', 'groaned', 'scoffed', 'gushed', 'chuckled', 'sneered']);
/** Verbs that pass a verdict on a thing: a report only with "as …" or quoted words. */
const VERDICT_VERBS = new Set(['branded', 'labelled', 'labeled', 'dubbed', 'termed', 'hailed', 'slammed', 'rated', 'blasted', 'lambasted']);
const MARKET_SUBJECT = /^(?:traders|investors|markets|analysts|economists|dealers)$/;
const ODDS = /^(?:chance|chances|probability|odds|likelihood|risk)$/;
/** Verdicts of blame, which may give their reason instead: "blasted the referee for waving away a penalty" ("for two hours" is no reason). */
const BLAME_VERDICTS = new Set(['slammed', 'blasted', 'lambasted']);
/** Verbs that report only a "that" clause or a quote. */
const THAT_ONLY = new Set(['demand', 'propose', 'recognise', 'recognize', 'swear', 'confess', 'lament']);
const CLAUSE_ONLY = new Set(['jeer', 'heckle', 'assess', 'recall', 'question', 'shout', 'yell', 'exclaim', 'demand', 'propose', 'recognise', 'recognize', 'underline', 'underscore', 'affirm', 'reaffirm', 'confess', 'swear', 'lament', 'forecast', 'respond', 'clarify', 'intimate', 'tease', 'speculate', 'suspect', 'reckon', 'recommend', 'reiterate', 'hint', 'observe', 'boast', 'advise', 'remind', 'understand', 'rule', 'signal']);

/** Third-person forms listed as noun-like that are never nouns: any word may start their clause. */
const VERB_ONLY_FORMS = new Set(['thinks', 'expects', 'believes', 'argues', 'insists', 'denies', 'admits', 'predicts', 'accuses']);

/** Base forms that are also nouns heading a compound ("conference call", "police report", "a radio show"). */
const COMPOUND_HEADS = new Set(['call', 'report', 'comment', 'post', 'note', 'answer', 'reply', 'estimate', 'promise', 'pledge', 'vow', 'claim', 'charge', 'tweet', 'email', 'fear', 'hope', 'worry', 'doubt', 'show', 'hint', 'joke', 'quip', 'dispute', 'counter', 'blame', 'praise', 'stress', 'remark', 'boast', 'find', 'answer', 'brief', 'state']);

const PUT_IT: VerbEntry = { forms: ['put', 'puts', 'put', 'putting', 'put'], cls: 'speech' };
const ASK_TO_KNOW: VerbEntry = { forms: ['ask', 'asks', 'asked', 'asking', 'asked'], cls: 'speech' };
const CITE: VerbEntry = { forms: ['cite', 'cites', 'cited', 'citing', 'cited'], cls: 'stance' };
const CITE_FORMS: ReadonlyMap<string, number> = new Map([['cite', 0], ['cites', 1], ['cited', 2], ['citing', 3]]);

/** A name kept out of print: "(her surname) not be published", "(their names) be withheld". */
const WITHHELD = /\b(?:names?|surnames?|identit(?:y|ies)|full names?)\b.*\b(?:not be (?:used|published|printed|named|given|disclosed|revealed|identified|included)|be withheld)\b/;

/** Nouns for people who speak for others: "the spokesman said to wait" is an instruction, no hedge. */
const SPEAKER_HEADS = new Set(['official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'aide', 'aides', 'police', 'officer', 'officers', 'doctor', 'doctors', 'lawyer', 'lawyers', 'teacher', 'coach', 'manager', 'boss', 'mother', 'father']);

/** Verbs of seeming that hedge the clause they stand in. */
const SEEM = new Set(['appears', 'appeared', 'appear', 'seems', 'seemed', 'seem']);

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);

/** A headline in title case ("Graham Says Trump Could Change"): most words capitalised. */
export function titleCase(toks: Tok[]): boolean {
  const words = toks.filter((t) => t.word && t.text.length >= 4);
  return words.length >= 3 && words.filter((t) => t.cap).length / words.length >= 0.7;
}

export function findCues(toks: Tok[], extra: Map<string, VerbForm> | null = null): Cue[] {
  const headline = titleCase(toks);
  afterTable ??= table(SOURCE_AFTER_CUES);
  passiveTable ??= table(PASSIVE_BY_CUES);
  hedgeTable ??= table(HEDGES);
  const vt = verbs();
  const out: Cue[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.word) continue;
    // ("a deal said to be worth £38m", "with the forward said to be keen on a move": a reduced "is said to" after a noun.)
    if (/^(?:said|believed|thought|reported|understood|rumoured|rumored|alleged)$/.test(t.lo) && toks[k + 1]?.lo === 'to' && /^(?:be|have)$/.test(toks[k + 2]?.lo ?? '')
      && k > 1 && toks[k - 1]!.word && !toks[k - 1]!.cap && !(toks[k - 1]!.lo in PRONOUN_SUBJECTS) && !BE.has(toks[k - 1]!.lo) && !/^(?:also|now|still|widely|who|which|that|and|not|never|has|have|had)$/.test(toks[k - 1]!.lo)
      && /^(?:the|a|an|his|her|its|their|this|that)$/.test(toks[k - 2]!.lo) && !ROLE_NOUNS.has(toks[k - 1]!.lo) && !(toks[k - 1]!.lo in TITLES) && !SPEAKER_HEADS.has(toks[k - 1]!.lo)) {
      out.push({ type: 'hedge', from: k, to: k + 2, phrase: `${t.lo} to` });
      k += 1;
      continue;
    }
    // ("A depot was apparently also hit", "the pump had apparently failed": the writer marks a claim as not seen first-hand;
    // "Hale apparently disagrees with …" stays Hale's stance.)
    // ("Apparently, the buyer visited twice": opening its sentence, it marks the whole of it.)
    if (t.lo === 'apparently' && (k > 0 && (/^(?:was|were|is|are|had|has|have|been)$/.test(toks[k - 1]!.lo) || toks[k - 1]!.text === ',' && k === 1) || k === 0 && !!toks[1] && (toks[1].text === ',' || toks[1].word))) {
      out.push({ type: 'hedge', from: k, to: k + 1, phrase: 'apparently' });
      continue;
    }
    let n = matchPhrase(hedgeTable, toks, k);
    if (n) {
      // "expected by analysts" has a source: not a hedge.
      const phrase = toks.slice(k, k + n).map((x) => x.lo).join(' ');
      // ("The court heard arguments on Monday": a court hedge only trails its claim or takes "that".)
      // ("…, Senate estimates told": the body's name may open the trailing hedge.)
      let lead = k - 1;
      while (lead > 0 && toks[lead]!.word && toks[lead]!.cap && k - lead <= 3) lead--;
      const court = COURT_HEDGES.has(phrase) && !(toks[lead]?.text === ',' && (!toks[k + n] || /^[.!?]$/.test(toks[k + n]!.text)) || /^(?:that|how)$/.test(toks[k + n]?.lo ?? ''));
      // ("according to reports in Spain", "reports from Kyiv": reports placed somewhere are an unnamed source, described.)
      const placed = /\breports?$/.test(phrase) && /^(?:in|from)$/.test(toks[k + n]?.lo ?? '') && !!toks[k + n + 1]?.cap;
      if (toks[k + n]?.lo !== 'by' && !court && !placed) {
        // (The body's name belongs to the hedge: "Senate estimates told".)
        const named = COURT_HEDGES.has(phrase) && lead < k - 1 && toks[lead]?.text === ',' ? lead + 1 : k;
        out.push({ type: 'hedge', from: named, to: k + n, phrase });
        k += n - 1;
        continue;
      }
    }
    n = matchPhrase(passiveTable, toks, k);
    if (n) { out.push({ type: 'passive', from: k, to: k + n }); k += n - 1; continue; }
    // ("Carrow demanded to know whether …", "she wanted to know why …": a question put, as "asked whether" is.)
    if (/^(?:demanded|demands|wanted|wants)$/.test(t.lo) && toks[k + 1]?.lo === 'to' && toks[k + 2]?.lo === 'know' && /^(?:whether|if|why|how|what|when|who|where)$/.test(toks[k + 3]?.lo ?? '')
      && askedInMainClause(toks, k, /s$/.test(t.lo) ? 1 : 2)) {
      out.push({ type: 'verb', from: k, to: k + 3, verb: ASK_TO_KNOW, form: /s$/.test(t.lo) ? 1 : 2 });
      k += 2;
      continue;
    }
    // ("…, citing “medical advice”", "board cites ‘governance lapses’": a reason cited in quotation marks is the
    // subject's words; "citing sources" names a source after it instead.)
    const citeForm = CITE_FORMS.get(t.lo);
    if (citeForm !== undefined && isQuoteTok(toks[k + 1])) {
      out.push({ type: 'verb', from: k, to: k + 1, verb: CITE, form: citeForm });
      continue;
    }
    n = matchPhrase(afterTable, toks, k);
    if (n) {
      const phrase = toks.slice(k, k + n).map((x) => x.lo).join(' ');
      // "per" only as "per X" after a comma ("…, per the report") or opening the sentence before a lower-case word
      // ("Per the ministry, …"; "Per Lindgren" is a first name);
      // "citing" needs a phrase after it.
      // "cited" only in "X, which cited Y, reported …" (the outlet's source); "he cited costs" names none.
      if ((phrase !== 'per' || toks[k - 1]?.text === ',' || k === 0 && !toks[k + 1]?.cap && toks.some((x, j) => j > k + 1 && x.text === ',')) && (phrase !== 'cited' || /^(?:which|who)$/.test(toks[k - 1]?.lo ?? ''))) {
        out.push({ type: 'after', from: k, to: k + n, phrase });
        k += n - 1;
        continue;
      }
    }
    // "As Smith put it: “…”": "put it" after "as" reports the words.
    if ((t.lo === 'put' || t.lo === 'puts') && toks[k + 1]?.lo === 'it' && toks.slice(Math.max(0, k - 6), k).some((x) => x.lo === 'as')) {
      out.push({ type: 'verb', from: k, to: k + 2, verb: PUT_IT, form: t.lo === 'puts' ? 1 : 2 });
      k++;
      continue;
    }
    // "Hale went on to say that …": the report of "say", with its subject before "went".
    if (t.lo === 'say' && toks[k - 1]?.lo === 'to' && toks[k - 2]?.lo === 'on' && /^(?:went|goes|go|has gone)$/.test(toks[k - 3]?.lo ?? '')) {
      out.push({ type: 'verb', from: k - 3, to: k + 1, verb: SAY, form: toks[k - 3]!.lo === 'goes' ? 1 : 2 });
      continue;
    }
    // "made clear that …", "made it clear the …": a statement of position.
    // ("should make it clear", "to make clear": advice or intent, not a report.)
    if (/^(?:made|makes|make)$/.test(t.lo) && (toks[k + 1]?.lo === 'clear' || toks[k + 1]?.lo === 'it' && toks[k + 2]?.lo === 'clear') && !BE.has(prev0(toks, k)) && !/^(?:should|must|to|would|could|might|may|can|will|shall|'ll|'d|ought)$/.test(prev0(toks, k))) {
      const to = toks[k + 1]!.lo === 'clear' ? k + 2 : k + 3;
      // ("made clear progress": a noun after "clear" is its object, no claim.)
      if (toks[to] && /^(?:that|the|a|an|he|she|they|we|i|it|his|her|their|its|there|this|these|those|no|none)$/.test(toks[to]!.lo) || toks[to]?.cap || isQuoteTok(toks[to]) || toks[to]?.text === ':') {
        out.push({ type: 'verb', from: k, to, verb: MAKE_CLEAR, form: t.lo === 'makes' ? 1 : t.lo === 'make' ? 0 : 2 });
        k = to - 1;
        continue;
      }
    }
    // "is adamant that …", "was confident that …": be + a stance adjective + that.
    if (BE.has(t.lo) && t.lo !== 'be' && t.lo !== 'being' && t.lo !== 'been' && k > 0) {
      let a = k + 1;
      if (/^(?:very|quite|so|also|still|now|fully|increasingly|absolutely|equally)$/.test(toks[a]?.lo ?? '')) a++;
      // ("is convinced the dam will hold", "was adamant: …": without "that", a subject and a finite verb, or a colon.)
      const clause = toks[a + 1]?.lo === 'that' || /^(?:convinced|adamant|confident|certain|sure)$/.test(toks[a]?.lo ?? '')
        && (toks[a + 1]?.text === ':' || /^(?:the|a|an|he|she|they|we|it|his|her|their|its|this|these|those|no)$/.test(toks[a + 1]?.lo ?? '') && toks.slice(a + 2, a + 7).some((x) => /^(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had)$/.test(x.lo)));
      if (STANCE_ADJ.has(toks[a]?.lo ?? '') && clause && !/^(?:it|there|this|that|what|which)$/.test(prev0(toks, k))) {
        out.push({ type: 'verb', from: k, to: a + 1, verb: STANCE_BE, form: 2 });
        k = a;
        continue;
      }
    }
    // "Ross's view is that …", "the ministry's position was clear: …": a named owner's stated position.
    if (POSITION_NOUN.test(t.lo) && /^['’]s$/.test(toks[k - 1]?.lo ?? '') && toks[k - 2]?.word && (toks[k - 2]!.cap || /^(?:the|this|that)$/.test(toks[k - 3]?.lo ?? '')) && /^(?:is|was|remains|remained)$/.test(toks[k + 1]?.lo ?? '')) {
      let a = k + 2;
      if (toks[a]?.lo === 'clear' || toks[a]?.lo === 'simple') a++;
      if (toks[a]?.lo === 'that' || toks[a]?.text === ':') {
        out.push({ type: 'verb', from: k - 1, to: a, verb: STANCE_BE, form: 2 });
        k = a - 1;
        continue;
      }
    }
    // "expressed confidence that …", "voiced concern that …", "raised fears that …".
    if (STANCE_VERB.has(t.lo) && STANCE_NOUN.has(toks[k + 1]?.lo ?? '') && toks[k + 2]?.lo === 'that' && !BE.has(prev0(toks, k))) {
      out.push({ type: 'verb', from: k, to: k + 2, verb: STANCE_BE, form: /s$/.test(t.lo) ? 1 : /ed$/.test(t.lo) ? 2 : 0 });
      k++;
      continue;
    }
    const v = extra?.get(t.lo) ?? vt.get(t.lo);
    if (!v) continue;
    // "… and said little, according to an attendee": a bare "said little/nothing" ending its clause reports no claim.
    // ("said little had changed" is a claim, and "said little about the merger" stays a report of what was said.)
    if (/^(?:say|tell|reveal|disclose|add)$/.test(v.entry.forms[0]) && /^(?:little|nothing|anything)$/.test(toks[k + 1]?.lo ?? '')
      && (!toks[k + 2] || /^[.!?]$/.test(toks[k + 2]!.text) || toks[k + 2]!.text === ',' && toks[k + 3]?.lo === 'according')) continue;
    // "the Gazette has learned that …": "learn" reports only in the perfect.
    if (PERFECT_ONLY.has(v.entry.forms[0]) && !/^(?:has|have|had|'s|'ve)$/.test(toks[k - 1]?.lo ?? '')) continue;
    const prev = toks[k - 1];
    // Infinitives ("to say") and passives ("was told") do not report their subject's words.
    // ("Hale appeared to suggest that …", "she seemed to think …": the report of the verb, hedged by the writer.)
    if (prev?.lo === 'to' && v.form === 0 && SEEM.has(toks[k - 2]?.lo ?? '') && !toks[k - 2]!.cap && k >= 3 && v.entry.forms[0] !== 'say') {
      const seem = toks[k - 2]!.lo;
      out.push({ type: 'verb', from: k - 2, to: k + 1, verb: v.entry, form: /s$/.test(seem) ? 1 : /ed$/.test(seem) ? 2 : 0, weak: WEAK_FORMS.has(t.lo) });
      continue;
    }
    if (prev?.lo === 'to' && v.form === 0) continue;
    if (prev && BE.has(prev.lo) && v.form !== 3) continue;
    // "which is not charged", "were also told": a passive with an adverb between.
    if (prev && /^(?:not|n't|never|also|already|still|since|later|formally|publicly|widely|repeatedly)$/.test(prev.lo) && BE.has(toks[k - 2]?.lo ?? '') && (v.form === 2 || v.form === 4)) continue;
    // ("Hale, writing in the Guardian, argued that …": a participle set off before the subject's own verb is its setting.)
    if (v.form === 3 && prev?.text === ',') {
      const close = toks.findIndex((x, j) => j > k && j < k + 12 && x.text === ',');
      const after = close > 0 ? toks[close + 1] : undefined;
      const finite = after && !after.cap ? vt.get(after.lo) : undefined;
      if (finite && (finite.form === 1 || finite.form === 2) && toks.slice(k + 1, close).every((x) => x.word || /^['’]s$/.test(x.lo))) continue;
    }
    // "the said report", "his claims": a determiner makes it a noun or an adjective.
    // ("close to her say" is an object pronoun, not "her say".)
    if (prev && /^(?:the|a|an|his|her|their|its|our|my|your|these|those|this|such|of|no|'s)$/.test(prev.lo)
      && !(prev.lo === 'her' && /^(?:to|with|for|about|from|near)$/.test(toks[k - 2]?.lo ?? ''))
      // ("Those who know her say …": "her say" is a noun only after "have" or "get": "had her say".)
      && !(prev.lo === 'her' && /^(?:say|says|said)$/.test(t.lo) && !!toks[k - 2]?.word && !/^(?:have|has|had|having|get|gets|got|given|give|gave|to)$/.test(toks[k - 2]!.lo))) continue;
    // A capitalised verb inside a sentence is part of a name ("Washington Post"), except a
    // third-person verb after a name in a title-case headline ("Graham Says Trump …").
    if (t.cap && k > 0 && !(isQuoteTok(prev) && k === 1) && !(headline && v.form === 1 && prev?.cap && !NOUN_LIKE_FORMS.has(t.lo) || headline && v.form === 1 && prev?.cap && /^(?:shows|calls|claims|reports|warns|admits)$/.test(t.lo))) continue;
    const next = toks[k + 1];
    // "Research published in the Lancet suggests …", "a study released Monday found …": a participle describing the
    // noun before it, not that noun's report.
    if ((t.lo === 'published' || t.lo === 'posted') && prev?.word && (!prev.cap || k === 1) && !(prev.lo in PRONOUN_SUBJECTS) && !/^(?:has|have|had|who|which|that|and|also|recently|first|then|later)$/.test(prev.lo)
      && /^(?:in|on|by|last|this|earlier|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|online|today)$/.test(next?.lo ?? '') && toks.slice(k + 2, k + 12).some((x) => vt.has(x.lo) && !x.cap)) continue;
    // ("claims more territory", "claimed the lives of", "claimed the title": taking a thing, not saying one.)
    if (v.entry.forms[0] === 'claim' && toks.slice(k + 1, k + 4).some((x) => /^(?:territory|ground|land|lives|life|title|titles|crown|seat|seats|prize|trophy|medal|medals|wicket|wickets|scalp)$/.test(x.lo))) continue;
    // ("Kerry found himself playing defense", "finds itself in a bind": a reflexive object is a state, not a finding.)
    if (/^(?:find|feel|see|show|prove)$/.test(v.entry.forms[0] ?? '') && /^(?:himself|herself|itself|themselves|myself|ourselves|yourself)$/.test(next?.lo ?? '')) continue;
    // ("so they can show them to employers", "showed it to the guards": a thing shown to someone is handed over, not
    // shown to be so.)
    if (v.entry.forms[0] === 'show' && /^(?:them|it|him|her|us|me|you|this|these|those)$/.test(next?.lo ?? '') && toks[k + 2]?.lo === 'to' && !/^(?:be|have)$/.test(toks[k + 3]?.lo ?? '')) continue;
    // ("the King's Fund think tank suggests": a compound noun, never a thought.)
    if (t.lo === 'think' && /^tanks?$/.test(next?.lo ?? '')) continue;
    // "called off the tour", "called up two players", "called in the army": a phrasal verb that reports nothing.
    if (v.entry.forms[0] === 'call' && /^(?:off|up|in|back|out|round|around|away|over)$/.test(next?.lo ?? '')) continue;
    // ("told the Guardian in an interview published on Sunday that …": a participle describing the interview.)
    // ("said in a filing posted on its website that …": any document noun.)
    if (/^(?:published|posted|released|issued|aired|broadcast)$/.test(t.lo) && (/^(?:interview|report|article|study|letter|statement|video|post|op-ed|essay|paper|podcast|documentary)s?$/.test(prev?.lo ?? '') || DOCUMENT_HEADS.has((prev?.lo ?? '').replace(/s$/, '')))) continue;
    // "Traders now see a one-in-three chance of a cut", "investors see a 60% probability": "see" reports only the
    // odds a market puts on something ("we will see", "officials see the risks" are no claims).
    if (v.entry.forms[0] === 'see' && !(MARKET_SUBJECT.test((/^(?:now|still|also|currently|already)$/.test(prev?.lo ?? '') ? toks[k - 2] : prev)?.lo ?? '') && toks.slice(k + 1, k + 8).some((x) => ODDS.test(x.lo)))) continue;
    // ("A player found guilty of a first offence can expect …": a verdict's adjective right after "found" makes it a
    // passive participle — the one found guilty found nothing.)
    // ("The inquiry found negligent staff had …": an adjective before a noun describes the finding's subject.)
    if (v.entry.forms[0] === 'find' && VERDICT_ADJ.test(next?.lo ?? '') && !(toks[k + 2]?.word && /^\p{Ll}/u.test(toks[k + 2]!.text) && !AFTER_VERDICT.test(toks[k + 2]!.lo))) continue;
    // ("on her third answer, when she …", "his second reply": a base form after an ordinal and its determiner is a noun.)
    if (v.form === 0 && ORDINALS.test(prev?.lo ?? '') && /^(?:the|a|an|his|her|their|its|our|my|your|this|that)$/.test(toks[k - 2]?.lo ?? '')) continue;
    // ("asked the regulator to approve a shorter course", "asked staff to stay home": a request, not a report, unless
    // quoted.)
    // (The one asked may be a body's full name: "asked the Civil Aviation Safety Authority to approve …".)
    if (v.entry.forms[0] === 'ask' && adviceTo(toks, k, 6) && !toks.slice(k + 1, k + 10).some((x) => isQuoteTok(x))) continue;
    // "asking for comment", "asked for comment": a request, not a report.
    if (v.entry.forms[0] === 'ask' && next?.lo === 'for') continue;
    // "on a conference call", "a phone call", "the wake-up call": a base form after "a/the <singular noun>" is a compound noun.
    // ("Some in the party fear …", "many at the company worry …": the noun closes a group's prepositional phrase.)
    if (v.form === 0 && COMPOUND_HEADS.has(t.lo) && prev?.word && !prev.cap && !/s$|^(?:people|police|staff|media|public|men|women|children|crowd|team|data)$/.test(prev.lo) && /^(?:a|an|the|this|that|every|each)$/.test(toks[k - 2]?.lo ?? '')
      && !(/^(?:in|at|within|inside|across|around|among|on)$/.test(toks[k - 3]?.lo ?? '') && /^(?:some|many|most|others|few|several|those|all)$/.test(toks[k - 4]?.lo ?? ''))
      // ("Documents tabled at the hearing show the agency spent …": after a phrase closing the subject, a clause of
      // figures makes it the verb; "on the talk show" takes none.)
      && !(/^(?:in|at|on|from|by|before|to|for)$/.test(toks[k - 3]?.lo ?? '') && EVIDENCE_VERB.has(t.lo) && bareClause(toks, k))) continue;
    // "when asked whether rates would rise", "When a reporter asked if …": a question set as the scene of an answer
    // claims nothing. ("The senator asked whether the agency had hired staff": a main clause reports the question.)
    if (v.entry.forms[0] === 'ask' && toks.slice(k + 1, k + 5).some((x) => x.lo === 'whether' || x.lo === 'if') && !toks.slice(k + 1, k + 5).some((x) => isQuoteTok(x) || x.text === ':') && !askedInMainClause(toks, k, v.form)) continue;
    // "who asked not to be named": a condition of anonymity, not a report.
    // ("asked that her surname not be published", "asked that their names be withheld": the same request.)
    if (v.entry.forms[0] === 'ask' && (next?.lo === 'not' || next?.lo === 'that' && toks[k + 2]?.lo === 'he' || toks[k + 2]?.lo === 'not' && toks[k + 3]?.lo === 'to')) continue;
    if (v.entry.forms[0] === 'ask' && next?.lo === 'that' && WITHHELD.test(toks.slice(k + 2, k + 10).map((x) => x.lo).join(' '))) continue;
    // "a person briefed on the plans", "officials informed about": a description of the source, not its words.
    if ((v.form === 2 || v.form === 4) && /^(?:on|about)$/.test(next?.lo ?? '') && /^(?:brief|inform)$/.test(v.entry.forms[0])) continue;
    // "did not confirm the report", "would not discuss the talks": a refusal about a thing says nothing.
    // ("would not confirm that account": "that" before a noun naming a claim is its determiner, no complementiser.)
    if (/^(?:not|n't|never)$/.test(prev?.lo ?? '') && /^(?:confirm|comment|discuss|disclose|reveal|address|specify|identify|name|detail|dispute|deny|contest|challenge|question|announce|explain|mention|note|acknowledge)$/.test(v.entry.forms[0]) && (!complementClause(next) || REFUSED_OBJECT.test(`${next!.lo} ${toks[k + 2]?.lo ?? ''}`))) continue;
    // ("has not said which shops will close", "would not say when": a question left open claims nothing.)
    if (/^(?:not|n't|never)$/.test(prev?.lo ?? '') && v.entry.forms[0] === 'say' && /^(?:which|when|where|who|how|what|why)$/.test(next?.lo ?? '')) continue;
    // ("The club will reject any bid below £40m": a refusal still to come is an action foretold, no answer given.)
    if (/^(?:will|would|could|may|might|must|should|shall)$/.test(prev?.lo ?? '') && v.form === 0 && /^(?:reject|deny|dismiss|refuse|dispute|rebuff|turn)$/.test(v.entry.forms[0]) && !complementClause(next)) continue;
    // "All told, …" is an idiom, not a report.
    if (t.lo === 'told' && prev?.lo === 'all' && (k === 1 || !toks[k - 2]!.word)) continue;
    // "which maintains 4,300 miles of mains": an amount after "maintain" is kept up, not claimed.
    if (v.entry.forms[0] === 'maintain' && next && (/^\d/.test(next.text) || /^(?:about|some|more|nearly|roughly|around|over|almost|dozens|hundreds|thousands|millions)$/.test(next.lo))) continue;
    // "pledged to spend", "vowed to fight": a commitment, not a report.
    // ("have promised to ‘fight to the end’": a pledge in the source's quoted words reports those words.)
    if (next?.lo === 'to' && COMMITMENTS.has(v.entry.forms[0]) && !isQuoteTok(toks[k + 2])) continue;
    // "swing states of Ohio", "her claims about": a plural noun unless a complement follows.
    // (At the end of a sentence after a name it is a trailing cue: "…, the Journal reports.")
    // ("Oyelaran, chief economist at …, believes employers …": a form that is never a noun takes any clause.)
    // ("…, missing Wall Street estimates, as …": a name's noun set off by commas, after a word that is not a comma.)
    // ("…, telecom firm admits" closing a headline: a noun and its kind after the comma, then the verb.)
    if (NOUN_LIKE_FORMS.has(t.lo) && next?.text === ',' && prev?.cap && prev.word) {
      let j = k - 1;
      while (j > 0 && toks[j - 1]!.cap && toks[j - 1]!.word) j--;
      if (j > 0 && toks[j - 1]!.word && !toks[j - 1]!.cap) continue;
      // ("Under EU rules, companies can sue": a preposition opening the sentence makes the name's noun its object.)
      if (j < k - 1 && /^(?:under|by|with|in|against|from|without|despite|according)$/.test(toks[j]!.lo)) continue;
    }
    // ("rejected claims that …", "denied reports that …": the object of an answer is the claim noun, no verb.)
    if (NOUN_LIKE_FORMS.has(t.lo) && /^(?:rejected|rejects|reject|rejecting|denied|denies|deny|denying|dismissed|dismisses|dismiss|dismissing|disputed|disputes|dispute|disputing|refuted|refutes|refute|refuting|rebutted|rebuts)$/.test(prev?.lo ?? '')) continue;
    // ("…, claims source", "…, reports paper" closing a headline: the verb before its source, inverted after a comma.)
    const headlineInverted = prev?.text === ',' && k + 1 < toks.length && k + 4 >= toks.length && toks.slice(k + 1).every((x) => x.word && /^\p{Ll}[\p{Ll}-]*$/u.test(x.text))
      && HEADLINE_SOURCE_NOUNS.test(toks[toks.length - 1]!.lo);
    if (NOUN_LIKE_FORMS.has(t.lo) && !headlineInverted && !complementStart(next) && !(EVIDENCE_FORMS.has(t.lo) && bareClause(toks, k)) && !trailingAfterComma(toks, k) && !(VERB_ONLY_FORMS.has(t.lo) && next?.word && !/^(?:of|about|for|on|in|to|from|with|by|at|and|or)$/.test(next.lo)) && !((!next || /^[.!?]$/.test(next.text)) && prev?.cap) && !(!next && prev?.word && (toks[k - 2]?.text === ',' || !!toks[k - 2]?.word && !toks[k - 2]!.cap && toks[k - 3]?.text === ','))) continue;
    // "people accused of rape", "a fact reported by the paper": reduced passives.
    // (Not the means of saying: "Whitfield said by phone that …", "told reporters by email".)
    const byMeans = next?.lo === 'by' && MEANS_OF_SAYING.has(toks[k + 2]?.lo ?? '');
    if ((v.form === 2 || v.form === 4) && (next?.lo === 'by' && !byMeans || next?.lo === 'of' && /^(?:accuse|charge|suspect)$/.test(v.entry.forms[0]))) continue;
    // "boasted of his wealth", "advised the campaign", "suspect arson": these verbs report only a clause or a quote.
    // ("recommended cutting catches": a gerund clause counts.)
    // ("Investigators suspect the fire was set": a clause with a finite verb soon after counts too.)
    // ("Amazon, too, is finding success with …": a progressive "finding" is a fortune, not a finding, without "that".)
    if (t.lo === 'finding' && next?.lo !== 'that' && BE.has(prev?.lo ?? '')) continue;
    // ("Kezia hinted at the split", "hinted at his retirement": a hint at a thing already known is its claim;
    // "hinted at a deal" stays too vague to report.)
    // ("questioned the timing", "questioned the study's assumptions": doubt cast on a judgement or a figure reports
    // it; "questioned the suspect" is an interrogation.)
    const doubted = v.entry.forms[0] === 'question' && /^(?:the|his|her|their|its|this|that)$/.test(next?.lo ?? '') && toks.slice(k + 2, k + 5).some((x) => QUESTIONED_THINGS.has(x.lo));
    if (CLAUSE_ONLY.has(v.entry.forms[0]) && !doubted && !(v.entry.forms[0] === 'advise' && adviceTo(toks, k)) && !(v.entry.forms[0] === 'hint' && next?.lo === 'at' && /^(?:the|his|her|their|its)$/.test(toks[k + 2]?.lo ?? '') || complementClause(next) || !!next && /^\p{Ll}+ing$/u.test(next.text) && next.text.length > 5 || /^[.!?]$/.test(next?.text ?? '.') || toks.slice(k + 2, k + 7).some((x) => x.lo === 'that')
      || /^(?:the|a|an|his|her|their|its|he|she|they|it|we|i|you|this|these|those)$/.test(next?.lo ?? '') && finiteSoon(toks, k + 2)
      // ("understands talks are at an advanced stage", "suspect Hale was there": a bare noun phrase as its subject.)
      // (Not a possessive's "'s": "advised Clinton's campaign" is an object.)
      || !!next?.word && !/^(?:to|at|of|for|on|in|with|by|about|from|as|over|into)$/.test(next.lo) && finiteSoon(toks, k + 2, false)
      // ("reckons I’ll last a fortnight", "suspects they’re right": a pronoun with its verb clitic opens a clause.)
      || /^(?:he|she|they|it|we|i|you)$/.test(next?.lo ?? '') && /^'(?:ll|d|s|re|ve|m)$/.test(toks[k + 2]?.lo ?? '')
      // ("signaled it expects to cut rates", "suspects he knew": a pronoun and its verb in -s or -ed.)
      || /^(?:he|she|it|they|we)$/.test(next?.lo ?? '') && /^\p{Ll}{3,}(?:s|ed)$/u.test(toks[k + 2]?.text ?? '') && !/(?:ss|us|is)$/.test(toks[k + 2]!.text))) continue;
    // "branded the plan “reckless”", "hailed the deal as a breakthrough": a verdict needs its "as" or quoted words
    // ("hailed a taxi", "slammed the door" say nothing).
    // ("demanded that …", "proposed that …": a demand or a proposal of a thing — "proposed enforcing a zone" — is no claim.)
    if (THAT_ONLY.has(v.entry.forms[0]) && !complementClause(next)) continue;
    // ("assess that the missile …" is a judgement; "assess whether foreigners are credible" is a procedure.)
    if (v.entry.forms[0] === 'assess' && next?.lo !== 'that') continue;
    if (VERDICT_VERBS.has(v.entry.forms[2]) && !toks.slice(k + 1, k + 10).some((x, j) => isQuoteTok(x) || x.lo === 'as' || x.lo === 'for' && BLAME_VERDICTS.has(v.entry.forms[2]) && /^\p{Ll}{3,}ing$/u.test(toks[k + 2 + j]?.text ?? ''))) continue;
    // ("the captain shrugged: “It's football.”", "“Never,” she laughed": a manner of speaking reports only a quotation next to it.)
    if (QUOTE_ONLY.has(v.entry.forms[2]) && (v.form === 3 || !(next?.text === ':' && isQuoteTok(toks[k + 2]) || isQuoteTok(next) || toks.slice(Math.max(0, k - 4), k).some((x) => isQuoteTok(x)) && (!next || /^[.,!?]$/.test(next.text) || next.cap)))) continue;
    // ("“Off duty,” she captioned the post", "captioned the photo “Lessons learned”": a caption is the quotation beside it.)
    if (v.entry.forms[2] === 'captioned' && !toks.slice(Math.max(0, k - 4), k).some((x) => isQuoteTok(x)) && !toks.slice(k + 1, k + 5).some((x) => isQuoteTok(x))) continue;
    // "pointed out that …": a verb that reports only with its particle ("pointed to the map" reports nothing).
    const needs = REQUIRED_PARTICLE[v.entry.forms[0]];
    if (needs && next?.lo !== needs) continue;
    // ("shot back that …", "fired back: “…”": these take only a clause or a quote after the particle.)
    // ("“Drip, drip, drip,” Mr Carrow shot back.": trailing a quotation, the particle may end the clause.)
    const trailsQuote = (!toks[k + 2] || /^[.,!?;]$/.test(toks[k + 2]!.text)) && toks.slice(Math.max(0, k - 6), k).some((x) => isQuoteTok(x));
    if (needs && needs === 'back' && !complementClause(toks[k + 2]) && !trailsQuote) continue;
    // "called for", "called on", "warned against": the particle belongs to the cue.
    const particle = needs || next && PARTICLES[v.entry.forms[0]]?.includes(next.lo) ? 1 : 0;
    out.push({ type: 'verb', from: k, to: k + 1 + particle, verb: v.entry, form: v.form, weak: WEAK_FORMS.has(t.lo) });
  }
  return out;
}
