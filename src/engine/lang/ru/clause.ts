// Where the subject of a reporting verb is, on either side of it: clause
// boundaries, prepositional phrases to skip ("на условиях анонимности",
// "в четверг"), the extent of a noun phrase. Pure token arithmetic.
import { verbForms } from './lexicon/verbs.js';
import { nounForms, NOT_SUBJECT_START, QUANTIFIERS } from './lexicon/nouns.js';
import { CLAIM_OBJECTS, HEDGES } from './lexicon/frames.js';
import { ADDRESSEES, ADVERBS, CLAUSE_OPENERS, MONTHS, PREPOSITIONS, PRONOUNS } from './lexicon/words.js';
import { ADJECTIVE, firstName, NOMINATIVE_ADJECTIVE } from './morph.js';
import { isDash, type Token } from './tokens.js';

const OPENERS = /^[«„“‹(]$/;
const CLOSERS = /^[»“”›)]$/;
/** Words allowed between a subject and its verb, or after the verb before an inverted subject. */
export const BETWEEN = new Set(['также', 'тоже', 'уже', 'еще', 'ранее', 'вообще', 'неоднократно', 'первыми', 'первым', 'первой', 'официально',
  'публично', 'прямо', 'открыто', 'лишь', 'только', 'же', 'вновь', 'снова', 'позднее', 'позже', 'впоследствии', 'накануне', 'сегодня',
  'вчера', 'тогда', 'затем', 'даже', 'прежде', 'всегда', 'неожиданно', 'откровенно', 'сразу', 'потом', 'долго',
  // Degree adverbs: "Подсудимый полностью признал", "Министр категорически отверг".
  'полностью', 'частично', 'фактически', 'практически', 'категорически', 'окончательно',
  // Manner adverbs: "Министр лично обещал", "Мэр коротко ответил", "Тренер резко раскритиковал".
  'лично', 'коротко', 'кратко', 'подробно', 'твердо', 'резко', 'жестко', 'осторожно', 'уклончиво', 'честно', 'охотно', 'неохотно', 'лаконично', 'иронично', 'дипломатично']);

/**
 * Parenthetical words and phrases that may stand between a subject and its verb,
 * with or without commas: "Эксперты, впрочем, указывают", "Агентство, в свою очередь, передает".
 */
const PARENTHETICALS: string[][] = [['впрочем'], ['однако'], ['кстати'], ['правда'], ['напротив'], ['наконец'], ['видимо'], ['по-видимому'],
  ['в', 'свою', 'очередь'], ['со', 'своей', 'стороны'], ['в', 'целом'], ['при', 'этом'], ['тем', 'временем'], ['тем', 'не', 'менее'],
  ['в', 'частности'], ['в', 'среднем'], ['в', 'основном'], ['в', 'большинстве', 'своем'], ['между', 'тем'], ['в', 'то', 'же', 'время'], ['в', 'свою', 'очередь'], ['как', 'правило'], ['в', 'итоге'],
  // The writer's asides: "Министр, напомним, ранее заявлял", "Компания, к слову, уже отвечала".
  ['напомним'], ['отметим'], ['заметим'], ['к', 'слову'], ['например'], ['кроме', 'того'], ['судя', 'по', 'всему'], ['вероятно'], ['похоже'], ['безусловно'], ['конечно'],
  // The terms a source spoke on: "В министерстве, на условиях анонимности, сообщили".
  ['на', 'условиях', 'анонимности'], ['на', 'правах', 'анонимности']];

/** A hedge set off by commas is an aside too: "Министр, как сообщается, заявил …", "Компания, по неофициальной информации, …". */
const ASIDE_HEDGES = HEDGES.filter((ws) => ws[0] === 'как' || ws[0] === 'по');

function parentheticalEndingAt(toks: Token[], p: number, commas = false): number {
  for (const ws of commas ? [...PARENTHETICALS, ...ASIDE_HEDGES] : PARENTHETICALS) {
    const a = p - ws.length + 1;
    if (a < 0) continue;
    let ok = true;
    for (let k = 0; k < ws.length; k++) if (toks[a + k]!.lo !== ws[k]) { ok = false; break; }
    if (ok) return a;
  }
  return -1;
}

/**
 * The last token before the verb once parenthetical words (and the commas
 * around them) are skipped; `p` is the token just before the verb.
 */
export function skipParenthetical(toks: Token[], p: number): number {
  for (let guard = 0; guard < 3 && p >= 0; guard++) {
    while (p >= 0 && BETWEEN.has(toks[p]!.lo)) p--;
    const closing = toks[p]?.t === ',';
    const a = parentheticalEndingAt(toks, closing ? p - 1 : p, closing);
    if (a < 0) break;
    // With a closing comma the opening one must be there too ("X, впрочем, указывают").
    if (closing && toks[a - 1]?.t !== ',') break;
    const q = closing ? a - 2 : a - 1;
    // Something must stand before it: a parenthesis does not open the clause.
    if (q < 0) break;
    p = q;
  }
  return p;
}

