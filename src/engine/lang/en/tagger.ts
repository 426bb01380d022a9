// The only door to compromise. It is called on short phrases only (a source
// noun phrase, a name), never on whole texts: a full parse costs ~38 ms per
// 1,000 words, a name costs a fraction of a millisecond. Results are cached.
import nlp from 'compromise';
import { ORG_NAME_HEADS } from './lexicon/titles.js';
import { WORLD_FIRST_NAMES } from './lexicon/first-names.js';

export type NameType = 'person' | 'organization' | 'place' | 'other';
export type Gender = 'm' | 'f' | null;

const typeCache = new Map<string, NameType>();
const genderCache = new Map<string, Gender>();
const CACHE_MAX = 5000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, value);
  return value;
}

/** What a capitalised name is, as compromise tags it. */
export function nameType(name: string): NameType {
  const hit = typeCache.get(name);
  if (hit) return hit;
  let t: NameType = 'other';
  const words = name.trim().split(/\s+/);
  if (words.length >= 2 && ORG_NAME_HEADS.has(words[words.length - 1]!.toLowerCase())) return remember(typeCache, name, 'organization');
  try {
    const d = nlp(name);
    if (d.has('#Person') && !d.has('#Organization')) t = 'person';
    else if (d.has('#Organization')) t = 'organization';
    else if (d.has('#Place')) t = 'place';
  } catch {
    t = 'other';
  }
  return remember(typeCache, name, t);
}

/** Gender of a first name, when compromise's name lists know it. */
export function firstNameGender(first: string): Gender {
  if (genderCache.has(first)) return genderCache.get(first)!;
  let g: Gender = null;
  try {
    const d = nlp(first);
    if (d.has('#MaleName')) g = 'm';
    else if (d.has('#FemaleName')) g = 'f';
  } catch {
    g = null;
  }
  g ??= WORLD_FIRST_NAMES.get(first) ?? null;
  return remember(genderCache, first, g);
}

/** A yes-or-no question put to compromise about one word, answered once (a failure answers no). */
function asked(cache: Map<string, boolean>, key: string, question: () => boolean): boolean {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let yes = false;
  try {
    yes = question();
  } catch {
    yes = false;
  }
  return remember(cache, key, yes);
}

const adjectiveCache = new Map<string, boolean>();

/** Is a capitalised word an ordinary English adjective ("National", "Royal", "Southern"), no first name? */
export function plainAdjective(word: string): boolean {
  // (An adjective's ending as well: compromise calls some first names adjectives — "Elon".)
  return asked(adjectiveCache, word, () => /\p{Ll}(?:al|ish|ern|ive|ous|ian|ean|ese|ary|ory|ed)$/u.test(word) && firstNameGender(word) === null && nlp(word.toLowerCase()).has('#Adjective'));
}

const plainPluralCache = new Map<string, boolean>();

/** Is a word, lower-cased after "the", a plain plural noun ("Models", "Photos"), no name ("Jones", "Evans")? */
export function plainPlural(word: string): boolean {
  const lo = word.toLowerCase();
  return asked(plainPluralCache, lo, () => {
    const d = nlp(`the ${lo}`);
    return /s$/.test(lo) && d.has('#Plural') && !d.has('#ProperNoun') && !d.has('#Person') && !d.has('#Organization') && !d.has('#Place');
  });
}

const pluralCache = new Map<string, boolean>();

/** Is a word a common plural noun ("locals", "paramedics"), not a name ("Evans", "Reuters" are names elsewhere)? */
export function commonPlural(word: string): boolean {
  const lo = word.toLowerCase();
  return asked(pluralCache, lo, () => {
    const d = nlp(lo);
    return d.has('#Plural') && !d.has('#ProperNoun') && !d.has('#Person') && !d.has('#Organization');
  });
}

const tradeCache = new Map<string, string | null>();
/** Words in -ist and -ian that are no people ("checklist", "insist", "median"). */
const NOT_TRADE = /(?:list|sist|median|meridian)s?$/;

/**
 * The singular of a lower-case noun for a person by trade or kind that no
 * lexicon of ours lists ("librarian", "florists", "sailor"): compromise's
 * #Actor nouns, and nouns in -ist and -ian, which English coins for people
 * ("columnist", "custodian"). Null for anything else.
 */
export function tradeNoun(word: string): string | null {
  const hit = tradeCache.get(word);
  if (hit !== undefined) return hit;
  let singular: string | null = null;
  if (/^\p{Ll}[\p{Ll}-]{4,}$/u.test(word) && !NOT_TRADE.test(word)) {
    const m = /^(\p{Ll}[\p{Ll}-]*(?:ist|ian))(s?)$/u.exec(word);
    if (m) singular = m[1]!;
    else {
      try {
        const d = nlp(word);
        if (d.has('#Actor') && d.has('#Noun')) singular = d.has('#Plural') ? d.nouns().toSingular().text() || null : word;
      } catch {
        singular = null;
      }
    }
  }
  return remember(tradeCache, word, singular);
}

const demonymCache = new Map<string, boolean>();

/** A people's name as a noun ("the German", "the Brazilian", "the Dutchman"): a person described by nationality. */
export function demonym(word: string): boolean {
  return asked(demonymCache, word, () => /^(?:(?:Dutch|French|English|Irish|Welsh|Scots)(?:wo)?man|Briton|Brit|Scot|Swede|Dane|Finn|Pole|Turk|Spaniard|Kiwi|Aussie|Icelander|Serb|Croat|Czech|Slovak|Swiss|Thai|Monegasque)$/.test(word) || nlp(word).has('#Demonym'));
}
