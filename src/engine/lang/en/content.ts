// The claim a cue governs: the adjacent quotation (with its split and
// continued parts), the clause before a trailing "…, she said", the whole
// sentence around a parenthetical "X said", or the clause after the verb —
// cut where another report begins.
import type { Span } from '../../types.js';
import type { DocView, Quote } from '../types.js';
import { isQuote, type Tok } from './tokens.js';
import { matchPhrase, tails, type Cue } from './cues.js';
import { skipAfterVerb, type Phrase } from './np.js';
import type { QuoteIndex } from './quotes-view.js';
import { ROLE_NOUNS } from './lexicon/titles.js';
import { MEANS_OF_SAYING } from './lexicon/words.js';
import { REPORTING_VERBS } from './lexicon/verbs.js';
import { POINT_BACK_VERBS } from './point-back.js';

/** A citation of the source's own source opening the claim after it ("citing officials in Seoul, ", "which cited police sources, "), or the report's time ("earlier, "). */
/** A paper right before a participle that describes it: "in a statement apologizing for …", "in a post thanking …". */
const PAPER_ING = /\b(?:statement|post|letter|note|message|video|release|notice|tweet)\s+\p{Ll}{3,}ing\b/u;
const LEADING_CITATION = /^(?:(?:citing|quoting|(?:which|who)\s+(?:cited|quoted))\s[^,;:“”"]{1,100}|earlier|previously|recently|yesterday|(?:last|this)\s+(?:week|month|year)),\s*/;

const GAP_BEFORE = /^[\s,—–\-]*$/;
const GAP_AFTER = /^[\s,:—–\-]*$/;
/** Between the cue of a split quote and its second part: punctuation, or a participle clause (", smiling,"). */
const SPLIT_GAP = /^(?:[\s,.;:—–-]*|[\s,]*[^“”"«»]{0,220}?[,.:]\s*)$/u;
/** Where the text after a quote's closing mark starts. */
export const markEnd = (q: Quote) => q.closeEnd ?? (q.close === null ? q.content.end : q.close + 1);
/** A reporting verb inside that gap means the next quote has its own cue. */
const GAP_CUE = /\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|noted|notes|continued|explained|replied|insisted|argued|saying|adding|explaining|noting|arguing|writing|telling|asking)\b/;
/** Participles that open a new report: "…, arguing that …". */
const ING_CUES = new Set(['pointing', 'blaming', 'saying', 'adding', 'arguing', 'noting', 'claiming', 'insisting', 'explaining', 'warning', 'calling', 'asking', 'suggesting', 'stressing', 'writing', 'telling', 'declaring', 'acknowledging', 'admitting', 'accusing', 'charging']);
/** Finite reporting verbs that can follow "and" as a second report of the same subject. */
const AND_CUES = new Set(['described', 'describes', 'dismissed', 'rejected', 'admitted', 'conceded', 'promised', 'pledged', 'stressed', 'blamed', 'said', 'says', 'added', 'adds', 'warned', 'warns', 'noted', 'notes', 'argued', 'argues', 'called', 'calls', 'told', 'tells', 'insisted', 'insists', 'claimed', 'claims', 'predicted', 'predicts', 'suggested', 'suggests', 'acknowledged', 'acknowledges', 'denied', 'denies', 'vowed', 'vows', 'urged', 'urges', 'wrote', 'writes', 'announced', 'announces', 'accused', 'accuses',
  // ("accused the government of X and asserted that Y": verbs of saying only, never a claim's own action.)
  'asserted', 'asserts', 'contended', 'contends', 'reiterated', 'reiterates', 'stated', 'states']);
/** Past and third-person forms of the reporting verbs, which open a report of their own before "that". */
const THAT_VERB_FORMS: ReadonlySet<string> = new Set(REPORTING_VERBS.flatMap((v) => [v.forms[1], v.forms[2]]).filter((f) => !!f));
/** Verbs of advice whose addressee and infinitive make the claim ("warned residents to stay indoors"). */
const ADVICE = new Set(['warn', 'advise', 'caution']);
/** A finite or past verb: the words before it make a clause, not an object. */
const CLAUSE_VERB = /^(?:is|are|was|were|had|has|have|will|would|could|should|can|may|might|must|did|does|do|\p{Ll}{3,}ed)$/u;
export const TRAIL = /^[\s.,;:!?)\]”"’»—–\-]*$/;

/** ", a rumour that" / ", a claim which" right before a source: the cue's object is the clause before the comma. */
/** ("…, a figure Moscow disputes", "…, an estimate the ministry rejected": without "that" too.) */
export const POINTED_NOUN = /^(?:rumou?r|report|claim|allegation|suggestion|account|story|notion|assertion|charge|version|figure|estimate|forecast|assessment|characteri[sz]ation|description|theory|view|toll|count)$/;
const POINTED_CLAIM = /,\s*(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+)?(?:rumou?r|report|claim|allegation|suggestion|account|story|notion|assertion|charge|version|figure|estimate|forecast|assessment|characteri[sz]ation|description|theory|view|toll|count)\s+(?:(?:that|which)\s+)?$/u;

/** After "that" these make it a pronoun subject ("said that's wrong"), not a conjunction. */
const THAT_SUBJECT = /^(?:'s|is|was|isn't|wasn't)$/;

const CLAUSE_WORD = /^(?:that|is|are|was|were|had|has|have|will|would|could|can|should|may|might|must|did|does|do|'s|'re|'ve|'ll|'d)$/;

/** Tokens after "told": an addressee and places or times ("Reuters by phone"), no clause and no quote. */
/** Verbs passing a verdict on a thing in quoted words ("hailed the side's “character”", "branded it “a joke”"). */
const VERDICT_PAST = new Set(['hailed', 'praised', 'branded', 'labelled', 'labeled', 'dubbed', 'termed', 'slammed', 'blasted', 'lambasted', 'called', 'described', 'criticised', 'criticized', 'condemned', 'denounced']);

function onlyAddressee(rest: Tok[]): boolean {
  const words = rest.filter((t) => t.word);
  // ("the BBC's Today programme": a possessive "'s" between capitalised words is no verb.)
  return words.length <= 10 && !rest.some((t, i) => isQuote(t) || t.text === ':' || t.text === ',' || CLAUSE_WORD.test(t.lo) && !(t.lo === "'s" && rest[i - 1]?.cap && (rest[i + 1]?.cap || /^(?:programme|program|show|podcast)$/.test(rest[i + 2]?.lo ?? ''))));
}

/** Words that open the claim after "told": a pronoun subject, a determiner, a conjunction. */
const ADDRESSEE_STOP = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'the', 'a', 'an', 'this', 'these', 'those', 'some', 'many', 'most', 'all', 'no', 'every', 'each', 'both', 'his', 'its', 'their', 'our', 'that', 'whether', 'if', 'how', 'why', 'what', 'when', 'not', 'nothing', 'none', 'in', 'at', 'on', 'outside', 'from', 'during', 'after', 'before', 'by', 'with', 'to', 'for', 'of', 'about', 'over', 'via']);

/**
 * End of the addressee after "told": "the BBC's Today programme", "local media", "the court",
 * "him", "her husband" — not the subject of the claim ("told reporters prices would rise").
 */
function addresseeEnd(toks: Tok[], k: number): number {
  let j = k;
  if (/^(?:the|a|an|his|her|their|its|our|my|your)$/.test(toks[j]!.lo) && toks[j + 1]?.word) j++;
  if (toks[j]?.cap) {
    while (j < toks.length && (toks[j]!.word && toks[j]!.cap || /^['’]s$/.test(toks[j]!.lo) && toks[j + 1]?.cap)) j++;
    return j;
  }
  for (let n = 0; n < 3 && j < toks.length && toks[j]!.word && !toks[j]!.cap && !ADDRESSEE_STOP.has(toks[j]!.lo) && !CLAUSE_WORD.test(toks[j + 1]?.lo ?? ''); n++) j++;
  // "told lawyer Chris Kise …": a name after a role noun belongs to the addressee.
  if (j > k && ROLE_NOUNS.has(toks[j - 1]!.lo) && toks[j]?.cap && toks[j + 1]?.cap) while (j < toks.length && toks[j]!.word && toks[j]!.cap) j++;
  return j;
}

/** "claim echoed by", "view shared by": a noun for the clause before and a verb of agreeing with it. */
const ECHO_BY = /^(?:claim|view|assessment|concern|fear|position|sentiment|argument|charge|allegation|account|estimate|forecast|prediction|warning|finding|conclusion|point|criticism|complaint) (?:echoed|shared|backed|supported|disputed|rejected|denied|contested|confirmed|challenged|repeated|questioned|endorsed|voiced) by$/;

/** Prepositions that open the setting of a report: where or when it was made. */
/** Nouns a writer uses to comment on what was said: "…, a move that …", "…, a decision which …". */
/** The writer's note after a claim: ", a claim Kyiv has not confirmed", ", a figure the ministry disputed". */
const WRITER_NOTE = /,\s+(?:a|an)\s+([\p{Ll}-]+)\s+(?:that\s+|which\s+)?(?:\p{Lu}[\p{L}’'.-]*|the\s+[\p{Ll}\s]{1,30}?|it|they|he|she)\s+(?:has|have|had|did|does|could|would)?\s*(?:not\s+)?(?:confirmed|denied|disputed|rejected|dismissed|verified|contested|called|could\s+not|been\s+able)\b[^,;:“”"]*$/u;
const WRITER_COMMENT = /^(?:move|decision|step|development|reversal|shift|u-turn|departure|change|sign|signal|measure|policy|stance|position|turnaround|blow|setback|rebuke|snub|concession|admission|acknowledgment|acknowledgement)$/;
/** After a trailing cue, a time clause of the writer's: "…, prosecutors alleged on Monday as his trial opened." */
const WRITER_WHEN = /^[\s,]*(?:(?:on|last|this|late|early)\s+\p{L}+\s+|yesterday\s+|today\s+)?(?:as|when|while)\s+(?:the|a|an|his|her|their|its|he|she|they|it)\s[^,;“”"]*[.!?]?\s*$/u;
/** A writer's caveat closing a claim: "though the footage could not be verified", "a claim that could not be independently confirmed". */
const CAVEAT = /^\s*(?:(?:though|although|but)\s+(?:the|this|that|these|those|its|their|it|they|which)(?:\s+[\p{L}-]+){0,3}\s+|(?:a|an)\s+(?:claim|figure|account|report|assertion|number|toll)\s+(?:that|which)\s+)(?:could|can|has|have|had|was|were)\s+not\s+(?:been\s+|be\s+)?(?:be\s+)?(?:independently\s+)?(?:verified|confirmed|geolocated|corroborated|substantiated)\b[^,;]*?[.!?]?\s*$/u;
/** Words of a where-and-when setting: "on X, formerly known as Twitter,", "in Brussels, on Monday,". */
const FOR_TIME_THAT = /^(?:for\s+(?:the\s+(?:first|second|third|last|only)\s+time|(?:years|months|weeks|days|decades))|(?:(?:just|only|some|about)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:ago|earlier|later|before))\s+that\b/i;
const PLACE_WORDS = /^(?:on|in|at|during|a|an|the|his|her|its|their|post|posts|statement|interview|video|message|letter|website|blog|podcast|platform|site|formerly|known|as|previously|called|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|late|early|last|week|this)$/;
const SETTING_PREP = /^(?:at|in|on|during|after|before|outside|inside|following|ahead|while|from|near|via|over|under|aboard|backstage|upon)$/;

/**
 * End of a short setting that closes the sentence after a verb ("at the trial", "after the council
 * meeting on Tuesday"): up to ten words, no clause, no comma or quote. Returns k when there is none.
 */
function settingEnd(toks: Tok[], k: number): number {
  if (k >= toks.length || !SETTING_PREP.test(toks[k]!.lo) && !(toks[k]!.lo === 'to' && /^(?:the|a|an|his|her|their|its|our|reporters|journalists)$|^\p{Lu}/u.test(toks[k + 1]?.text ?? ''))) return k;
  // ("said at least nine soldiers died", "said in all 40 homes flooded": a quantity opens the claim, not a setting.)
  if (/^(?:at\s(?:least|most)|in\s(?:all|total))$/.test(`${toks[k]!.lo} ${toks[k + 1]?.lo ?? ''}`)) return k;
  let j = k;
  let words = 0;
  while (j < toks.length && toks[j]!.word) {
    if (CLAUSE_WORD.test(toks[j]!.lo) || /^(?:and|but|because|if|when|as|who|which|he|she|they|it|we|i|there)$/.test(toks[j]!.lo) || ++words > 10) return k;
    j++;
  }
  for (let r = j; r < toks.length; r++) if (!/^[.!?)]$/.test(toks[r]!.text)) return k;
  return j;
}

/** "on (the) condition of anonymity" at k, with a reason closing the sentence ("because …", "to discuss …"). */
function anonymityEnd(toks: Tok[], k: number): number {
  let j = k;
  if (toks[j]?.lo !== 'on') return k;
  j++;
  if (toks[j]?.lo === 'the') j++;
  // ("said on condition that he not be named that the talks had failed": the terms run up to the claim's "that".)
  if (toks[j]?.lo === 'condition' && toks[j + 1]?.lo === 'that') {
    const e = toks.findIndex((t, i) => i > j + 3 && i < j + 10 && /^(?:named|identified|quoted)$/.test(t.lo));
    return e > 0 ? e + 1 : k;
  }
  if (toks[j]?.lo !== 'condition' || toks[j + 1]?.lo !== 'of' || toks[j + 2]?.lo !== 'anonymity') return k;
  j += 3;
  if (j < toks.length && /^(?:because|as|since|to|for)$/.test(toks[j]!.lo)) {
    let r = j;
    while (r < toks.length && toks[r]!.text !== ',' && toks[r]!.text !== ';' && !isQuote(toks[r])) r++;
    if (r < toks.length && !/^[.!?)]$/.test(toks[r]!.text)) return j;
    while (r > j && /^[.!?)]$/.test(toks[r - 1]!.text)) r--;
    return r;
  }
  return j;
}

export interface Claim {
  span: Span;
  direct: boolean;
}

export class Claims {
  constructor(private text: string, private doc: DocView, private quotes: QuoteIndex) {}

  /** A content that is only a short prepositional phrase ("in 1998", "to Bloomberg") is no claim. */
  junk(sp: Span): boolean {
    const t = this.text.slice(sp.start, sp.end);
    const words = (t.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w, i) => i > 0 || !/^\p{Ll}+ly$/u.test(w));
    if (!words.length) return true;
    // "rejected that view": one bare noun left after the cue is its object, not a claim.
    // (A word in quotation marks is quoted words: "warned diplomats of “consequences”".)
    if (words.length === 1 && !/[“"«‘]/.test(t) && !/[“"«‘]/.test(this.text[sp.start - 1] ?? '') && /^\p{Ll}/u.test(words[0]!)) return true;
    if (words.length <= 4 && /^(?:in|on|at|to|for|with|from|by|during|about|of)$/i.test(words[0]!) && !/[“"«]/.test(t)) return true;
    // ("testified under a grant of immunity", "spoke before the committee for three hours": a longer phrase, still no clause.)
    // (Not quoted words: "“in solidarity with the Arctic,” she joked".)
    return words.length <= 10 && /^(?:under|before|for|during|with|from|to|at|on|in|over|after|behind|outside|inside)$/i.test(words[0]!) && !/[“"«,]/.test(t) && !/[“"‘«']/.test(this.text[sp.start - 1] ?? '')
      && !/^at\s+(?:least|most)\b/i.test(t) && !words.some((w) => /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|not)$/i.test(w) || /\p{Ll}{2,}(?:ed|ing)$/u.test(w));
  }

  /**
   * The content a cue governs: the adjacent quotation (with its split and
   * continued parts), the clause before a trailing "…, she said", the whole
   * sentence around a parenthetical "X said", or the clause after the verb.
   */
  content(toks: Tok[], cue: Cue, src: Phrase, inverted: boolean, s: Span, para: Span): Claim | null {
    const text = this.text;
    const a = Math.min(cue.from, src.from);
    let b = Math.max(cue.to, src.to);
    const bs = toks[a]!.start;
    let be = toks[b - 1]!.end;
    // Tails like "in a statement", "on Monday" belong to the cue block.
    let k = skipAfterVerb(toks, b);
    const tl = k < toks.length ? matchPhrase(tails(), toks, k) : 0;
    if (tl) k = skipAfterVerb(toks, k + tl);
    // "said in an interview with Sky News on Monday that …", "said in a post on social media that …":
    // the rest of the cue's setting runs up to "that".
    // ("said on condition that he not be named that …": the terms of anonymity first.)
    if (cue.type === 'verb' && toks[k]?.lo === 'on') k = anonymityEnd(toks, k);
    // ("insisted after the match that …", "said before the vote that …": a time or occasion, then "that".)
    if (cue.type === 'verb' && k < toks.length && (tl && /^(?:with|to|on|by|from)$/.test(toks[k - 1]!.lo) || /^(?:in|on|at|with|to|during|from|via|after|before|following|outside|ahead)$/.test(toks[k]!.lo)
      // ("said by phone that …", "told reporters by email that …": the means of saying, then "that".)
      || toks[k]!.lo === 'by' && MEANS_OF_SAYING.has(toks[k + 1]?.lo ?? ''))) {
      const that = toks.findIndex((t, i) => i > k && i < k + 12 && t.lo === 'that');
      if (that > 0 && !toks.slice(k, that).some((t) => t.text === ',' || isQuote(t) || CLAUSE_WORD.test(t.lo) && t.lo !== 'that')) k = that;
    }
    // "…, one official said on condition of anonymity because he was not authorized to speak": the terms of
    // anonymity and their reason belong to the cue block, not to the claim.
    if (cue.type === 'verb') k = anonymityEnd(toks, k);
    // "…, Hale said at the trial.", "…, she said after the vote.": a setting closing the sentence is the cue's, not a claim.
    if (cue.type === 'verb') k = settingEnd(toks, k);
    // ("…, said Ann Vale, the chief executive, in an interview.": a closing setting after the source's appositive.)
    if (cue.type === 'verb' && inverted && toks[k]?.text === ',' && k + 1 < toks.length) {
      const t2 = matchPhrase(tails(), toks, k + 1);
      const e = t2 ? skipAfterVerb(toks, k + 1 + t2) : settingEnd(toks, k + 1);
      if (e > k + 1 && (e >= toks.length || toks.slice(e).every((x) => /^[.!?)]$/.test(x.text)))) k = e;
    }
    if (k > b && cue.type === 'verb') { b = k; be = toks[k - 1]!.end; }

    // "X is said to be leaving, a rumour that two people close to him denied": what was denied is the clause before.
    if (cue.type === 'verb' && !inverted) {
      // ("…, which Mr Carrow denied": a relative "which" on the whole clause before points back to it as well.)
      const m = POINTED_CLAIM.exec(text.slice(s.start, bs)) ?? (cue.type === 'verb' && POINT_BACK_VERBS.has(cue.verb?.forms[0] ?? '') ? /,\s*which\s+$/.exec(text.slice(s.start, bs)) : null);
      if (m && m.index > 0) return { span: this.trim(s.start, s.start + m.index), direct: false };
    }
    const qb = this.quotes.endingBefore(bs, GAP_BEFORE, para.start);
    const qa = this.quotes.startingAfter(be, GAP_AFTER, para.end);
    // "…on any mountain.” He said she had once …": a quote closing the sentence before is not this verb's
    // when the verb has a clause of its own.
    // ("called the plan “reckless,” saying it would …": a participle with a clause of its own after a quoted word.)
    // ("On “Face the Nation,” Voss said the plan was dead": a quoted title after a preposition is no claim.)
    const titleQuote = !!qb && qb.open >= s.start && /\b(?:on|in|of|at|from|to|for|by|with|about|titled|entitled)\s*$/i.test(text.slice(Math.max(s.start, qb.open - 14), qb.open));
    const ownClause = !!qb && !!toks[b]?.word && (titleQuote || markEnd(qb) <= s.start && /[.!?][”"’»]?\s*$/.test(text.slice(0, s.start)) || cue.form === 3 && cue.type === 'verb' && qb.content.start > s.start && /^[\s,]*$/.test(text.slice(markEnd(qb), toks[cue.from]!.start)));
    // ("He added: “Never.”": a colon points at the quote after it, not at the one before the subject.)
    const colonQuote = !!qa && /^\s*:\s*$/.test(text.slice(be, qa.open));
    // ("The galaxy is “surprisingly bright”, the team reported": a quotation inside the clause before a trailing cue —
    // words of the clause right before it — quotes part of the claim; the claim is the clause.)
    // ("BSP holds rates; December cut ‘on the table’, deputy governor says": after a semicolon, the last clause.)
    const semi = qb && qb.open > s.start ? text.lastIndexOf(';', qb.open) : -1;
    const cs = semi >= s.start && !this.quotes.inside(semi) ? semi + 1 : s.start;
    if (qb && qb.close !== null && !ownClause && !colonQuote && !qa && qb.open > cs && a > 0 && toks[a - 1]!.start >= qb.content.end && /,/.test(text.slice(Math.max(qb.content.start, qb.content.end - 2), bs))
      && /[\p{L}\p{N}]\s*$/u.test(text.slice(cs, qb.open)) && !/[:;“”"]/.test(text.slice(cs, qb.open)) && !REPORT_WORD.test(text.slice(cs, qb.open)) && !/\b(?:as|because|while|after|before|when|since|although|though|if|but|and)\s/i.test(text.slice(cs, qb.open)) && /^[\s,]*$/.test(text.slice(markEnd(qb), bs).replace(/^[”"’.!?]+/, ''))) {
      return { span: this.trim(cs, markEnd(qb)), direct: false };
    }
    if (qb && qb.close !== null && !ownClause && !colonQuote) {
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
    const commaBefore = /,[\s”"’]*$/.test(text.slice(s.start, bs)) || /[—–]\s*$/.test(text.slice(s.start, bs));
    // "<claim>, the mayor told a news conference at City Hall.": only the addressee follows, the claim is before.
    const hasAfter = afterSpan.end - afterSpan.start > 1 && /[\p{L}\p{N}]/u.test(text.slice(afterSpan.start, afterSpan.end))
      && !(commaBefore && cue.verb?.addressee && onlyAddressee(toks.slice(b)))
      // "<claim>, according to a third official, who said …": the relative clause is that source's own report.
      && !(commaBefore && cue.type === 'after' && /^\s*,\s*(?:who|which)\b/.test(text.slice(be, s.end)))
      // ("<claim>, the operator said in a statement apologizing for the delay": a participle right after the paper
      // describes the paper; the claim is the clause before.)
      && !(commaBefore && cue.type === 'verb' && PAPER_ING.test(text.slice(toks[cue.to - 1]!.end, afterSpan.start + 24)));
    // "In an interview, Obama said:" — the colon points at what follows, not at the phrase before.
    const colonEnd = /^\s*:\s*$/.test(text.slice(be, s.end)) && s.end >= para.end - 1;
    if (hasBefore && commaBefore && !colonEnd) {
      let commaAfter = /^\s*[,—–]/.test(text.slice(be, s.end));
      // The comma after the cue, or after its addressee ("…, two people told Reuters, adding that …").
      let comma = toks[b]?.text === ',' ? b : -1;
      // ("The plan, an insider told the paper, was dead": the aside closes after the addressee.)
      if (!commaAfter && cue.verb?.addressee && toks[b]?.word) {
        const j = skipAfterVerb(toks, addresseeEnd(toks, b));
        if (j > b && j - b <= 6 && toks[j]?.text === ',') { commaAfter = true; comma = j; }
      }
      // ("A, the Commission said, while B": a cue set off inside the sentence, then a contrast the source draws — the
      // whole sentence is the claim, as for any aside.)
      if (!hasAfter && commaAfter && comma >= 0 && cue.type === 'verb' && /^(?:while|whereas)$/.test(toks[comma + 1]?.lo ?? '') && !this.quotes.inside(toks[comma]!.start)) return { span: this.trim(s.start + lastReportThat(text.slice(s.start, bs)), s.end), direct: false };
      // ("…, because, according to X, Y": after a conjunction the source's claim is the clause that follows.)
      if (hasAfter && commaAfter && cue.type === 'after' && /\b(?:because|since|although|though|while|whereas|if|when|but|and|so|yet)\s*,?\s*$/i.test(text.slice(s.start, bs))) return { span: afterSpan, direct: false };
      // ("A, one source said, adding that B": the participle opens a report of its own; the claim is A.)
      if (hasAfter && commaAfter && comma >= 0 && (ING_CUES.has(toks[comma + 1]?.lo ?? '') || /^(?:citing|quoting|according)$/.test(toks[comma + 1]?.lo ?? ''))) return { span: this.stripThat(this.lastClause(before)), direct: false };
      // ("A, the company confirmed on Thursday, leaving 900 residents without a ferry": the writer's consequence.)
      if (hasAfter && commaAfter && cue.type === 'verb' && comma >= 0 && /^\p{Ll}{3,}ing$/u.test(toks[comma + 1]?.text ?? '') && !ING_CUES.has(toks[comma + 1]!.lo)) return { span: this.stripThat(this.lastClause(before)), direct: false };
      // ("A, according to the Tourism Council, an industry body.": an appositive describing the source ends the sentence.)
      if (hasAfter && commaAfter && cue.type === 'after' && /^(?:a|an|the|one)\s[^,;:“”"]*$/i.test(text.slice(afterSpan.start, afterSpan.end)) && !/\b(?:is|are|was|were|will|would|has|have|had|said|says|can|could)\b/.test(text.slice(afterSpan.start, afterSpan.end))) return { span: this.stripThat(this.lastClause(before)), direct: false };
      // ("A, prosecutors alleged (on Monday) as his trial opened at Bristol Crown Court.": the writer's time clause, not the claim.)
      if (hasAfter && cue.type === 'verb' && WRITER_WHEN.test(text.slice(be, s.end))) return { span: this.stripThat(this.lastClause(before)), direct: false };
      // ("A, Ross said, a move that angered commuters.": the writer's comment after the cue is not the claim.)
      const comment = /^(?:a|an)\s+([\p{Ll}-]+)\s+(?:that|which)\b/u.exec(text.slice(afterSpan.start, afterSpan.end));
      if (hasAfter && commaAfter && comment && WRITER_COMMENT.test(comment[1]!)) return { span: this.stripThat(this.lastClause(before)), direct: false };
      // ("A, according to the council, and forecasters said B": the clause after "and" is another source's report.)
      if (hasAfter && commaAfter && /^\s*,\s*(?:and|but)\s+(?:[\p{L}'’-]+\s+){1,5}(?:said|says|say|warned|warn|warns|added|told|tell|tells|believe|believes|expect|expects|reported|reports)\b/u.test(text.slice(be, s.end))) return { span: this.stripThat(this.lastClause(before)), direct: false };
      // (The sentence around the aside, from the claim of a report that opens it: "The minister said on Tuesday that
      // the budget, she said, would balance" — the clause after "that", not "The minister said".)
      if (hasAfter && commaAfter) return { span: this.trim(s.start + lastReportThat(text.slice(s.start, bs)), s.end), direct: false };
      if (!hasAfter || inverted && cue.type !== 'after') return { span: this.stripThat(this.lastClause(before)), direct: false };
    }
    if (hasAfter) {
      // ("Moscow says it captured the village, a claim Kyiv has not confirmed.": the writer's note on the claim, after it.)
      const note = WRITER_NOTE.exec(text.slice(afterSpan.start, afterSpan.end));
      if (note && POINTED_NOUN.test(note[1]!) && note.index > 0) return { span: this.trim(afterSpan.start, afterSpan.start + note.index), direct: false };
      // ("According to Yonhap, citing officials in Seoul, Kim arrived …", "According to the agency, which cited police
      // sources, the suspect fled": the source's own source, set off by commas, is no part of the claim.)
      const lead = cue.type === 'after' ? LEADING_CITATION.exec(text.slice(afterSpan.start, afterSpan.end)) : null;
      if (lead && afterSpan.start + lead[0].length < afterSpan.end) return { span: { start: afterSpan.start + lead[0].length, end: afterSpan.end }, direct: false };
      return { span: afterSpan, direct: this.isWholeQuote(afterSpan) };
    }
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

  /** Does this quote end its paragraph, or run straight into another quote (no cue of its own after it)? */
  endsClean(q: Quote, para: Span): boolean {
    if (q.close === null) return true;
    const rest = this.text.slice(markEnd(q), para.end);
    return TRAIL.test(rest) || /^[\s.,!?;:]*[“"‘«]/.test(rest);
  }

  /** No reporting verb follows this quote before its sentence ends (it has no cue of its own). */
  noCueAfter(q: Quote, para: Span): boolean {
    const rest = this.text.slice(markEnd(q), para.end);
    const stop = rest.search(/[.!?](?:\s|$)/);
    return !GAP_CUE.test(stop >= 0 ? rest.slice(0, stop) : rest);
  }

  /** Extends a direct quote over the next quotes of the paragraph that follow it with no words between. */
  continueQuotes(end: number, para: Span): number {
    for (let n = 0; n < 8; n++) {
      const q = this.quotes.next(end + 1);
      if (!q || q.open >= para.end) break;
      if (!/^[\s.,!?;:”"’»]*$/.test(this.text.slice(end, q.open)) || !this.endsClean(q, para)) break;
      end = q.content.end;
    }
    return end;
  }

  /** The clause after a verb cue: skips "that", the addressee of "told", and cue tails. */
  afterCue(toks: Tok[], cue: Cue, b: number, s: Span, sub = false): Span {
    let k = b;
    // ("warned of job losses": a cue ending in its particle has its object next, no addressee.)
    if (cue.type === 'verb' && cue.verb?.addressee && !/^(?:of|about|against)$/.test(toks[cue.to - 1]?.lo ?? '')) {
      // "told reporters (on Monday) that …", "told The Washington Post …", "told him …"
      const n = toks[k];
      if (n && n.word && n.lo !== 'that') {
        // ("told me that's not true": "that" with a verb clitic is the claim's subject, not its conjunction.)
        const that = toks.findIndex((t, i) => i > k && i < k + 10 && t.lo === 'that' && !THAT_SUBJECT.test(toks[i + 1]?.lo ?? ''));
        // ("warned Dutch diplomats of “consequences”", "warned residents about more flooding": the warning follows "of".)
        const of = cue.verb.forms[0] === 'warn' ? toks.findIndex((t, i) => i > k && i < k + 6 && /^(?:of|about)$/.test(t.lo)) : -1;
        // (Not an "of" inside advice: "warned swimmers to stay out of the water".)
        if (of > 0 && (that < 0 || of < that) && toks.slice(k, of).every((t) => t.word && !CLAUSE_WORD.test(t.lo) && t.lo !== 'to') && toks[of + 1]) k = of + 1;
        else if (that > 0 && !toks.slice(k, that).some((t) => t.text === ',' || isQuote(t))) k = that;
        // "warned the freeze would cost …": without "that", "warn" takes an addressee only as an object pronoun
        // ("warned them the dam could fail"); "assured voters the plan was safe" always has one.
        // ("Scientists warn Antarctic ice shelf could collapse": a capitalised word before a lower-case noun modifies it.)
        else if (cue.verb.forms[0] === 'warn' && (/^(?:the|a|an|this|these|those|its|their|his|our|some|many|no|any|every|prices|costs|rates)$/.test(n.lo)
            || n.cap && !!toks[k + 1]?.word && /^\p{Ll}/u.test(toks[k + 1]!.text) && !/^(?:that|the|a|an|of|about|to|on|in|at|and|or|not)$/.test(toks[k + 1]!.lo))
          && toks.slice(k + 1, k + 6).some((t) => /^(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had)$/.test(t.lo))) { /* no addressee */ }
        else {
          k = Math.max(addresseeEnd(toks, k), k + 1);
          k = skipAfterVerb(toks, k);
          const tl = k < toks.length ? matchPhrase(tails(), toks, k) : 0;
          if (tl) k += tl;
          // "told reporters in Brussels the plan was dead": a named place after the addressee.
          while (k + 1 < toks.length && /^(?:in|at|outside|from)$/.test(toks[k]!.lo) && toks[k + 1]!.cap && toks[k + 1]!.word) {
            k++;
            while (k < toks.length && toks[k]!.word && toks[k]!.cap) k++;
            k = skipAfterVerb(toks, k);
          }
          // ("advised passengers to keep their belts fastened", "warned residents to stay indoors": advice to the
          // addressee is its claim with them, as after "urged".)
          if (ADVICE.has(cue.verb.forms[0]) && toks[k]?.lo === 'to' && toks[k + 1]?.word && k > b) k = b;
        }
      }
    }
    // "said in a statement released by her office that …": a participle describing the statement, then "that".
    if (cue.type === 'verb' && k > 0 && /^(?:released|issued|posted|published|sent|signed|read|given|made|filed|shared|circulated|distributed)$/.test(toks[k]?.lo ?? '')) {
      const that = toks.findIndex((t, i) => i > k && i < k + 9 && t.lo === 'that' && !THAT_SUBJECT.test(toks[i + 1]?.lo ?? ''));
      if (that > 0 && !toks.slice(k, that).some((t) => t.text === ',' || isQuote(t))) k = that;
    }
    // "said in a post on X, formerly known as Twitter, that …": where it was said, set off by commas, then "that".
    if (cue.type === 'verb' && /^(?:on|in|at|during)$/.test(toks[k]?.lo ?? '')) {
      const that = toks.findIndex((t, i) => i > k && i < k + 14 && t.lo === 'that' && toks[i - 1]!.text === ',');
      if (that > 0 && toks.slice(k, that).every((t) => t.text === ',' || t.cap || PLACE_WORDS.test(t.lo))) k = that;
    }
    // "told reporters, without offering evidence, that …", "said, in a rare interview, that …": an aside between commas, then "that".
    if (cue.type === 'verb' && toks[k]?.text === ',') {
      const that = toks.findIndex((t, i) => i > k + 1 && i < k + 11 && t.lo === 'that' && toks[i - 1]!.text === ',');
      if (that > 0 && !toks.slice(k + 1, that - 1).some((t) => !t.word || CLAUSE_WORD.test(t.lo)) && !THAT_SUBJECT.test(toks[that + 1]?.lo ?? '')) k = that;
    }
    // ("said for the first time that …", "warned for years that …", "said two days ago that …": a time phrase, then "that".)
    if (cue.type === 'verb' && k < toks.length) {
      const m = FOR_TIME_THAT.exec(this.text.slice(toks[k]!.start, toks[k]!.start + 60));
      if (m) {
        const that = toks.findIndex((t, i) => i > k && t.start >= toks[k]!.start + m[0].length - 4 && t.lo === 'that');
        if (that > 0 && !THAT_SUBJECT.test(toks[that + 1]?.lo ?? '')) k = that;
      }
    }
    // ("admitted afterwards that …", "said later that …": a time adverb right before "that" belongs to the cue.)
    if (cue.type === 'verb' && /^(?:afterwards|afterward|later|subsequently|previously|earlier|privately|publicly|repeatedly|again|first|then|now|also|separately|yesterday|today|recently)$/.test(toks[k]?.lo ?? '') && toks[k + 1]?.lo === 'that') k++;
    while (k < toks.length && (toks[k]!.text === ',' || toks[k]!.text === ':' || toks[k]!.lo === 'that' && !THAT_SUBJECT.test(toks[k + 1]?.lo ?? '')
      // ("said, however, that …": a connective set off by commas belongs to the writer.)
      || toks[k - 1]?.text === ',' && /^(?:however|though|meanwhile|nonetheless|nevertheless|moreover|too|also|instead|again)$/.test(toks[k]!.lo) && toks[k + 1]?.text === ',')) k++;
    if (k >= toks.length) return { start: s.end, end: s.end };
    // ("Okafor agreed, but Lund argued …": a clause joined after the verb's comma is not its claim.)
    if (k > b && toks[k - 1]!.text === ',' && /^(?:but|and|yet|while|whereas|although|though)$/.test(toks[k]!.lo) && !this.quotes.inside(toks[k]!.start)
      // ("A, Manzara explained, but are not suited to B": a verb right after the conjunction continues the claim.)
      && !CLAUSE_WORD.test(toks[k + 1]?.lo ?? '') && !/^(?:not|also)$|^\p{Ll}+ed$/u.test(toks[k + 1]?.text ?? '')) return { start: s.end, end: s.end };
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
      // ("dismissed it as “a fantasy,” telling a radio host …": the comma inside the closing quote.)
      if (isQuote(t) && toks[i - 1]?.text === ',' && ING_CUES.has(toks[i + 1]?.lo ?? '') && t.start > s.start) { end = t.end; break; }
      // ("hailed his side's “character” after a late winner": a verdict's quoted words end it; the occasion is the writer's.)
      if (isQuote(t) && t.start > toks[k]!.start && cue.type === 'verb' && VERDICT_PAST.has(cue.verb?.forms[2] ?? '') && /^(?:after|following|before|during|when)$/.test(toks[i + 1]?.lo ?? '') && !this.quotes.inside(toks[i + 1]!.start)) { end = t.end; break; }
      // ("…, without giving details", "…, without providing evidence": the writer on the report, not part of it.)
      // (The comma may sit inside a closing quotation mark: "… the Ukrainian military,” without giving details.)
      if (toks[i + 1]?.lo === 'without' && /^(?:giving|providing|offering|elaborating|citing|naming|specifying|explaining|presenting|producing|saying)$/.test(toks[i + 2]?.lo ?? '')) {
        if (t.text === ',' && !this.quotes.inside(t.start)) { end = t.start; break; }
        if (isQuote(t) && toks[i - 1]?.text === ',' && t.start > s.start) { end = t.end; break; }
      }
      // "…, citing safety concerns": the reason the writer gives for the report, not part of it.
      if (t.text === ',' && toks[i + 1]?.lo === 'citing' && !this.quotes.inside(t.start)) { end = t.start; break; }
      // "…, but she did not say when", "…, though he declined to give details": the writer on the source, not its claim.
      if (t.text === ',' && /^(?:but|although|though|while)$/.test(toks[i + 1]?.lo ?? '') && /^(?:he|she|they|it)$/.test(toks[i + 2]?.lo ?? '')
        && /^(?:did|didn't|declined|would|wouldn't|refused|could|couldn't|gave|offered|provided|has|have|had)$/.test(toks[i + 3]?.lo ?? '')
        && (/^(?:declined|refused|gave|offered|provided)$/.test(toks[i + 3]!.lo) || /^(?:not|n't|no)$/.test(toks[i + 4]?.lo ?? '')) && !this.quotes.inside(t.start)) { end = t.start; break; }
      // ("confirmed the layoffs but declined to say how many", "…, but would not give details": the source's silence on
      // the rest, with the subject shared, is the writer's account, not the claim.)
      if (t.lo === 'but' && !this.quotes.inside(t.start) && (/^(?:declined|refused|wouldn't|didn't|couldn't)$/.test(toks[i + 1]?.lo ?? '') || /^(?:would|did|could)$/.test(toks[i + 1]?.lo ?? '') && /^(?:not|n't)$/.test(toks[i + 2]?.lo ?? ''))) {
        end = toks[i - 1]?.text === ',' ? toks[i - 1]!.start : t.start;
        break;
      }
      // ("…, though the footage could not be geolocated", "…, a claim that could not be independently verified": the
      // writer's caveat on the claim, not part of it.)
      if (t.text === ',' && !this.quotes.inside(t.start) && CAVEAT.test(this.text.slice(t.end, end))) { end = t.start; break; }
      // "…, he said when asked about it": the occasion is not part of the claim.
      if (t.lo === 'when' && toks[i + 1]?.lo === 'asked' && !this.quotes.inside(t.start)) { end = t.start; break; }
      // "…, while the association backed the plan": a contrast clause is the writer's, not the source's.
      if (t.text === ',' && /^(?:while|whereas)$/.test(toks[i + 1]?.lo ?? '') && !this.quotes.inside(t.start)) { end = t.start; break; }
      // "…, a claim echoed by a Lloyd's List report": another source agreeing, not this source's words.
      if (t.text === ',' && /^(?:a|an)$/.test(toks[i + 1]?.lo ?? '') && (ECHO_BY.test(`${toks[i + 2]?.lo} ${toks[i + 3]?.lo} ${toks[i + 4]?.lo}`) || ECHO_BY.test(`${toks[i + 3]?.lo} ${toks[i + 4]?.lo} ${toks[i + 5]?.lo}`)) && !this.quotes.inside(t.start)) { end = t.start; break; }
      // "…, a move that angered commuters": the writer's comment on the news, not the source's words.
      if (t.text === ',' && /^(?:a|an)$/.test(toks[i + 1]?.lo ?? '') && WRITER_COMMENT.test(toks[i + 2]?.lo ?? '') && /^(?:that|which)$/.test(toks[i + 3]?.lo ?? '') && !this.quotes.inside(t.start)) { end = t.start; break; }
      // "… and warned against …", "… but argued that …": a coordinated report of the same source.
      // ("confirmed the departure but disputed that money was the reason": any reporting verb with its "that" opens a
      // report of its own, after an object with no verb of its own — "said the firm had rated it and recommended that …"
      // is still the claim's subject acting.)
      if ((t.lo === 'and' || t.lo === 'but') && cue.type === 'verb' && (AND_CUES.has(toks[i + 1]?.lo ?? '') || toks[i + 2]?.lo === 'that' && THAT_VERB_FORMS.has(toks[i + 1]?.lo ?? '') && toks.slice(k, i).every((x) => !CLAUSE_VERB.test(x.text))) && !this.quotes.inside(t.start)) { end = t.start; break; }
    }
    return this.trim(toks[k]!.start, end);
  }

  /** Quoted words without a trailing comma or white space ("We will win,” she said" → "We will win"). */
  quoted(start: number, end: number): Span {
    while (end > start && /[\s,]/.test(this.text[end - 1]!)) end--;
    return { start, end };
  }

  isWholeQuote(span: Span): boolean {
    const q = this.quotes.inside(span.start + 1);
    return !!q && q.content.start >= span.start - 1 && q.content.end >= span.end - 1;
  }

  /** "X bristles — it's a two-way street, they insist": the claim after the last dash, colon or semicolon. */
  lastClause(sp: Span): Span {
    const t = this.text.slice(sp.start, sp.end);
    // Dashes in pairs set off an aside ("12 units - a parent with a child - have …"), not a new clause.
    // (A clock time's colon, "07:30", opens nothing.)
    if ((t.match(/ [—–-] |—/g) ?? []).length % 2 === 0 && !/;|(?<!\d):(?!\d)/.test(t)) return sp;
    const m = /^(.*(?:[—–;]|(?<!\d):(?!\d))|.* - )\s*/s.exec(t);
    if (!m || this.quotes.inside(sp.start + m[0].length - 1)) return sp;
    const rest = t.slice(m[0].length);
    return rest.split(/\s+/).length >= 3 ? this.trim(sp.start + m[0].length, sp.end) : sp;
  }

  stripThat(sp: Span): Span {
    const m = /^that\s+/i.exec(this.text.slice(sp.start, sp.end));
    return m ? { start: sp.start + m[0].length, end: sp.end } : sp;
  }

  /** Trims white space, end punctuation and stray quote marks; drops matched outer quotes. */
  trim(start: number, end: number): Span {
    const t = this.text;
    while (start < end && /[\s,;:—–]/.test(t[start]!)) start++;
    while (end > start && /[\s,;:.!?—–]/.test(t[end - 1]!)) end--;
    if (start < end && /[“"‘«]/.test(t[start]!)) {
      const q = this.quotes.inside(start + 1);
      if (q && q.open === start && (q.close === end - 1 || q.close === null)) { start++; if (q.close === end - 1) end--; }
    }
    while (end > start && /[\s,;:.—–]/.test(t[end - 1]!)) end--;
    // ("Staff were told to stay home (according to …)": an opening bracket left at the end belongs to the cue.)
    while (end > start && /[\s(]/.test(t[end - 1]!)) end--;
    // ("…had voted against the plan, which Mr Carrow denied": a relative that opens another's answer is not the claim's.)
    const which = /,\s*which$/.exec(t.slice(Math.max(start, end - 12), end));
    if (which) end -= which[0].length;
    return { start, end };
  }
}

/** A reporting verb and its "that", outside quotation marks ("said on Tuesday that ", "adding that "). */
const REPORT_THAT = /\b(?:said|says|say|told\s+[\p{L}-]+|tells\s+[\p{L}-]+|added|adding|insisted|argued|claimed|warned|noted|stated|explained|announced|confirmed|reported|believes?|thinks?)\b[^,;:“”"]{0,40}?\bthat\s+/giu;

/** Where the claim of the last report opening with "… said that" in these words starts (0 when there is none). */
function lastReportThat(words: string): number {
  let end = 0;
  REPORT_THAT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REPORT_THAT.exec(words))) end = m.index + m[0].length;
  return end;
}

/** Words of reporting: a clause holding one before a quotation is another report ("Feinstein said “…,” she added"). */
const REPORT_WORD = /\b(?:said|says|say|told|tells|asked|added|wrote|writes|according|reported|stated|claimed|argued|insisted|noted|explained|warned|announced|declared|recalled|replied|tweeted|posted|called|described)\b/i;
