// Noun phrases around a cue, found by walking the tokens: the subject left of
// a verb ("Rich Greenfield, a media analyst at BTIG Research, said"), the
// agent right of an inverted verb or "according to" ("…," said Jane Smith,
// a …). No parser: capitalisation, closed-class words and lexicon heads
// decide where a phrase starts and ends.
import type { Tok } from './tokens.js';
import { isQuote } from './tokens.js';
import { NP_STOP, VERB_PREFIX, SUBJECT_PRONOUNS, DETERMINERS, IRREGULAR_PARTICIPLES } from './lexicon/words.js';
import { TITLES, ROLE_NOUNS, ORG_DESCRIPTIONS, isBodyNoun } from './lexicon/titles.js';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, KNOWING_ADJECTIVES } from './lexicon/anonymous.js';
import { firstNameGender, tradeNoun } from './tagger.js';
import { MONTH, WEEKDAY } from './dates.js';

export interface Phrase {
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Where the core phrase ends (before an appositive or relative clause). */
  coreTo: number;
}

/** -ly adverbs (not names like "Kelly" or nouns like "ally", "family"): stem endings of adjectives. */
// ("temporarily", "heavily", "necessarily": -y adjectives give -ily; "family", "homily" are too short a stem.)
const ADVERB = /^(?:\p{Ll}+(?:al|ive|ous|ent|ant|ful|less|ic|ar|ate|ed|ing|ible|able|ual|ite|ure|ong|ear|ight|ain|ast|ost|ick|ow|ct|nd|rm|er|ng|le|ly|sh|te|se|et|ry|nt|at|en|mp)ly|\p{Ll}{4,}ily)$/u;
/** "many of whom", "a majority of her backers". */
const QUANTIFIERS = new Set(['many', 'some', 'most', 'few', 'several', 'all', 'none', 'half', 'majority', 'minority', 'number', 'dozens', 'handful', 'couple', 'pair', 'host', 'dozen', 'scores', 'hundreds', 'thousands', 'one', 'two', 'three', 'each', 'both', 'any', 'percent', 'third', 'quarter', 'fourths', 'thirds']);
const PREPS = new Set(['of', 'at', 'for', 'with', 'from', 'in', 'on', 'to', 'by', 'inside', 'within', 'near', 'under', 'among', ...KNOWING_ADJECTIVES, 'about']);
const ANON_WORDS = new Set([...Object.keys(ANONYMOUS_HEADS), ...Object.values(ANONYMOUS_HEADS)]);
/** Plural anonymous heads ("officials", "sources"), not also singular ones. */
const ANON_PLURALS = new Set(Object.values(ANONYMOUS_HEADS).filter((p) => !(p in ANONYMOUS_HEADS)));
const TIME_WORDS = new Set(['late', 'early', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'last', 'this', 'earlier', 'later', 'on']);

/** Adverbs that open a sentence without a comma ("Later the nominee said"): capitalized there, yet no name. */
const LEADING_ADVERBS = new Set(['later', 'earlier', 'yesterday', 'today', 'tonight', 'afterwards', 'afterward', 'meanwhile', 'separately', 'then', 'now']);