/** People of a party in a trial: "свидетель обвинения", "представитель обвинения". */
const PARTY_MEMBERS = /^(свидетел[ьяюем]|свидетельниц[аыуе]|представител[ьяюем]|эксперт[ауе]?|сторон[аыуе])$/;

/** Pronouns after a preposition ("при этом", "в нем"): the whole object. */
const PRONOUN_OBJECTS = new Set(['этом', 'том', 'этой', 'той', 'этих', 'тех', 'нем', 'ней', 'них', 'чем', 'всем', 'этому', 'тому', 'этим', 'тем', 'нему', 'ним', 'него', 'нее', 'неё', 'этого', 'того', 'этот', 'это', 'то']);

export const isPreposition = (t: Token | undefined) => !!t && t.word && PREPOSITIONS.has(t.lo);
/** Seasons and parts of the day in the instrumental, adverbs of time: "Губернатор летом обещал". */
export const TIME_ADVERBS = /^(летом|зимой|весной|осенью|утром|вечером|днем|ночью|накануне|вчера|позавчера)$/;
const isTime = (t: Token) => /^\d/.test(t.t) || MONTHS.test(t.lo) || TIME_ADVERBS.test(t.lo);

const REFLEXIVE_POSSESSIVE = /^сво(й|е|ё|я|и|ю|его|ей|их|им|ими|ем|ему|ею)$/;

/**
 * "Министерства энергетики", "в управлении статистики": after a body's noun in an oblique case, a lower-case "-ики"
 * is the genitive of a field ("энергетика", "статистика"), not the plural of a trade ("энергетики", "статистики").
 */
export function fieldGenitive(toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.word && !t.cap && t.lo.endsWith('ики') && k > 0 && !!nounForms().get(toks[k - 1]!.lo)?.some((f) => f.cat === 'org' && !f.nominative);
}

/** Where something was said: "на пресс-конференции", "на брифинге", "в интервью", "в эфире". */
const OCCASIONS = /^(?:пресс-конференци[ияюей]|брифинг(?:е|а)|встрече|заседании|совещании|встречах|заседаниях|совещаниях|брифингах|допросах|слушаниях|форуме|церемонии|митинге|сессии|конференции|саммите|съезде|интервью|эфире|беседе|разговоре|матче)$/;

/** A demonstrative before "же" ("тот же", "того же", "этой же"), naming again someone mentioned before. */
const SAME_DEMONSTRATIVE = /^(?:э?т(?:от|а|е|ого|ой|ех|ому|ем|им|ими|у))$/;
export function sameAgain(toks: Token[], k: number): boolean {
  return SAME_DEMONSTRATIVE.test(toks[k]?.lo ?? '') && toks[k + 1]?.lo === 'же' && !!toks[k + 2]?.word;
}