/** A capitalized adverb or time phrase ("Last week", "This morning") at the very start of a sentence. */
function leadingAdverb(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (!t.cap || (i > 0 && !/^[“"‘'«(—–-]$/.test(toks[i - 1]!.text))) return false;
  if (LEADING_ADVERBS.has(t.lo)) return true;
  return /^(?:last|this|next|early|late)$/.test(t.lo) && TIME_WORDS.has(toks[i + 1]?.lo ?? '') && !toks[i + 1]!.cap;
}

/** Start of the capitalised run ending at k. */
function runStart(toks: Tok[], k: number, from: number): number {
  let s = k;
  while (s - 1 >= from && toks[s - 1]!.cap && toks[s - 1]!.word) s--;
  return s;
}

const APPOSITIVE_START = new Set(['through', 'via', 'a', 'an', 'the', 'who', 'whose', 'which', 'one', 'another', 'both', 'all', 'himself', 'herself', 'itself', 'his', 'her', 'their', 'its', 'after', 'speaking', 'in', 'at', 'during', 'like', 'not', 'along', 'as', 'now', 'then', 'also', 'once', 'long', 'until', 'r', 'd', 'i', 'for', 'with', 'from', 'among', 'including', 'first', 'most', 'many', 'some', 'two', 'three', 'four', 'five']);

/** Can tokens [a, b) be an appositive or a participle clause describing the name before them? */
function appositiveLike(toks: Tok[], a: number, b: number, before: Tok | undefined): boolean {
  const f = toks[a]!;
  if (b - a > 30) return false;
  if (APPOSITIVE_START.has(f.lo) || f.lo in TITLES || ROLE_NOUNS.has(f.lo) || /^[rdi]-/.test(f.lo) || /^\p{Ll}+(?:ing|ed)$/u.test(f.text) || /^\d/.test(f.text)) return true;
  // ("The lawsuit, brought by four former inmates, alleges": an irregular participle and its agent or place.)
  if (IRREGULAR_PARTICIPLES.has(f.text) && /^(?:by|in|on|at|to|from|with|for|against|under|last|this|earlier)$/.test(toks[a + 1]?.lo ?? '')) return true;
  // ("Ann Hale, 61, of Oshawa, said", "Jim Roe, of the Ohio Farm Bureau, said": where the person is from.)
  if (f.lo === 'of' && b - a <= 8 && (toks[a + 1]?.cap || toks[a + 1]?.lo === 'the' && toks[a + 2]?.cap)) return true;
  // "Jeff Roe, Cruz's campaign manager," / "Sen. Ted Cruz, R-Texas,": a short capitalised description after a name.
  if (f.cap && before?.cap && b - a <= 8 && toks.slice(a, b).some((t) => t.word && !t.cap)) return true;
  // "Marlon Marshall, Clinton's director of state campaigns, said".
  if (/\p{Lu}/u.test(f.text) && /^['’]s?$/.test(toks[a + 1]?.lo ?? '') && b - a <= 16) return true;
  // "the director of the agency, Ann Burke,": a name after a description ("her mother, Grace,": one name after a kin or role noun).
  // ("The firm's CEO, Ann Hale,": a role written in capitals counts as a role.)
  // ("The local MP, Gareth Owen,": a capitalised trade or rank before the name counts as well.)
  // ("The union, Unison,", "the union representing them, AFSCME Local 12,": a body's kind, then its name, numbers and all.)
  const bodyKind = !!before?.word && !before.cap && isBodyNoun(before.lo);
  // ("The company's president, Ann von Berg,": lower-case particles inside the name.)
  const particles = toks.slice(a + 1, b - 1).filter((t) => NAME_PARTICLES.test(t.lo)).length;
  if (before?.word && (!before.cap || ROLE_NOUNS.has(before.lo) || ANON_WORDS.has(before.lo)) && (b - a >= 2 || ROLE_NOUNS.has(before.lo) || bodyKind) && b - a <= 4 + particles && toks[a]!.cap
    && toks.slice(a, b).every((t, n) => t.cap && t.word || (bodyKind || n > 0) && /^\d+$/.test(t.text) || n > 0 && a + n < b - 1 && NAME_PARTICLES.test(t.lo))) return true;
  // ("One passenger, Gemma Rowe from Leeds,", "a neighbour, Tom Hale of Dunmore,": the name, then where the person is from.)
  const from = toks.findIndex((t, i) => i > a && i < b && /^(?:from|of|in)$/.test(t.lo));
  if (before?.word && !before.cap && (ROLE_NOUNS.has(before.lo) || ANON_WORDS.has(before.lo)) && from >= a + 2 && from - a <= 4 && b - from - 1 >= 1 && b - from - 1 <= 3 && toks.slice(a, from).every((t) => t.cap && t.word) && toks.slice(from + 1, b).every((t) => t.cap && t.word)) return true;
  // ("His lawyers, Robert Turkewitz and Brian Knowles,": a plural description, then two full names.)
  if (before?.word && !before.cap && ANON_PLURALS.has(before.lo) && b - a >= 5 && b - a <= 9) {
    const and = toks.findIndex((t, i) => i > a && i < b && t.lo === 'and');
    if (and - a >= 2 && b - and - 1 >= 2 && toks.slice(a, b).every((t, i) => a + i === and || t.cap && t.word)) return true;
  }
  // ("Her lawyers, Harbottle and Lewis,", "the firm, Mace and Jones,": a firm named for two founders.)
  if (before?.word && !before.cap && (ANON_PLURALS.has(before.lo) || bodyKind) && b - a === 3 && toks[a]!.cap && toks[a]!.word && toks[a + 1]!.lo === 'and' && toks[a + 2]!.cap && toks[a + 2]!.word) return true;
  // "The head of the International Monetary Fund, Kristalina Georgieva,": a role of a named body, then the name.
  if (before?.cap && b - a >= 2 && b - a <= 5 && toks.slice(a, b).every((t) => t.word && (t.cap || NAME_PARTICLES.test(t.lo))) && toks[a]!.cap && roleOfBody(toks, a - 2)) return true;
  return false;
}

/** First words of a participle clause set off inside a subject: ", writing on Telegram,", ", asked about the leak,". */
const ASIDE_START = /^(?:\p{Ll}{3,}ing|asked|pressed|questioned|reached|contacted|approached|interviewed)$/u;

/** What follows such a participle: a preposition, an adverb or a determiner (", acting chairwoman," is a title, not an aside). */
const ASIDE_NEXT = /^(?:on|in|at|to|from|after|before|during|about|with|for|outside|inside|by|via|over|through|privately|publicly|later|earlier|separately|afterwards|the|a|an|his|her|its|their|this|reporters|journalists)$/;

const ANONYMITY_TAIL = /^(?:speaking|talking) (?:on (?:the )?condition (?:of anonymity|that (?:he|she|they) not be (?:named|identified))|anonymously|privately|on background)$/;

/** The start of "speaking on condition of anonymity" ending at token k (no commas around it), or -1. */
function anonymityTail(toks: Tok[], k: number, lo: number): number {
  for (let s = k; s >= Math.max(lo + 1, k - 9); s--) {
    const t = toks[s]!;
    if (!t.word) return -1;
    if ((t.lo === 'speaking' || t.lo === 'talking') && toks[s - 1]?.word && ANONYMITY_TAIL.test(toks.slice(s, k + 1).map((x) => x.lo).join(' '))) return s;
  }
  return -1;
}

/** Lower-case particles inside a name: "Ursula von der Leyen", "Luiz Inácio da Silva". */
const NAME_PARTICLES = /^(?:von|van|der|den|de|da|di|du|dos|la|le|bin|al|ibn|del)$/;

/** Do the tokens ending at `e` read "<role> of|for (the) <Capitalised Body>" ("chief executive of Greenfield Motors")? */
/** Members of a legislature, named by their seat ("the MP for Eastbrook", "the member for Kew"). */
const LEGISLATORS = /^(?:mp|mep|msp|mla|mpp|member)$/;

function roleOfBody(toks: Tok[], e: number): boolean {
  let j = e;
  while (j >= 0 && e - j < 8 && (toks[j]!.cap && toks[j]!.word || /^(?:the|and|for|of)$/.test(toks[j]!.lo))) {
    // ("a lawyer for Vasquez-Hart, Daniel Oyelaran,": a role held for a named client, then the name.)
    // ("The Minister for Health, Ann Burke,", "the MP for Eastbrook, Mira Sood,": an office written in capitals, or a
    // seat in a legislature held for a place, is such a role too.)
    if ((toks[j]!.lo === 'of' || toks[j]!.lo === 'for') && toks[j - 1]?.word && (ROLE_NOUNS.has(toks[j - 1]!.lo) || LEGISLATORS.test(toks[j - 1]!.lo))) return true;
    j--;
  }
  return false;
}

/** Words that open an adverbial phrase or clause at a sentence start, not a subject. */
// ("But Ann Roe, …, said", "As Ann Roe, …, noted": a conjunction before the subject does not count.)
const LEADING_ADVERBIAL = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'despite', 'asked', 'according', 'for', 'with', 'without', 'under', 'following', 'unlike', 'like', 'by', 'from', 'amid', 'earlier', 'later', 'meanwhile', 'separately', 'however',
  // ("Regardless, the State Department said": a sentence adverb before its comma.)
  'regardless', 'nevertheless', 'nonetheless', 'instead', 'indeed', 'overall', 'besides', 'furthermore', 'moreover', 'likewise', 'finally', 'thus', 'therefore', 'otherwise', 'elsewhere']);

/** Can tokens [a, b), running from the sentence start to a comma, be the subject ("Ann Roe, a …, said")? */
function subjectLikeStart(toks: Tok[], a: number, b: number): boolean {
  const f = toks[a]!;
  if (!f.word || LEADING_ADVERBIAL.has(f.lo) || b - a === 1 && /^\p{Lu}\p{Ll}+ly$/u.test(f.text) && ADVERB.test(f.lo)) return false;
  // "Standing beside her", "Pressed on the point": a participle phrase (not "Fred Smith": a lower-case word follows).
  const n = toks[a + 1];
  if (/^\p{L}+(?:ing|ed)$/u.test(f.text) && f.text.length >= 5 && n?.word && !n.cap) return false;
  // ("Outside court, Liam’s father, Greg Brooks, told …", "Near the scene, …": a place set before the subject — not
  // "Outside experts, …", people with a plural noun.)
  if (/^(?:outside|inside|near|beyond|behind|beside|across|opposite)$/.test(f.lo) && n?.word && (DETERMINERS.has(n.lo) || !/s$/.test(toks[b - 1]!.lo))) return false;
  // A long stretch with several common words is a clause of its own (the claim before a trailing
  // "…, the union, which …, said"); a long name list ("Sens. A of Georgia and B of Arkansas") is not.
  const common = toks.slice(a, b).filter((t) => t.word && !t.cap && !/^(?:of|and|the|for|de|van|von|der|da|al|bin|on|to)$/.test(t.lo)).length;
  // ("The port will close, Tom Hale, the manager, said": a finite verb outside a relative clause makes a clause.)
  for (let j = a + 1; j < b; j++) {
    if (/^(?:who|which|that|whose)$/.test(toks[j]!.lo)) break;
    if (CLAUSE_AUX.has(toks[j]!.lo)) return false;
  }
  return b - a <= 8 || common < 3;
}

/** Auxiliaries and modals: a stretch with one is a clause ("The port will close"), not a subject. */
const CLAUSE_AUX = new Set(['will', 'would', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must', "won't", "can't"]);

const isWord = (t: Tok | undefined): t is Tok => !!t && t.word;
const isComma = (t: Tok | undefined) => !!t && t.text === ',';

/** Connectives a writer sets off by commas between a subject and its verb ("Residents, too, have complained"). */
const CONNECTIVES = new Set(['too', 'however', 'meanwhile', 'though', 'instead', 'likewise', 'nonetheless', 'nevertheless', 'moreover', 'separately', 'similarly']);

/** Index of the first token left of `i` that is not an adverb or auxiliary ("also", "has", "on Monday"). */
export function skipVerbPrefix(toks: Tok[], i: number): number {
  let k = i - 1;
  let timed = false;
  while (k >= 0) {
    const t = toks[k]!;
    // "The ministry two weeks ago said", "Acme earlier this month announced", "Hale late on Monday said": a time phrase.
    const time = TIME_UNIT_BEFORE.has(t.lo) || /^(?:ago|earlier|later|before|\d{1,2})$/.test(t.lo) ? timePhraseStart(toks, k) : -1;
    if (time >= 0) { k = time - 1; timed = true; continue; }
    if (t.word && WEEKDAY.test(t.lo)) timed = true;
    // ("analysts had on average expected …").
    if (t.lo === 'average' && toks[k - 1]?.lo === 'on') { k -= 2; continue; }
    // ("Sato would only say that …": "only" after a modal or an auxiliary limits the verb, not the subject.)
    if (t.word && (VERB_PREFIX.has(t.lo) || ADVERB.test(t.text) && t.lo !== 'only' || t.lo === 'only' && VERB_PREFIX.has(toks[k - 1]?.lo ?? ''))) { k--; continue; }
    // "The city, however, says …": a connective set off by commas stands between subject and verb.
    if (t.text === ',' && k >= 3 && toks[k - 2]!.text === ',' && CONNECTIVES.has(toks[k - 1]!.lo) && toks[k - 3]!.word) { k -= 3; continue; }
    break;
  }
  // ("A lawsuit filed Tuesday accuses", "Figures released Thursday show": the time was a participle's, after its noun.)
  const p = toks[k];
  if (timed && p && p.word && !p.cap && (/^\p{Ll}{3,}ed$/u.test(p.text) || IRREGULAR_PARTICIPLES.has(p.text)) && toks[k - 1]?.word && !(toks[k - 1]!.lo in SUBJECT_PRONOUNS) && !VERB_PREFIX.has(toks[k - 1]!.lo)) k--;
  return k;
}

const TIME_UNIT_BEFORE = new Set(['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'autumn', 'fall', 'winter', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_UNITS = /^(?:minutes?|hours?|days?|weeks?|weekends?|months?|years?|decades?)$/;
const TIME_COUNTS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple|\d+)$/;

/**
 * Where a time phrase ending at token k starts, or -1: "two weeks ago", "a day earlier", "this week", "earlier this
 * month", "late on Monday", "early Tuesday".
 */
function timePhraseStart(toks: Tok[], k: number): number {
  const lo = (j: number) => toks[j]?.lo ?? '';
  // "two weeks ago", "a day earlier", "a few months later", "just days before".
  if (/^(?:ago|earlier|later|before)$/.test(lo(k)) && TIME_UNITS.test(lo(k - 1))) {
    let j = k - 2;
    if (lo(j) === 'of' && lo(j - 1) === 'couple') j--;
    if (TIME_COUNTS.test(lo(j))) {
      if (/^(?:few|couple)$/.test(lo(j)) && lo(j - 1) === 'a') j--;
      if (/^(?:just|only|some|about|nearly|almost)$/.test(lo(j - 1))) j--;
      else if (lo(j - 1) === 'than' && /^(?:less|more|fewer)$/.test(lo(j - 2))) j -= 2;
      return j;
    }
    // ("just days before", "only weeks earlier": a bare plural unit.)
    if (/s$/.test(lo(k - 1)) && /^(?:just|only|mere)$/.test(lo(k - 2))) return k - 2;
    return -1;
  }
  // "on March 3", "on Dec. 5".
  if (/^\d{1,2}$/.test(lo(k))) {
    let j = k - 1;
    if (lo(j) === '.') j--;
    return MONTH.test(lo(j)) && lo(j - 1) === 'on' ? j - 1 : -1;
  }
  if (!TIME_UNIT_BEFORE.has(lo(k))) return -1;
  // "this week", "earlier this month", "late last year", "late on Monday", "early Tuesday", "on Monday".
  let j = k;
  if (/day$/.test(lo(k))) {
    if (lo(j - 1) === 'on') j--;
    if (/^(?:late|early)$/.test(lo(j - 1))) j--;
    return j === k ? -1 : j;
  }
  if (!/^(?:this|last|next|that)$/.test(lo(j - 1))) return -1;
  j--;
  if (/^(?:earlier|later|late|early|just)$/.test(lo(j - 1))) j--;
  return j;
}

/** Skips forward over adverbs and time words after a verb ("said Monday", "said in a statement" is left to the caller). */
export function skipAfterVerb(toks: Tok[], i: number): number {
  let k = i;
  while (k < toks.length) {
    const t = toks[k]!;
    if (t.lo === 'on' && !WEEKDAY.test(toks[k + 1]?.lo ?? '')) break;
    // ("claimed without evidence that …", "said without offering proof that …": how the claim was made, not the claim.)
    if (t.lo === 'without') {
      let j = k + 1;
      if (/^(?:providing|offering|citing|giving|presenting|any)$/.test(toks[j]?.lo ?? '')) j++;
      if (toks[j]?.lo === 'any') j++;
      if (/^(?:evidence|proof|details)$/.test(toks[j]?.lo ?? '')) { k = j + 1; continue; }
      break;
    }
    if (t.word && (TIME_WORDS.has(t.lo) || ADVERB.test(t.text) && t.lo !== 'only' || t.lo === 'also' || t.lo === 'again' || t.lo === 'then')) { k++; continue; }
    break;
  }
  return k;
}

function nounish(toks: Tok[], j: number, lo: number): boolean {
  const t = toks[j]!;
  // ("MANILA - A coast guard spokesman said": a dash with spaces round it closes a dateline, it joins no words.)
  if (t.text === '-' && (toks[j - 1]?.end ?? -1) < t.start && (toks[j + 1]?.start ?? Infinity) > t.end) return false;
  if (!t.word) return t.text === "'s" || t.text === '’s' || t.text === '-' || t.text === '/' || t.text === '&';
  // "that"/"this" open a phrase only at a clause start ("That person said"); elsewhere "that" is a conjunction.
  if (t.lo === 'that' || t.lo === 'this') return j === lo || !toks[j - 1]!.word;
  if (PREPS.has(t.lo)) return true; // judged by the walk: only after a noun
  // "Those close to the president", "those familiar with the talks": a pronoun heading a described group.
  // ("Those with knowledge of the talks", "those in the room", "those at the meeting": a group by where it stands.)
  if (t.lo === 'those' && (KNOWING_ADJECTIVES.has(toks[j + 1]?.lo ?? '') || /^(?:with|in|at|inside|within|among|on|from|around|near|present|interviewed|polled|surveyed)$/.test(toks[j + 1]?.lo ?? ''))) return true;
  if (NP_STOP.has(t.lo) && !DETERMINERS.has(t.lo)) return false;
  return true;
}

/**
 * "…, the company and Britain's medicines regulator said", "…, police and fire officials said": the "and" at j
 * joins two sources, the first a short phrase for a body or people that opens its clause (after a comma, a
 * quotation or the sentence start). ("He met the mayor and the council said": "the mayor" is an object, no source.)
 */
function bodyConjunct(toks: Tok[], j: number, lo: number): boolean {
  const left = toks[j - 1];
  if (!left?.word || left.cap || !(isBodyNoun(left.lo) || ANON_WORDS.has(left.lo) || tradeNoun(left.lo) !== null)) return false;
  // Back to its determiner, if it has one ("the company"), over words that may describe the noun.
  let p = j - 1;
  while (p - 1 >= lo && j - p < 5 && !DETERMINERS.has(toks[p]!.lo) && (toks[p - 1]!.word && (!NP_STOP.has(toks[p - 1]!.lo) || DETERMINERS.has(toks[p - 1]!.lo)) || /^['’]s$/.test(toks[p - 1]!.lo))) p--;
  const open = toks[p - 1];
  return p === lo || !!open && (isComma(open) || isQuote(open) || /^[:;(—–]$/.test(open.text));
}

/** Frequent verbs without -ed that show a clause, not a phrase ("the testimony came from …"). */
const CLAUSE_VERBS = new Set(['came', 'comes', 'come', 'went', 'goes', 'go', 'got', 'gets', 'took', 'takes', 'made', 'makes', 'gave', 'gives', 'met', 'meets', 'held', 'holds', 'left', 'saw', 'sees', 'ran', 'runs', 'put', 'puts', 'kept', 'keeps', 'found', 'finds', 'brought', 'began', 'begins', 'became', 'becomes', 'sent', 'stood', 'led', 'won', 'lost', 'fell', 'rose', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'lives', 'works', 'said', 'says', 'told']);

/** Irregular past tenses a relative clause may open with ("the clinics that brought the case", "the firm that built it"). */
const RELATIVE_PAST = new Set(['brought', 'built', 'made', 'took', 'ran', 'won', 'lost', 'led', 'held', 'sent', 'paid', 'bought', 'sold', 'wrote', 'began', 'found', 'kept', 'left', 'owned', 'sought', 'fought', 'gave', 'took']);

/** A noun a prepositional phrase can describe inside a subject ("officials at …", "Greenpeace in …", "critics of …"). */
function anchors(left: Tok): boolean {
  // ("A post on Reddit claimed", "a comment on the forum said": where it was posted.)
  return ANON_WORDS.has(left.lo) || isBodyNoun(left.lo) || QUANTIFIERS.has(left.lo) || KNOWING_ADJECTIVES.has(left.lo) || left.cap || ROLE_NOUNS.has(left.lo) || /s$/.test(left.lo)
    || /^(?:post|comment|message|thread|video|clip|tweet|update)$/.test(left.lo)
    // (A trade no list names: "a custodian at the school".)
    || left.word && tradeNoun(left.lo) !== null;
}

/**
 * "Residents of the village near the border", "nurses at the company's home in Marlow Falls": a preposition after
 * a plain noun still belongs to the subject when that noun is itself inside a phrase describing the source.
 */
function nestedPrep(toks: Tok[], j: number, lo: number): boolean {
  for (let p = j - 1; p >= Math.max(lo + 1, j - 6); p--) {
    const t = toks[p]!;
    if (!t.word) { if (/^['’]s$/.test(t.lo)) continue; return false; }
    // (The phrase's object opens with a determiner, a name or a number: "of the village", "at the company's home";
    // "Much of it came from owners" is a clause, not a phrase.)
    if (PREPS.has(t.lo) && !KNOWING_ADJECTIVES.has(t.lo) && t.lo !== 'about') return !!toks[p - 1]?.word && !NP_STOP.has(toks[p - 1]!.lo) && anchors(toks[p - 1]!) && (DETERMINERS.has(toks[p + 1]!.lo) || toks[p + 1]!.cap || /^\d/.test(toks[p + 1]!.text));
    if (NP_STOP.has(t.lo) && !DETERMINERS.has(t.lo) || /^(?:it|them|him|her|us|me|you)$/.test(t.lo) || CLAUSE_VERBS.has(t.lo) || /^\p{Ll}+(?:ed|ing)$/u.test(t.text) && !/^(?:north|south|east|west)$/.test(t.lo)) return false;
  }
  return false;
}

/**
 * The subject noun phrase ending right before token `i` (the verb), or null.
 * Handles appositives between commas and "(R-S.C.)".
 */
export function subjectBefore(toks: Tok[], i: number, lo = 0): Phrase | null {
  let k = skipVerbPrefix(toks, i);
  if (k < lo) return null;
  // "Officials speaking on condition of anonymity said": a participle of anonymity between the subject and its verb.
  // (Looked for before the verb's own adverbs are skipped: "speaking privately said".)
  const anon = anonymityTail(toks, i - 1, lo);
  if (anon > lo) {
    const np = subjectBefore(toks, anon, lo);
    if (np && np.to === anon) return { from: np.from, to: i, coreTo: np.coreTo };
  }
  let appositiveEnd = -1;
  let segEnd = -1;
  // "Greenfield, a media analyst at BTIG Research, said" / "Pruitt, the attorney general, one of …, said":
  // walk back over up to four comma-separated appositives to the name they describe.
  for (let n = 0; isComma(toks[k]) && n < 4; n++) {
    let p = k - 1;
    while (p >= lo && !isComma(toks[p]) && !isQuote(toks[p]) && toks[p]!.text !== ';' && toks[p]!.text !== ':' && toks[p]!.text !== '(') p--;
    // "Hale, who called the plan “madness”, said": a quoted word inside the appositive, its marks paired.
    if (isQuote(toks[p]) && n === 0) {
      let q = p;
      let marks = 0;
      while (q >= lo && !isComma(toks[q]) && toks[q]!.text !== ';' && toks[q]!.text !== ':' && toks[q]!.text !== '(') { if (isQuote(toks[q])) marks++; q--; }
      if (isComma(toks[q]) && marks % 2 === 0 && /^(?:who|which|whose)$/.test(toks[q + 1]?.lo ?? '')) p = q;
    }
    const first = toks[p + 1];
    if (!first || p + 1 >= k) return null;
    // ("Lindell Polymers of Grand Rapids, Michigan, disputed", "Ann Hale of Dayton, Ohio, said": the state or country
    // closing a place named after "of", "in" or "from" belongs to that place, not to a new appositive.)
    // (Not after a month: "… in May, Tom Hale, the harbour master, said".)
    // (Not a person's name: "In Manila, Rowena Dizon, a nurse, said".)
    if (isComma(toks[p]) && k - p <= 3 && toks.slice(p + 1, k).every((t) => t.word && t.cap) && toks[p - 1]?.cap && !MONTH.test(toks[p - 1]!.lo) && !(k - p === 3 && firstNameGender(toks[p + 1]!.text))
      && toks.slice(Math.max(lo, p - 4), p - 1).some((t) => /^(?:of|in|from|near)$/.test(t.lo))) {
      if (appositiveEnd < 0) appositiveEnd = k;
      k = p;
      continue;
    }
    // ("The governor, writing on Telegram, said", "The minister, asked about the leak, said": an interrupting
    // participle clause is the setting of the report, not a description of its source.)
    if (isComma(toks[p]) && p > lo && isWord(toks[p - 1]) && ASIDE_START.test(first.text) && !/^(?:including|excluding|regarding|concerning|following)$/.test(first.lo) && ASIDE_NEXT.test(toks[p + 2]?.lo ?? '') && !ANONYMITY_TAIL.test(toks.slice(p + 1, k).map((x) => x.lo).join(' '))) {
      if (appositiveEnd < 0) appositiveEnd = p;
      k = p;
      continue;
    }
    if (!isComma(toks[p])) {
      if (n === 0) return null;
      // "Standing beside her, the city's health director, Dr. Ann Roe, said" / "<claim>, the union, which …, said":
      // a leading phrase or a whole clause is no subject; the phrase after it is.
      if (segEnd > k && !subjectLikeStart(toks, p + 1, k)) return { from: k + 1, to: appositiveEnd, coreTo: segEnd };
      // "One member who voted yes, speaking on condition of anonymity, said": a subject with its own relative clause.
      const who = toks.findIndex((t, i) => i > p + 1 && i < k && t.lo === 'who');
      if (who > 0 && who - (p + 1) <= 4 && subjectLikeStart(toks, p + 1, k)) return { from: p + 1, to: appositiveEnd, coreTo: who };
      // The segment runs from the sentence start or a quote: it is the subject itself.
      break;
    }
    // ("On Wednesday, however, the bureau's director, James Comey, said": a connective set off by commas ends the
    // leading phrase; the phrase after it is the subject.)
    if (n > 0 && segEnd > k && p + 2 === k && CONNECTIVES.has(toks[p + 1]!.lo) && subjectLikeStart(toks, k + 1, segEnd)) return { from: k + 1, to: appositiveEnd, coreTo: segEnd };
    if (!appositiveLike(toks, p + 1, k, toks[p - 1])) {
      if (n === 0) return null;
      // The segment is not an appositive: it holds the subject ("…, Clinton, who …, said").
      break;
    }
    if (appositiveEnd < 0) appositiveEnd = k;
    segEnd = k;
    k = p;
  }
  if (isComma(toks[k]) && appositiveEnd >= 0) k--;
  if (toks[k]?.text === ')') {
    let p = k - 1;
    while (p >= lo && toks[p]!.text !== '(') p--;
    if (p < lo || k - p > 8) return null;
    k = p - 1;
  }
  // ("Haverly himself, speaking to reporters, said": the name a reflexive stresses is the subject.)
  if (k - 1 >= lo && /^(?:himself|herself|themselves)$/.test(toks[k]?.lo ?? '') && toks[k - 1]!.word && toks[k - 1]!.cap) k--;
  if (k < lo || !isWord(toks[k])) return null;
  const head = toks[k]!;
  // "two people with knowledge of it told Reuters", "people close to him said": an object pronoun ends the phrase.
  const objectOfPrep = /^(?:it|them|him|her)$/.test(head.lo) && k - 1 >= lo && PREPS.has(toks[k - 1]!.lo);
  if (NP_STOP.has(head.lo) && !(head.lo in SUBJECT_PRONOUNS) && !objectOfPrep) return null;
  // ("…, the Texas company that operates it said": the object of a relative clause describing the subject.)
  const rel = !objectOfPrep && /^(?:it|them|him|her)$/.test(head.lo) ? bodyRelative(toks, k - 2, lo) : null;
  if (rel) return { from: rel.from, to: rel.to, coreTo: rel.coreTo };
  if (head.lo in SUBJECT_PRONOUNS && !objectOfPrep) return { from: k, to: appositiveEnd > 0 ? appositiveEnd : k + 1, coreTo: k + 1 };
  let from = k;
  let j = k - 1;
  // Where a walk past 14 tokens started: kept only if the long phrase opens its clause (below).
  let shortFrom = -1;
  while (j >= lo) {
    const t = toks[j]!;
    // "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas said": a joint source.
    // "current and former officials": two modifiers of one head.
    // ("Hillary Clinton and the State Department have said", "Ann Hale and her lawyers said": a name, then a description.)
    // ("a study of more than 100,000 adults suggests", "the owners of fewer than 50 vans": a number's comparison.)
    if (t.lo === 'than' && /^(?:more|fewer|less)$/.test(toks[j - 1]?.lo ?? '') && j - 1 >= lo && /^\d/.test(toks[j + 1]?.text ?? '')) { from = j - 1; j -= 2; continue; }
    // ("Maria Lopez, 34, and Tom Chen, 41, said", "The mayor, Joan Pike, and the police chief, Dan Yates, said": a first
    // source closed by its own appositive, then ", and" and the second.)
    if (t.lo === 'and' && isComma(toks[j - 1]) && j - 1 > lo && from === j + 1 && (toks[j + 1]?.cap || toks[j + 1]?.lo === 'the')) {
      const first = subjectBefore(toks, j, lo);
      if (first && first.coreTo < j - 1 && first.to === j - 1 && (first.from === lo || !toks[first.from - 1]!.word) && toks[first.coreTo - 1]!.word && (toks[first.coreTo - 1]!.cap || ROLE_NOUNS.has(toks[first.coreTo - 1]!.lo))) {
        return { from: first.from, to: appositiveEnd > 0 ? appositiveEnd : k + 1, coreTo: k + 1 };
      }
    }
    const joint = t.lo === 'and' && (toks[j + 1]?.cap || toks[j + 1]?.lo === 'the' && toks[j + 2]?.cap && PREPS.has(toks[j - 2]?.lo ?? '')
      || /^(?:the|her|his|their|its)$/.test(toks[j + 1]?.lo ?? '') && !!toks[j - 1]?.cap && toks[j - 1]!.word && (!!toks[j - 2]?.cap && toks[j - 2]!.word || j - 1 === lo || !toks[j - 2]?.word)) && (toks[j - 1]?.cap || toks[j - 1]?.text === ')')
      || t.lo === 'and' && j + 1 < k && !toks[j + 1]!.cap && toks[j - 1]?.word && !toks[j - 1]!.cap && /^(?:current|former|senior|junior|state|federal|local|foreign|domestic|military|civilian|public|private|past|present|top|other)$/.test(toks[j - 1]!.lo)
      || t.lo === 'and' && bodyConjunct(toks, j, lo)
      // ("Prof Alan Whitcombe of Carnford University and two colleagues argue": a name, then people counted with it.)
      || t.lo === 'and' && !!toks[j - 1]?.cap && toks[j - 1]!.word && /^(?:two|three|four|several|other)$/.test(toks[j + 1]?.lo ?? '') && /^(?:colleagues|co-authors|coauthors|researchers|aides|associates|partners|others|lawyers|advisers|advisors)$/.test(toks[j + 2]?.lo ?? '');
    // ("Experts not involved in the study cautioned": a negated participle of connection describes the noun before.)
    if (/^(?:involved|affiliated|connected|associated)$/.test(t.lo) && toks[j - 1]?.lo === 'not' && j - 1 > lo && toks[j - 2]!.word && /s$/.test(toks[j - 2]!.lo) && !NP_STOP.has(toks[j - 2]!.lo)) { from = j - 1; j -= 2; continue; }
    // ("She and her defenders argue", "He and his lawyers say": a pronoun joined to the people around its person.)
    if (!joint && /^(?:he|she)$/.test(t.lo) && toks[j + 1]?.lo === 'and' && from === j + 1 && /^(?:her|his)$/.test(toks[j + 2]?.lo ?? '')) { from = j; break; }
    if (!joint && !nounish(toks, j, lo)) {
      // ("the firm that owns the site said": the verb of a relative clause after a body noun.)
      const r = k - j <= 6 ? bodyRelative(toks, t.lo === 'that' ? j : j - 1, lo) : null;
      if (r) return { from: r.from, to: r.to, coreTo: r.coreTo };
      break;
    }
    // "Trump tweaked his campaign …": a past-tense verb after a name or pronoun ends the subject.
    // ("people who attended the meeting said": the verb of a relative clause, read by the rule below.)
    // ("Analysts polled by Reuters expect": a sentence-initial common noun is no name.)
    // ("Those briefed on the plan said": a participle describing "those" is part of the subject.)
    // ("One well-placed source", "a well-connected aide": a hyphenated adjective is no verb.)
    // ("Images shared online show", "Documents seen by the paper show": a paper noun capitalised by the sentence start.)
    if (t.word && !t.cap && /ed$/.test(t.lo) && !t.lo.includes('-') && !(toks[j - 1]?.lo === 'those' && /^(?:briefed|involved|informed|consulted|interviewed|polled|surveyed|questioned)$/.test(t.lo)) && j > lo && (toks[j - 1]!.cap && !(j - 1 === 0 && (ANON_WORDS.has(toks[0]!.lo) || /s$/.test(toks[0]!.lo) && DOCUMENT_HEADS.has(toks[0]!.lo.slice(0, -1)))) || toks[j - 1]!.lo in SUBJECT_PRONOUNS && toks[j - 1]!.lo !== 'who')) break;
    // ("Images shared online show …", "video posted online appears to show …": where a paper was put up.)
    if (t.lo === 'online' && from === j + 1 && /^\p{Ll}+ed$/u.test(toks[j - 1]?.text ?? '') && j - 1 > lo) { from = j; j--; continue; }
    // "A European diplomat who follows the talks said": a short relative clause inside the subject.
    if (t.lo === 'who' && j > lo && k - j <= 7 && toks[j - 1]!.word && !NP_STOP.has(toks[j - 1]!.lo) && !(toks[j - 1]!.lo in SUBJECT_PRONOUNS)) {
      const np = subjectBefore(toks, j, lo);
      if (np && np.to === j && np.coreTo === j) return { from: np.from, to: k + 1, coreTo: k + 1 };
    }
    if (t.word && t.lo in SUBJECT_PRONOUNS && !['it', 'i'].includes(t.lo)) break;
    // "Figures released on Thursday by the Home Office show": a date after a participle stays inside the subject.
    if (t.lo === 'on' && WEEKDAY.test(toks[j + 1]?.lo ?? '') && /^\p{Ll}+ed$/u.test(toks[j - 1]?.text ?? '')) { from = j; j--; continue; }
    // "At least one member of the board said": "at least" quantifies the subject.
    if (t.lo === 'at' && /^(?:least|most)$/.test(toks[j + 1]?.lo ?? '')) { from = j; j--; continue; }
    if (PREPS.has(t.lo)) {
      // A preposition belongs to the phrase only when a noun sits on its left
      // ("officials at the department", "people familiar with").
      const left = toks[j - 1];
      // How an unnamed source knows: a set lookup (a pattern made here was compiled for every preposition walked).
      const describes = { test: (w: string) => KNOWING_ADJECTIVES.has(w) };
      // "analysts polled by Reuters", "documents seen by the paper": an agent after a participle describing the noun.
      const agent = t.lo === 'by' && !!left && /^\p{Ll}+ed$/u.test(left.text) && !!toks[j - 2]?.word && !NP_STOP.has(toks[j - 2]!.lo) && !(toks[j - 2]!.lo in SUBJECT_PRONOUNS);
      // ("A complaint filed in federal court claims", "a report published in the Lancet found": where a document was filed.)
      // ("Documents tabled at the hearing show", "records seen by …": any participle after a paper's noun, plural too.)
      const paper = toks[j - 2]?.lo ?? '';
      const filedIn = !!left && (/^(?:filed|lodged|submitted|published|released|issued|posted|presented|circulated)$/.test(left.lo) || /^\p{Ll}{3,}ed$/u.test(left.text) || IRREGULAR_PARTICIPLES.has(left.text))
        && (DOCUMENT_HEADS.has(paper) || /s$/.test(paper) && DOCUMENT_HEADS.has(paper.slice(0, -1)));
      // ("Two consultants working on local races said", "engineers working at the site said": what the people work on.)
      const worksOn = !!left && WORK_PARTICIPLE.test(left.lo) && !!toks[j - 2]?.word && (!toks[j - 2]!.cap || j - 2 === lo) && !NP_STOP.has(toks[j - 2]!.lo) && !(toks[j - 2]!.lo in SUBJECT_PRONOUNS) && /s$/.test(toks[j - 2]!.lo);
      if (worksOn) { from = j; j--; continue; }
      if (!agent && !filedIn && (!left || !left.word || NP_STOP.has(left.lo) && !(left.lo === 'those' && (describes.test(t.lo) || /^(?:with|in|at|inside|within|among|on|from|around|near)$/.test(t.lo))) || PREPS.has(left.lo) && !describes.test(left.lo))) break;
      // "a detective familiar with the case": any noun can be described as close to the matter.
      // "people with knowledge of the talks": the knowledge belongs to the source.
      if (!agent && !filedIn && !(describes.test(t.lo) || describes.test(left.lo) || left.lo === 'knowledge' && t.lo === 'of' || anchors(left)) && !nestedPrep(toks, j, lo)) {
        // ("as that tweeter in Sydney suggested": a place right after a noun with its determiner is where that one is,
        // not the source; the whole phrase is the subject, whatever its noun.)
        if (j === k - 1 && head.cap && t.lo === 'in' && !left.cap && /^(?:a|an|the|that|this|one)$/.test(toks[j - 2]?.lo ?? '') && j - 2 >= lo) from = j - 2;
        break;
      }
    }
    // ("The lawyer for the family of a 34-year-old woman struck by a county deputy said": a subject may run long.)
    if (k - j > 14 && shortFrom < 0) shortFrom = from;
    if (k - j > 26) break;
    from = j;
    j--;
  }
  // (Only a determiner opening the clause — at its start, or after a comma, quote or dash — begins a long subject.)
  if (shortFrom >= 0 && from < shortFrom && !(DETERMINERS.has(toks[from]!.lo) && (from === lo || !toks[from - 1]!.word && toks[from - 1]!.text !== "'s" && toks[from - 1]!.text !== '’s'))) from = shortFrom;
  // Leading time words and prepositions are not part of the subject ("On Monday Trump said").
  const walked = from;
  while (from < k && toks[from]!.word && !(toks[from]!.lo === 'at' && /^(?:least|most)$/.test(toks[from + 1]?.lo ?? '')) && (PREPS.has(toks[from]!.lo) || TIME_WORDS.has(toks[from]!.lo) && !toks[from]!.cap || WEEKDAY.test(toks[from]!.lo) || leadingAdverb(toks, from))) from++;
  // "In a video posted on Telegram, …": a common noun right after a leading preposition is its object, not a subject.
  const lead = toks[from - 1];
  if (lead && PREPS.has(lead.lo) && (from - 1 <= lo || toks[from - 2]!.text === ',' || from > walked) && !head.cap && !(head.lo in SUBJECT_PRONOUNS) && !/^(?:least|most)$/.test(toks[from]!.lo)) return null;
  // "In an interview Trump said": after a leading phrase, a proper name at the end stands alone
  // (but "a spokesman for committee Democrats" keeps its words).
  if (head.cap && from > walked && !PREPS.has(toks[runStart(toks, k, from) - 1]?.lo ?? '')) {
    let s = k;
    while (s - 1 >= from && (toks[s - 1]!.cap || ROLE_NOUNS.has(toks[s - 1]!.lo) || /^['’]s$/.test(toks[s - 1]!.lo) || toks[s - 1]!.lo in TITLES || DETERMINERS.has(toks[s - 1]!.lo) || /^[\p{L}]+-[\p{L}]+$/u.test(toks[s - 1]!.text) || ANON_WORDS.has(toks[s - 1]!.lo) || toks[s - 1]!.lo === 'of' && toks[s - 2]?.cap)) s--;
    from = s;
  }
  return { from, to: appositiveEnd > 0 ? appositiveEnd : k + 1, coreTo: k + 1 };
}

/** Participles of people's work that a preposition may follow inside a subject ("working on", "negotiating for"). */
const WORK_PARTICIPLE = /^(?:working|negotiating|campaigning|volunteering|serving|stationed|deployed|posted|based|fighting)$/;

/**
 * "the company that operates it", "the agency that runs the port": `that` at index j opens a relative clause with its
 * own verb (no subject of its own) after a body noun, so the subject is the phrase before `that`. (Not "reports that
 * officials said": a clause with its own subject, after a noun that is no body.)
 */
function bodyRelative(toks: Tok[], j: number, lo: number): Phrase | null {
  if (j <= lo || toks[j]?.lo !== 'that') return null;
  const before = toks[j - 1]!;
  // ("Lawyers for the clinics that brought the lawsuit called …": a plural body noun too.)
  const kind = ORG_DESCRIPTIONS[before.lo] ?? (/s$/.test(before.lo) ? ORG_DESCRIPTIONS[before.lo.slice(0, -1)] : undefined);
  if (!kind || kind === 'document' || before.cap) return null;
  const verb = toks[j + 1];
  if (!verb || !verb.word || verb.cap || !(/^\p{Ll}+(?:s|ed)$/u.test(verb.text) || RELATIVE_PAST.has(verb.lo)) || verb.lo in SUBJECT_PRONOUNS || DETERMINERS.has(verb.lo)) return null;
  const np = subjectBefore(toks, j, lo);
  return np && np.to === j && np.coreTo === j ? { from: np.from, to: j, coreTo: j } : null;
}

/**
 * The noun phrase starting at token `i` (after an inverted verb or "according
 * to"), through its appositives, up to the end of its clause.
 */
export function phraseAfter(toks: Tok[], i: number, hi = toks.length, stopAtComma = false): Phrase | null {
  let k = i;
  if (k >= hi || !isWord(toks[k])) return null;
  const first = toks[k]!;
  if (NP_STOP.has(first.lo) && !DETERMINERS.has(first.lo)) return null;
  if (first.lo in SUBJECT_PRONOUNS) return { from: k, to: k + 1, coreTo: k + 1 };
  let coreTo = -1;
  let depth = 0;
  while (k < hi) {
    const t = toks[k]!;
    if (t.text === '(') depth++;
    // ("(according to an email seen by the BBC)": a closing bracket the phrase did not open ends it.)
    else if (t.text === ')' && depth === 0) break;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (isQuote(t) || t.text === ';' || t.text === ':' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === '—' || t.text === '–') break;
      if (isComma(t)) {
        if (coreTo < 0) coreTo = k;
        if (stopAtComma) {
          // "According to Dr. Lena Fisk, a virologist at Kelso University, the variant …": the appositive is the source's.
          const n = toks[k + 1];
          if (k === coreTo && n?.word && /^(?:a|an|the)$/.test(n.lo) && toks[k + 2]?.word && !toks[k + 2]!.cap) {
            const close = toks.findIndex((x, i) => i > k + 1 && i < Math.min(hi, k + 12) && (isComma(x) || isQuote(x) || x.text === ';' || x.text === '.'));
            // ("According to analysis by the King's Fund, a health think tank, …": a body's kind describes a body.)
            if (close > 0 && isComma(toks[close]) && hi - close > 3 && toks.slice(k + 2, close).some((x) => ROLE_NOUNS.has(x.lo) || ANON_WORDS.has(x.lo) || !x.cap && /(?:ist|ian|man|woman|person)$/.test(x.lo))) { k = close; break; }
            if (close > 0 && isComma(toks[close]) && hi - close > 3 && close - k <= 6 && isBodyNoun(toks[close - 1]!.lo) && !toks[close - 1]!.cap && toks.slice(k + 2, close).every((x) => x.word && !NP_STOP.has(x.lo))) { k = close; break; }
          }
          // ("According to the head of the IMF, Kristalina Georgieva, the …", "As noted by her lawyer, Jane Doe, …": the
          // name a description stands for, set off by commas.)
          // (One person only: "According to officials, Keir Starmer, the prime minister, will …" keeps the officials.)
          if (k === coreTo && n?.cap && n.word && toks.slice(i, k).some((x) => !x.cap && x.word && (ROLE_NOUNS.has(x.lo) || x.lo in ANONYMOUS_HEADS && ANONYMOUS_HEADS[x.lo] !== x.lo)) && !toks.slice(i, k).some((x) => x.word && !x.cap && ANON_PLURALS.has(x.lo))) {
            let e = k + 1;
            while (e < hi && toks[e]!.word && (toks[e]!.cap || NAME_PARTICLES.test(toks[e]!.lo) && toks[e + 1]?.cap)) e++;
            if (e - (k + 1) >= 2 && e - (k + 1) <= 4 && isComma(toks[e]) && hi - e > 3) { k = e; break; }
          }
          break;
        }
        const n = toks[k + 1];
        // Appositives continue the phrase: ", a …", ", who …", ", R-Ky.", ", the …", ", Jeff Roe,".
        // ", Tom Brand." after a role ("said Ann Hale's lawyer, Tom Brand"): the name the role describes.
        // (", Kristalina Georgieva." after "the head of the International Monetary Fund": the role of a named body.)
        // (", retired teacher Alan Hughes.": lower-case words describing the person before the name.)
        let d = k + 1;
        while (d < hi && d - k <= 3 && toks[d]!.word && !toks[d]!.cap && !NP_STOP.has(toks[d]!.lo) && !DETERMINERS.has(toks[d]!.lo)) d++;
        const described = d > k + 1 && (ROLE_NOUNS.has(toks[d - 1]!.lo) || ANON_WORDS.has(toks[d - 1]!.lo)) && !!toks[d]?.cap && !!toks[d + 1]?.cap;
        if ((n?.cap || described) && n?.word && k === coreTo && ((ROLE_NOUNS.has(toks[k - 1]!.lo) || ANON_WORDS.has(toks[k - 1]!.lo)) && !toks[k - 1]!.cap || toks[k - 1]!.cap && roleOfBody(toks, k - 1))) {
          let e = described ? d : k + 1;
          while (e < hi && toks[e]!.word && (toks[e]!.cap || NAME_PARTICLES.test(toks[e]!.lo) && toks[e + 1]?.cap)) e++;
          if (e - (k + 1) <= 4 && (e >= hi || /^[.,!?]$/.test(toks[e]!.text))) { k = e; break; }
        }
        if (!n || !(n.word && (['a', 'an', 'the', 'who', 'whose', 'which', 'one', 'another', 'both', 'chief', 'head', 'president', 'director', 'and'].includes(n.lo) || /^[rdi]-/.test(n.lo) || n.lo in TITLES || ROLE_NOUNS.has(n.lo) && !/ing$/.test(n.lo)))) break;
        if (n.lo === 'and' && toks[k + 2] && !toks[k + 2]!.cap) break;
      } else if (t.word && coreTo < 0 && k > i && ['said', 'says', 'told', 'added', 'that', 'but', 'because', 'when', 'while', 'after', 'before', 'as', 'if', 'although'].includes(t.lo)
        // ("by the leaker known as GreyDesk": the name a source goes by is part of it.)
        && !(t.lo === 'as' && toks[k - 1]!.lo === 'known' && toks[k + 1]?.cap)) break;
      else if (t.word && coreTo < 0 && k > i && ['who', 'which'].includes(t.lo)) coreTo = k;
    }
    k++;
  }
  if (k === i) return null;
  // ("As reported by Kazinform earlier, …", "according to the ministry last week, …": a time after the source is the report's.)
  if (coreTo < 0 || coreTo === k) {
    let e = k;
    while (e - 1 > i && toks[e - 1]!.word && /^(?:earlier|previously|recently|later|yesterday|today|tonight)$/.test(toks[e - 1]!.lo)) e--;
    if (e - 2 > i && /^(?:week|month|year|weekend|night)$/.test(toks[e - 1]!.lo) && /^(?:last|this)$/.test(toks[e - 2]!.lo)) e -= 2;
    if (e < k) return { from: i, to: e, coreTo: e };
  }
  return { from: i, to: k, coreTo: coreTo < 0 ? k : coreTo };
}

/** Where the clause segment ending before token e starts: after a comma, semicolon, colon, dash or quote. */
function segmentStart(toks: Tok[], e: number, lo: number): number {
  let p = e - 1;
  while (p >= lo && toks[p]!.text !== ',' && toks[p]!.text !== ';' && toks[p]!.text !== ':' && toks[p]!.text !== '—' && !isQuote(toks[p])) p--;
  return p + 1;
}

/**
 * A subject that carries its own relative clause before the verb, which subjectBefore does not read:
 * "…, a spokesperson who declined to be named said" and "…, the source, who asked not to be named,
 * told Reuters". The phrase runs over the clause (like "said an official who spoke on condition of
 * anonymity"); its core is the noun phrase before "who".
 */
export function relativeSubject(toks: Tok[], i: number, lo = 0): Phrase | null {
  const k = skipVerbPrefix(toks, i);
  if (k < lo || !toks[k]) return null;
  if (toks[k]!.text === ',') {
    // "the source, who asked not to be named, told": the who-clause between commas, the noun phrase before it.
    const a = segmentStart(toks, k, lo);
    // ("A rider who has worked for both firms, and who declined to be named, said": a second who-clause joined by
    // "and"; the noun phrase is the one the first clause describes.)
    if (toks[a]?.lo === 'and' && toks[a + 1]?.lo === 'who' && toks[a - 1]?.text === ',') {
      const np = segmentStart(toks, a - 1, lo);
      const first = toks.findIndex((t, j) => j > np && j < a - 1 && t.lo === 'who');
      if (first < 0 || first - np > 6 || !toks[np]!.word || np > lo && toks[np - 1]!.text !== ',' && !isQuote(toks[np - 1])) return null;
      return { from: np, to: k, coreTo: first };
    }
    if (toks[a]?.lo !== 'who' || toks[a - 1]?.text !== ',') return null;
    const np = segmentStart(toks, a - 1, lo);
    if (np >= a - 1 || a - 1 - np > 8 || !toks[np]!.word) return null;
    // The noun phrase must follow a comma (a trailing "…, the source, who …, told"), not open the sentence as a clause.
    if (np > lo && toks[np - 1]!.text !== ',' && !isQuote(toks[np - 1])) return null;
    return { from: np, to: k, coreTo: a - 1 };
  }
  // "a spokesperson who declined to be named said": no comma between the clause and the verb.
  const a = segmentStart(toks, k + 1, lo);
  const who = toks.findIndex((t, j) => j > a && j <= k && t.lo === 'who');
  if (who < 0 || who - a > 6 || k - who > 14) return null;
  if (!toks[a]!.word || isQuote(toks[a - 1]) && a - 1 === lo) return null;
  // ("Anyone who has closed a deal will tell you …": a generic someone is nobody's report.)
  // ("Someone who worked with him said …" is one unnamed person's report; "someone who … will tell you" is generic.)
  if (/^(?:anyone|anybody|everyone|everybody|nobody|no|whoever)$/.test(toks[a]!.lo) || /^(?:someone|somebody)$/.test(toks[a]!.lo) && /^(?:will|would|can|could|may|might|must|should)$/.test(toks[i - 1]?.lo ?? '')) return null;
  return { from: a, to: k + 1, coreTo: who };
}

/**
 * "Cllr Ann Hale, Chair of the Roads Association said: …": an appositive whose closing comma the writer
 * left out. The name opens the sentence (or follows a quote); the segment after its comma starts with a
 * capitalised role ("Chair of …", "Leader of …") or "a/the <role>". The phrase's core is the name.
 */
export function unclosedAppositive(toks: Tok[], i: number, lo = 0): Phrase | null {
  const k = skipVerbPrefix(toks, i);
  if (k < lo || !toks[k]?.word) return null;
  const a = segmentStart(toks, k + 1, lo);
  // (At least "Chair of …": a bare "…, Mayor Says" in a title-case headline is the subject itself.)
  if (a <= lo || toks[a - 1]!.text !== ',' || k - a > 12 || k - a < 2) return null;
  const f = toks[a]!;
  const g = /^(?:a|an|the)$/.test(f.lo) ? toks[a + 1] : f;
  if (!g || !(ROLE_NOUNS.has(g.lo) || g.lo in TITLES || /^(?:chair|chairman|chairwoman|leader|head|director|chief|founder|president|secretary|member|spokesman|spokeswoman|spokesperson)$/.test(g.lo))) return null;
  if (f === g && !f.cap) return null;
  // The name: a capitalised run from the sentence start (titles allowed) up to the comma.
  const n = segmentStart(toks, a - 1, lo);
  if (n !== lo && !isQuote(toks[n - 1])) return null;
  for (let j = n; j < a - 1; j++) if (!toks[j]!.word || !toks[j]!.cap && !(toks[j]!.lo in TITLES)) return null;
  if (a - 1 - n < 1 || a - 1 - n > 5) return null;
  return { from: n, to: k + 1, coreTo: a - 1 };
}