/** Could this token start a nominative subject phrase? */
export function headCandidate(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (!t.word) return /^[«"„]$/.test(t.t) && !!toks[k + 1]?.cap;
  // ("Тот заявил", "Та также добавила": a demonstrative standing alone before the verb is the subject, the person
  // mentioned last; before a noun, "тот день", it only points.)
  // ("Та, в свою очередь, заявила": an aside after it; "Тот, кто …" is a relative's head, no one named.)
  // ("Тот же источник добавил", "Этот же собеседник": the same person as before, the noun after "же" heads the phrase.)
  if (sameAgain(toks, k) && headCandidate(toks, k + 2)) return true;
  if ((t.lo === 'тот' || t.lo === 'та') && (toks[k + 1]?.word && (verbForms().has(toks[k + 1]!.lo) || ADVERBS.has(toks[k + 1]!.lo) && !nounForms().has(toks[k + 1]!.lo)) ||
    toks[k + 1]?.t === ',' && toks[k + 2]?.word && !/^(кто|что|котор\p{L}+|чей|чья|чьи)$/u.test(toks[k + 2]!.lo))) return true;
  if (NOT_SUBJECT_START.has(t.lo) || ADVERBS.has(t.lo) || CLAUSE_OPENERS.has(t.lo) || isPreposition(t) || isTime(t)) return false;
  // ("Свое решение он объяснил …": what "свой" owns is the verb's object, never its subject.)
  if (REFLEXIVE_POSSESSIVE.test(t.lo) || k > 0 && REFLEXIVE_POSSESSIVE.test(toks[k - 1]!.lo)) return false;
  if (verbForms().has(t.lo)) return false;
  const pr = PRONOUNS[t.lo];
  if (pr) return pr.nominative;
  if (QUANTIFIERS.has(t.lo)) return true;
  const nf = nounForms().get(t.lo);
  if (nf) return nf.some((f) => f.nominative);
  if (t.cap) return true;
  return NOMINATIVE_ADJECTIVE.test(t.lo);
}

/**
 * Start of the clause that ends just before token `end`: the nearest comma,
 * dash, colon, clause word (что, который…) or sentence start, skipping
 * balanced quotes and parentheses. A comma inside a list of capitalized
 * names ("Соединенные Штаты, Великобритания, Южная Корея и Япония") does not end it.
 */
export function clauseStart(toks: Token[], end: number): { start: number; relative: number | null } {
  let depth = 0;
  for (let k = end - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (!t.word) {
      if (CLOSERS.test(t.t) || t.t === '"' && depth === 0 && k < end - 1) { depth++; continue; }
      if (OPENERS.test(t.t) || t.t === '"' && depth > 0) { if (depth > 0) { depth--; continue; } return { start: k + 1, relative: null }; }
      if (depth > 0) continue;
      if (t.t === ',' && listComma(toks, k, end)) continue;
      // ("Ольга К. рассказала": the dot of a surname's initial after a first name ends nothing.)
      if (t.t === '.' && initialDot(toks, k)) continue;
      if (/^[,;:.!?…]$/.test(t.t) || isDash(t)) return { start: k + 1, relative: null };
      continue;
    }
    if (depth > 0) continue;
    if (CLAUSE_OPENERS.has(t.lo) && !nameWord(toks, k)) return { start: k + 1, relative: /^котор(ый|ая|ое|ые)$/.test(t.lo) ? k : null };
  }
  return { start: 0, relative: null };
}

/** A capitalized word right after a capitalized one is part of a name, never a particle: "Ирина Ли", not "ли". */
function nameWord(toks: Token[], k: number): boolean {
  return k > 0 && toks[k]!.cap && toks[k]!.word && !!toks[k - 1]!.cap && toks[k - 1]!.word;
}

/** A surname's initial after a first name, before a verb: the dot in "Ольга К. рассказала". */
function initialDot(toks: Token[], k: number): boolean {
  return /^\p{Lu}$/u.test(toks[k - 1]?.t ?? '') && !!toks[k - 2]?.cap && !!firstName(toks[k - 2]!.t) && !!toks[k + 1]?.word && !toks[k + 1]!.cap;
}

/** A body named by the fields it covers: "Министерство инвестиций, промышленности и торговли". */
const FIELD_BODY = /^(министерств|комитет|агентств|департамент|управлени|служб)/;

function listComma(toks: Token[], k: number, end: number): boolean {
  // (The fields of such a body: a lower-case word after the comma, and "и" before the last one within a few words.)
  // ("Министерство цифрового развития, …": an adjective of the first field between.)
  if ((FIELD_BODY.test(toks[k - 2]?.lo ?? '') || FIELD_BODY.test(toks[k - 3]?.lo ?? '') && !!toks[k - 2]?.word && !toks[k - 2]!.cap) && toks[k - 1]?.word && !toks[k - 1]!.cap && toks[k + 1]?.word && !toks[k + 1]!.cap) {
    for (let j = k + 1; j < end && j <= k + 4; j++) {
      if (!toks[j]!.word) return false;
      if (toks[j]!.lo === 'и' && toks[j + 1]?.word && !toks[j + 1]!.cap) return true;
    }
    return false;
  }
  if (!toks[k - 1]?.cap || !toks[k + 1]?.cap) return false;
  for (let j = k + 1; j < end; j++) if (toks[j]!.lo === 'и' && toks[j + 1]?.cap) return true;
  return false;
}

/**
 * The subject phrase inside toks[start, end): prepositional phrases, dates
 * and adverbs before it are skipped; it runs to `end` minus trailing
 * adverbs and time phrases. Also reports a "в + noun" phrase, which names
 * the organization of an impersonal verb ("В МИД России заявили").
 */
export function findSubject(toks: Token[], start: number, end: number): { a: number; b: number } | null {
  let k = start;
  let inPP = false;
  let object = false;
  let head = -1;
  let timeObject = false;
  let prep = '';
  while (k < end) {
    const t = toks[k]!;
    if (!t.word && !/^[«"„]$/.test(t.t)) { k++; continue; }
    if (isPreposition(t)) { inPP = true; object = false; timeObject = false; prep = t.lo; k++; continue; }
    // ("Вместе с тем он заявил": "тем" after a preposition is its object, not an adverb.)
    if (isTime(t) || ADVERBS.has(t.lo) && !PRONOUNS[t.lo] && !(inPP && !object && PRONOUN_OBJECTS.has(t.lo))) { if (inPP && isTime(t)) { object = true; timeObject = true; } k++; continue; }
    if (inPP) {
      if (!object) {
        // (Not "-ом" after a preposition of the instrumental, "перед показом", "за столом": adjectives end there in -ым/-им.)
        if (t.word && !t.cap && ADJECTIVE.test(t.lo) && !nounForms().has(t.lo) && !PRONOUN_OBJECTS.has(t.lo) &&
          !(/\p{L}{2}ом$/u.test(t.lo) && INSTRUMENTAL_PREPOSITIONS.test(prep))) { k++; continue; }
        if (!t.word) { // a quoted name as the object
          const close = toks.findIndex((x, j) => j > k && /^[»"“]$/.test(x.t));
          k = close > k ? close + 1 : k + 1;
          object = true;
          continue;
        }
        object = true; k++; continue;
      }
      // ("В кулуарах Госдумы говорят": a body's genitive after the place noun is part of the place, not a plural subject.)
      const forms = nounForms().get(t.lo);
      if (forms?.some((f) => !f.plural && !f.nominative) && forms.every((f) => !f.nominative || f.plural) && forms.some((f) => f.cat === 'org' || f.cat === 'media')) { k++; continue; }
      // ("В Министерстве энергетики заявили", "в управлении статистики": after a body's noun, a lower-case "-ики" is the
      // genitive of a field, "энергетика", not the plural of "энергетик".)
      if (fieldGenitive(toks, k)) { k++; continue; }
      // ("В администрации Красноярского края сообщили": a noun after an oblique adjective agrees with it, in the genitive.)
      const prevAdj = toks[k - 1]!;
      // (Not "В этой ситуации другой эксперт": "-ой" is a masculine nominative too, before a noun that looks nominative.)
      if (prevAdj.word && prevAdj.lo.length > 3 && (/(ого|его|ому|ему|ых|их)$/.test(prevAdj.lo) || /(ой|ей)$/.test(prevAdj.lo) && /[аяиыеую]$/.test(t.lo)) &&
        !nounForms().has(prevAdj.lo) && !PRONOUNS[t.lo] && !PRONOUNS[prevAdj.lo]) { k++; continue; }
      // "В четверг Петров заявил": a name after a date starts the subject.
      if (headCandidate(toks, k) && (PRONOUNS[t.lo] || nounForms().get(t.lo)?.some((f) => f.nominative) || NOMINATIVE_ADJECTIVE.test(t.lo) && !t.cap || QUANTIFIERS.has(t.lo)
        || t.cap && (timeObject || nameBeforeVerb(toks, k, end)))) {
        inPP = false;
      } else { k++; continue; }
    }
    if (headCandidate(toks, k)) { head = k; break; }
    k++;
  }
  if (head < 0) return null;
  // "Его адвокат заявил": the possessive belongs to the subject.
  if (head > start && possessiveBefore(toks, head - 1)) head--;
  // "Вслед он заявил": a capitalized word right before a nominative pronoun only opens the sentence; the pronoun is the subject.
  const next = toks[head + 1];
  if (toks[head]!.cap && toks[head]!.word && !PRONOUNS[toks[head]!.lo] && next && PRONOUNS[next.lo]?.nominative && head + 1 < end) head++;
  // "Родство с учредителем он не отрицал": an object fronted before a nominative pronoun; the pronoun is the subject.
  else if (toks[head]!.cap && toks[head]!.word && !PRONOUNS[toks[head]!.lo] && isPreposition(toks[head + 1])) {
    for (let j = head + 2; j < end && j <= head + 5; j++) {
      const x = toks[j]!;
      if (!x.word || x.cap || /^(и|а|или)$/.test(x.lo) || verbForms().has(x.lo)) break;
      if (PRONOUNS[x.lo]?.nominative && /^(он|она|они)$/.test(x.lo)) { head = j; break; }
    }
  }
  return { a: head, b: phraseEnd(toks, head, end) };
}

/**
 * "После матча Петров рассказал", "Перед показом Айгерим Саттарова заявила": after a fronted preposition phrase, a
 * name in the nominative — a first name in the nominative and a surname, or a surname alone — that runs up to the verb
 * at end. (A genitive name would leave the verb with no subject: "После слов Петрова" goes on to one.)
 */
function nameBeforeVerb(toks: Token[], k: number, end: number): boolean {
  const t = toks[k]!;
  if (!t.word || /^\p{Lu}+$/u.test(t.t)) return false;
  const first = firstName(t.t);
  if (first) return first.isNominative && k + 2 === end && !!toks[k + 1]?.cap && toks[k + 1]!.word && NOMINATIVE_SURNAME.test(toks[k + 1]!.lo);
  return k + 1 === end && NOMINATIVE_SURNAME.test(t.lo) && !nounForms().has(t.lo);
}

/** Prepositions that govern only the instrumental (or the genitive and accusative), never the prepositional case in -ом. */
const INSTRUMENTAL_PREPOSITIONS = /^(перед|пред|под|над|за|с|со|между)$/;

/** Surnames as the nominative spells them: Петров, Саттарова, Жуковский, Шевченко, Гелашвили. */
const NOMINATIVE_SURNAME = /\p{L}{2}(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|енко|ук|юк|ич|ян|дзе|швили)$/u;

/**
 * "знакомого с ситуацией чиновника", "близкие к клубу круги": adjectives opening the phrase, a preposition
 * at k with its object, then the person or group noun they describe.
 */
export function describedAhead(toks: Token[], a: number, k: number, limit: number): boolean {
  if (k <= a) return false;
  for (let j = a; j < k; j++) if (!toks[j]!.word || toks[j]!.cap && j > a || !ADJECTIVE.test(toks[j]!.lo) || nounForms().has(toks[j]!.lo)) return false;
  // (Only closeness and knowledge describe a source so: "Присутствовавший на совещании министр Х" is a named man, his phrase fronted.)
  if (!/^(знаком|близк|осведомл|информированн|приближенн|причастн|связанн|посвященн)/.test(toks[k - 1]!.lo)) return false;
  for (let j = k + 1; j < limit && j <= k + 5; j++) {
    const t = toks[j]!;
    if (!t.word) return false;
    if (j > k + 1 && nounForms().get(t.lo)?.some((f) => f.cat === 'role' || f.cat === 'anon' || f.cat === 'anon-bare' || f.cat === 'group')) return true;
  }
  return false;
}

/** "его адвокат", "её матери", "их источников": a possessive pronoun at k before a person noun (an adjective may come between). */
export function possessiveBefore(toks: Token[], k: number): boolean {
  if (!/^(его|ее|их)$/.test(toks[k]?.lo ?? '')) return false;
  let j = k + 1;
  while (toks[j]?.word && !toks[j]!.cap && ADJECTIVE.test(toks[j]!.lo) && !nounForms().has(toks[j]!.lo) && j < k + 3) j++;
  const t = toks[j];
  // ("его пресс-служба": a person's press office speaks for the person.)
  return !!t?.word && !t.cap && !!nounForms().get(t.lo)?.some((f) => f.cat === 'role' || f.cat === 'anon' || f.cat === 'anon-bare' || f.cat === 'group' || f.lemma === 'пресс-служба');
}

/** "Мария Захарова" ends at k: two capitalized words with lower-case letters (not "РИА Новости", not "Источник РБК"). */
function personPair(toks: Token[], k: number): boolean {
  const name = (t: Token | undefined) => !!t && t.word && t.cap && /^\p{Lu}\p{Ll}/u.test(t.t) && !nounForms().has(t.lo);
  return name(toks[k]) && name(toks[k - 1]);
}

/** Where a noun phrase starting at `a` ends (exclusive), at most `limit`. */
export function phraseEnd(toks: Token[], a: number, limit: number, stopAtComma = true): number {
  if (a >= limit || a >= toks.length) return a;
  // A pronoun is a whole phrase ("— написал он в Telegram"), unless it is a possessive before a person noun ("его адвокат").
  if (PRONOUNS[toks[a]!.lo]) return possessiveBefore(toks, a) ? phraseEnd(toks, a + 1, limit, stopAtComma) : a + 1;
  let k = sameAgain(toks, a) ? a + 3 : a + 1;
  if (OPENERS.test(toks[a]!.t) || toks[a]!.t === '"') {
    const close = findClose(toks, a, limit);
    if (close > a) k = close + 1;
  }
  let depth = 0;
  while (k < limit) {
    const t = toks[k]!;
    if (!t.word) {
      // "7% опрошенных": a percentage heads the phrase.
      if (t.t === '%' && /^\d/.test(toks[k - 1]!.t)) { k++; continue; }
      // ("врач поликлиники №5", "директор школы № 12": a body's number belongs to its name.)
      if (t.t === '№' && /^\d/.test(toks[k + 1]?.t ?? '') && k + 1 < limit) { k += 2; continue; }
      if (OPENERS.test(t.t) || t.t === '"' && depth === 0) {
        // A short quoted or bracketed name belongs to the phrase: «Опер слил», (ЦТАК).
        const close = findClose(toks, k, limit);
        if (close < 0 || close - k > 12) break;
        k = close + 1;
        continue;
      }
      if (t.t === ',' && !stopAtComma) { k++; continue; }
      // "М. Тасмаганбетов": an initial's dot does not end the phrase.
      if (t.t === '.' && (/^\p{Lu}\p{Ll}?$/u.test(toks[k - 1]!.t) && toks[k + 1]?.cap || initialDot(toks, k))) { k++; continue; }
      if (t.t === ',' && listComma(toks, k, limit)) { k++; continue; }
      break;
    }
    if (PRONOUNS[t.lo] && PRONOUNS[t.lo]!.nominative || ADDRESSEES.has(t.lo)) break;
    // ("— рассказала женщина местному телеканалу": a lower-case dative adjective before a lower-case dative noun is whom it was
    // told, after the subject; not after "по", where it is a place's: "по Приморскому краю".)
    if (k > a && !t.cap && /\p{L}{3}(?:ому|ему)$/u.test(t.lo) && toks[k - 1]!.lo !== 'по' && toks[k + 1]?.word && !toks[k + 1]!.cap &&
      (ADDRESSEES.has(toks[k + 1]!.lo) || /\p{L}{3}[ую]$/u.test(toks[k + 1]!.lo))) break;
    // ("Ольга К.", "Иван С.": a capital letter after a first name is an initial, not the preposition "к" or "с".)
    if (/^\p{Lu}$/u.test(t.t) && toks[k + 1]?.t === '.' && !!firstName(toks[k - 1]!.t)) { k++; continue; }
    if (isPreposition(t)) {
      const next = toks[k + 1];
      // "на условиях анонимности" is a reason, never part of the source.
      if (t.lo === 'на' && /^(условиях|правах)$/.test(next?.lo ?? '')) break;
      // ("— сказал серб на пресс-конференции", "заявил представитель клуба на брифинге": the occasion, not part of the source.)
      // ("Инициативная группа покупателей в обращении к губернатору потребовала": the document it spoke in, not its place.)
      if (/^(в|во)$/.test(t.lo) && next?.word && !next.cap && k > a && !!nounForms().get(next.lo)?.some((f) => f.cat === 'document' && !f.nominative)) break;
      if (/^(на|в|во)$/.test(t.lo) && next?.word && (OCCASIONS.test(next.lo) || !next.cap && ADJECTIVE.test(next.lo) && OCCASIONS.test(toks[k + 2]?.lo ?? ''))) break;
      // "источник в правительстве" keeps its place; "Мария Захарова в своем Telegram-канале" does not (a name ended the phrase).
      const anonHead = /^(в|во|из|на)$/.test(t.lo) && !!next?.word && !isTime(next) && !/^сво/.test(next.lo) && !personPair(toks, k - 1) &&
        toks.slice(a, k).some((x) => nounForms().get(x.lo)?.some((f) => f.cat === 'anon-bare' || f.cat === 'anon'));
      const keep = anonHead || /^(от|среди|при)$/.test(t.lo) || /^(с|со)$/.test(t.lo) && !!next?.cap && !!nounForms().get(toks[k - 1]!.lo)?.some((f) => f.cat === 'document') || /^(в|во)$/.test(t.lo) && !!next?.cap && !isTime(next) && toks[k - 1]!.word && !toks[k - 1]!.cap && !!nounForms().get(toks[k - 1]!.lo)
        || t.lo === 'из' && /^(один|одна|одно|одного|одной)$/.test(toks[k - 1]!.lo)
        // ("некоторые из них", "многие из жителей": some of a group are that group's members.)
        || t.lo === 'из' && k === a + 1 && /^(многие|некоторые|немногие|большинство|часть)$/.test(toks[a]!.lo) && !!next?.word && (next.lo === 'них' || !next.cap);
      // ("полпред президента в округе Игорь Рудаков": a title's place, then the name it belongs to.)
      // ("ГУ МВД по Москве", "управления Роспотребнадзора по Свердловской области": a body's territory.)
      // (A word, not an acronym: "отчётность по МСФО" is a standard.)
      const territory = t.lo === 'по' && !!next?.cap && !!next.word && /\p{Ll}/u.test(next.t) && toks.slice(a, k).some((x) => /^\p{Lu}{2,}$/u.test(x.t) || !!nounForms().get(x.lo)?.some((f) => f.cat === 'org'))
        // ("Федеральной службы по надзору …", "комитета по делам молодежи": a body's field.)
        || t.lo === 'по' && !!next?.word && !next.cap && /(у|ю|ам|ям)$/.test(next.lo) && k > a && !!nounForms().get(toks[k - 1]!.lo)?.some((f) => f.cat === 'org')
        // ("директор по закупкам одной из сетей", "заместитель по учебной работе": a title's field; not how or why he spoke.)
        || t.lo === 'по' && !!next?.word && !next.cap && /(у|ю|ам|ям|ой|ей|ым|им)$/.test(next.lo) && !NOT_FIELD.test(next.lo) && k > a &&
          !!nounForms().get(toks[k - 1]!.lo)?.some((f) => f.cat === 'role' || f.cat === 'anon' && /^(заместитель|менеджер|специалист|советник|помощник|эксперт|консультант)$/.test(f.lemma)) &&
          /(ам|ям|е|у|ю|ии)$/.test(/(ой|ей|ым|им)$/.test(next.lo) ? toks[k + 2]?.lo ?? '' : next.lo)
        // ("Агентство по защите и развитию конкуренции", "Министерства по чрезвычайным ситуациям", "Агентства Республики Казахстан по
        // регулированию …": a field in the dative after a body's noun, or after the capitalised country that follows it.)
        || t.lo === 'по' && !!next?.word && !next.cap && /(у|ю|ам|ям|е|ым|им|ии)$/.test(next.lo) && k > a && fieldOwner(toks, a, k)
        // ("Национальное агентство по борьбе с коррупцией": the field's own complement.)
        || /^(с|со)$/.test(t.lo) && !!next?.word && !next.cap && k > a + 2 && toks[k - 2]!.lo === 'по' && fieldOwner(toks, a, k - 2)
        // ("… по надзору в сфере защиты прав потребителей": and the field's sphere.)
        || t.lo === 'в' && next?.lo === 'сфере' && toks.slice(a, k).some((x) => x.lo === 'по');
      // ("председателя совета дома на улице Кирова Галины Петровны": a place with its own name, then the first name.)
      // ("Эксперт по энергетике Айдар Сулейменов": a first name no lexicon lists, before a surname in the nominative.)
      const nameAt = (j: number) => j < limit && !!toks[j]?.cap && (!!firstName(toks[j]!.t) ||
        j + 1 < limit && toks[j]!.word && !!toks[j + 1]?.cap && toks[j + 1]!.word && /\p{Ll}{2}(ов|ев|ин|ын|ова|ева|ина|ына|ский|цкий|ская|цкая|дзе|швили|ян|енко)$/u.test(toks[j + 1]!.t));
      // ("Предприниматель из Оша Алмаз Токтогулов": where he is from; "Вице-президент по связям с общественностью Айгуль
      // Сапарова": a field of a few lower-case words, then a name in the nominative.)
      const nominativeName = (j: number) => nameAt(j) && (!firstName(toks[j]!.t) || !!firstName(toks[j]!.t)!.isNominative);
      let field = -1;
      // ("автор канала о подготовке к ЕГЭ Денис Ярцев": a title's topic, an о-phrase of a few words, acronyms among them, then the name.)
      if (/^(по|о|об)$/.test(t.lo) && next?.word && !next.cap) {
        for (let j = k + 2; j < limit && j <= k + (t.lo === 'по' ? 5 : 6); j++) {
          if (nominativeName(j)) { field = j; break; }
          if (!toks[j]!.word || toks[j]!.cap && (t.lo === 'по' || !/^\p{Lu}{2,}$/u.test(toks[j]!.t)) || verbForms().has(toks[j]!.lo) || toks[j]!.lo === 'не') break;
        }
      }
      // ("Представитель Human Rights Watch по Центральной Азии Гульнора Юсупова": a place of two capitalised words, then the name.)
      // (After an о-phrase any title will do, listed or not: "Педагог и автор канала о … Денис Ярцев".)
      const placeThenName = /^(о|об)$/.test(t.lo) && field > 0 && toks[a]!.cap || /^(в|во|по|на|из)$/.test(t.lo) && !!next?.word && !isTime(next) && (nameAt(k + 2) || !!toks[k + 2]?.cap && toks[k + 2]!.word && nameAt(k + 3) || field > 0) &&
        (toks.slice(a, k).some((x) => nounForms().get(x.lo)?.some((f) => f.cat === 'role' || f.cat === 'anon' || f.cat === 'group' && !f.plural)) ||
          // ("Выпускница из Тулы Алина": a word no lexicon lists, shaped like one for a person, alone before the place.)
          k === a + 1 && t.lo === 'из' && toks[a]!.cap && UNLISTED_PERSON.test(toks[a]!.lo) && !nounForms().has(toks[a]!.lo));
      if (!keep && !placeThenName && !territory && !describedAhead(toks, a, k, limit)) break;
      if (placeThenName && field > 0) { k = field; continue; }
      k++;
      continue;
    }
    // "Europe 1", "Channel 4": a small number after a Latin-script name belongs to it.
    if (/^\d{1,2}$/.test(t.t) && /^[A-Z][A-Za-z]+$/.test(toks[k - 1]!.t) && !MONTHS.test(toks[k + 1]?.lo ?? '')) { k++; continue; }
    if (isTime(t) || BETWEEN.has(t.lo) || CLAUSE_OPENERS.has(t.lo) && !nameWord(toks, k) || verbForms().has(t.lo) || t.lo === 'не') break;
    // ("— сказал Петров и добавил: …": "и" before a verb joins a second predicate, not a second name.)
    if (t.lo === 'и' && toks[k + 1]?.word && verbForms().has(toks[k + 1]!.lo)) break;
    // "Сам Петров слухи о … назвал": a claim noun after the subject is the verb's object.
    // ("Свидетель обвинения", "представитель защиты": a party's genitive after a person noun stays in the phrase.)
    // ("Министр сообщения Латвии", "министерство путей сообщения": communications, the field of a title or a body.)
    if (!t.cap && CLAIM_OBJECTS.has(t.lo) && !(t.lo === 'обвинения' && PARTY_MEMBERS.test(toks[k - 1]?.lo ?? '')) &&
      !(t.lo === 'сообщения' && (toks[k - 1]?.lo === 'путей' || !!nounForms().get(toks[k - 1]?.lo ?? '')?.some((f) => f.cat === 'role' || f.cat === 'org')))) break;
    // ("Сам осужденный вину не признал": guilt, the object of an admission, after any subject.)
    if (k > a && t.lo === 'вину') break;
    // ("Фермеры района давно жаловались", "Жители неоднократно обращались": an adverb in -но before the verb.)
    if (k > a && /^(давно|недавно|неоднократно|многократно|публично|открыто|прямо|активно|регулярно)$/.test(t.lo)) break;
    // ("Сам Котов вину не признал": a lower-case accusative or dative right after a name is the verb's object.)
    // ("управление МВД по Приморскому краю", "по Южному округу": after a capitalized adjective in the dative the noun is its own.)
    if (!t.cap && k > a && toks[k - 1]!.cap && toks[k - 1]!.word && /[ую]$/.test(t.lo) && t.lo.length > 2 && !nounForms().get(t.lo)?.some((f) => f.nominative) &&
      !/\p{L}{3}(ому|ему)$/u.test(toks[k - 1]!.lo)) break;
    // "Грибов подоспевшим врачам успел сказать": a dative after the subject is whom it was said to.
    if (!t.cap && k > a && /(ам|ям|ым|им)$/.test(t.lo) && t.lo.length > 3 && !nounForms().get(t.lo)?.some((f) => f.nominative) && toks[k - 1]!.lo !== 'по' &&
      !(toks[k - 2]?.lo === 'по' && /(ым|им)$/.test(toks[k - 1]!.lo))) break;
    // An adverb ("Шнуров грубо ответил") ends the phrase.
    // (Also -чно, -льно, -тно, -жно: "Подсудимый частично признал", "Он официально заявил".)
    // (Not a genitive adjective or participle in -ого/-его: "Сын погибшего рассказал", "Брат задержанного заявил".)
    const genitive = /\p{L}{3}(ого|его)$/u.test(t.lo) && !/^(не)?много$/.test(t.lo);
    if (!t.cap && t.lo.length > 3 && (/[^н]о$/.test(t.lo) && !genitive || t.lo.length > 5 && /(чно|льно|тно|жно)$/.test(t.lo)) && !nounForms().has(t.lo) && toks[k + 1]?.word && (verbForms().has(toks[k + 1]!.lo) || unlistedFinite(toks[k + 1]!))) break;
    // A past-tense verb the lexicons do not list ("мужчина позвонил", "он сознался") ends the phrase.
    // ("регионального филиала", "12-го канала": after a genitive adjective an -ала word is its noun.)
    if (unlistedFinite(t) && !(/[ая]$/.test(t.lo) && /(ого|его|-го)$/.test(toks[k - 1]!.lo))) break;
    const nf = !t.cap && k > a + 1 ? nounForms().get(t.lo) : undefined;
    if (nf && nf.every((f) => f.nominative && !f.plural && (f.cat === 'media' || f.cat === 'org')) && toks[k - 1]!.word && !ADJECTIVE.test(toks[k - 1]!.lo)) break;
    k++;
  }
  return k;
}

/** Words shaped like ones for a person by their suffix: выпускница, дачник, строитель, продавщица. */
const UNLISTED_PERSON = /^\p{L}{3,}(?:ница|ник|тель|щик|чик|щица|чица)$/u;

/** Datives after "по" that tell how or why one spoke, never a title's field: "сказал директор по телефону". */
const NOT_FIELD = /^(телефону|видеосвязи|скайпу|поводу|итогам|словам|случаю|приезду|возвращении|прибытии|пути|дороге|радио|телевидению|телевизору|просьбе|приглашению|данным|мнению|информации|сообщениям|оценкам|версии|традиции|ошибке|сути|существу|факту|результатам|завершении|окончании)$/;

/** A body's noun right before k, or before the capitalised words of its country ("Агентство Республики Казахстан"). */
function fieldOwner(toks: Token[], a: number, k: number): boolean {
  let j = k - 1;
  while (j > a && toks[j]!.cap && toks[j]!.word && !nounForms().get(toks[j]!.lo)?.some((f) => f.cat === 'org' || f.cat === 'media')) j--;
  return !!nounForms().get(toks[j]!.lo)?.some((f) => f.cat === 'org' || f.lemma === 'агентство');
}

/** A lower-case word shaped like a finite verb the lexicons do not list ("позвонил", "помолчал", "сознался"). */
function unlistedFinite(t: Token): boolean {
  return !t.cap && t.lo.length > 4 && /(ал|ял|ил|ел|ул|ыл|ала|яла|ила|ела|ули|али|яли|или|ели|лся|лась|лись|лось|ют|ят|ются|ятся)$/.test(t.lo) && !nounForms().has(t.lo);
}

function findClose(toks: Token[], open: number, limit: number): number {
  const o = toks[open]!.t;
  const want = o === '(' ? /^\)$/ : o === '"' ? /^"$/ : /^[»“”"]$/;
  for (let k = open + 1; k < limit; k++) if (want.test(toks[k]!.t)) return k;
  return -1;
}
