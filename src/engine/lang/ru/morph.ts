// Small, general de-inflection for Russian names and noun phrases: from an
// oblique case (genitive, dative, instrumental, prepositional) back to the
// nominative that a speaker is shown in. No dictionary beyond first names:
// surname endings (-ов/-ев/-ин/-ский, -а/-я, consonant-final foreign names,
// indeclinables) follow the rules of Russian grammar, and names the article
// introduced earlier are preferred when one matches (./entities.ts).
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './lexicon/names.js';
import type { Gender } from './lexicon/nouns.js';
import { normalize } from './tokens.js';

export interface FirstName {
  nominative: string;
  gender: 'm' | 'f';
  /** The form in the text is the nominative. */
  isNominative: boolean;
  /** Another reading of the same form ("Евгения": female nominative or male genitive). */
  alt?: FirstName;
}

let firstNames: Map<string, FirstName> | undefined;

function firstNameForms(name: string, gender: 'm' | 'f'): string[] {
  if (gender === 'm') {
    if (/й$/.test(name)) { const st = name.slice(0, -1); return [st + 'я', st + 'ю', st + 'ем', st + 'е']; }
    if (/ь$/.test(name)) { const st = name.slice(0, -1); return [st + 'я', st + 'ю', st + 'ем', st + 'е']; }
    if (/а$/.test(name)) { const st = name.slice(0, -1); return [st + 'ы', st + 'и', st + 'е', st + 'у', st + 'ой']; }
    // "Илья" → Ильи, Илье, Илью, Ильей.
    if (/ья$/.test(name)) { const st = name.slice(0, -1); return [st + 'и', st + 'е', st + 'ю', st + 'ей']; }
    if (/[оиуеэюыя]$/.test(name)) return [];
    // A fleeting vowel: Павел → Павла, Лев → Льва.
    const st = name === 'Лев' ? 'Льв' : /^Павел$/.test(name) ? 'Павл' : name;
    return [st + 'а', st + 'у', st + 'ом', st + 'ем', st + 'е'];
  }
  if (/ия$/.test(name)) { const st = name.slice(0, -2); return [st + 'ии', st + 'ию', st + 'ией']; }
  if (/ья$/.test(name)) { const st = name.slice(0, -1); return [st + 'и', st + 'е', st + 'ю', st + 'ей']; }
  if (/[гкхжшщч]а$/.test(name)) { const st = name.slice(0, -1); return [st + 'и', st + 'е', st + 'у', st + 'ой']; }
  if (/а$/.test(name)) { const st = name.slice(0, -1); return [st + 'ы', st + 'е', st + 'у', st + 'ой']; }
  if (/я$/.test(name)) { const st = name.slice(0, -1); return [st + 'и', st + 'е', st + 'ю', st + 'ей']; }
  // "Любовь" → Любови (and Любви), Любовью; "Нинель" → Нинели.
  if (/ь$/.test(name)) { const st = name.slice(0, -1); return [st + 'и', st + 'ью', ...(/ов$/.test(st) ? [st.slice(0, -2) + 'ви'] : [])]; }
  return [];
}

/** First name by its normalized form (lower case, ё→е). */
export function firstNameLo(lo: string): FirstName | undefined {
  if (!firstNames) firstName('');
  return firstNames!.get(lo);
}

/** First name in any case (normalized) → nominative and gender. */
export function firstName(word: string): FirstName | undefined {
  if (!firstNames) {
    firstNames = new Map();
    const add = (list: string, gender: 'm' | 'f') => {
      for (const name of list.split(/\s+/).filter(Boolean)) {
        const put = (k: string, v: FirstName) => {
          const old = firstNames!.get(k);
          if (!old) firstNames!.set(k, v);
          else if (!old.alt && old.nominative !== v.nominative) old.alt = v;
        };
        put(normalize(name), { nominative: name, gender, isNominative: true });
        for (const f of firstNameForms(name, gender)) put(normalize(f), { nominative: name, gender, isNominative: false });
      }
    };
    add(FEMALE_FIRST_NAMES, 'f');
    add(MALE_FIRST_NAMES, 'm');
  }
  return firstNames.get(normalize(word));
}

const cap = (s: string, like: string) => (/^\p{Lu}/u.test(like) ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/**
 * Candidate nominatives of a surname found in an oblique case, most likely
 * first for the given gender (null: unknown). The word itself comes first
 * when it may already be the nominative.
 */
export function surnameCandidates(word: string, gender: 'm' | 'f' | null, oblique: boolean): readonly string[] {
  const key = (gender ?? '-') + (oblique ? '1' : '0') + word;
  let out = candidateCache.get(key);
  if (!out) {
    if (candidateCache.size > CACHE_LIMIT) candidateCache.clear();
    candidateCache.set(key, (out = computeSurnameCandidates(word, gender, oblique)));
  }
  return out;
}

/** The candidates of surnameCandidates, normalized: lookup keys for registered surnames. */
export function surnameKeys(word: string, gender: 'm' | 'f' | null, oblique: boolean): readonly string[] {
  const key = (gender ?? '-') + (oblique ? '1' : '0') + word;
  let out = keyCache.get(key);
  if (!out) {
    if (keyCache.size > CACHE_LIMIT) keyCache.clear();
    keyCache.set(key, (out = surnameCandidates(word, gender, oblique).map(normalize)));
  }
  return out;
}

// Candidates depend on the word alone, and the same surnames recur through an article
// (and across articles): computed once, not with a dozen regexes at every mention.
const CACHE_LIMIT = 20000;
const candidateCache = new Map<string, readonly string[]>();
const keyCache = new Map<string, readonly string[]>();

function computeSurnameCandidates(word: string, gender: 'm' | 'f' | null, oblique: boolean): string[] {
  const w = word;
  // "Римского-Корсакова" → Римский-Корсаков, "Петровой-Водкиной" → Петрова-Водкина: each half declines.
  const dash = w.indexOf('-');
  if (dash > 1 && /^\p{Lu}/u.test(w.slice(dash + 1))) {
    const both = computeSurnameCandidates(w.slice(0, dash), gender, true)[0]! + '-' + computeSurnameCandidates(w.slice(dash + 1), gender, true)[0]!;
    return oblique ? [...new Set([both, w])] : [...new Set([w, both])];
  }
  const out: string[] = [];
  const push = (s: string) => { const c = cap(s, w); if (!out.includes(c)) out.push(c); };
  if (!oblique) push(w);
  const lo = normalize(w);
  const stem = (n: number) => w.slice(0, w.length - n);
  const male = gender !== 'f';
  const female = gender !== 'm';
  // Female -ова/-ева/-ина/-ская in oblique cases: -овой, -евой, -иной, -ской; -ову (acc).
  if (female && /(ов|ев|ин|ын)ой$/.test(lo)) push(stem(2) + 'а');
  if (female && /(ов|ев|ин|ын)у$/.test(lo)) push(stem(1) + 'а');
  if (female && /(ск|цк)ой$/.test(lo)) push(stem(2) + 'ая');
  if (female && /(ск|цк)ую$/.test(lo)) push(stem(2) + 'ая');
  // Male adjectival surnames: -ского/-скому/-ским/-ском → -ский.
  if (male && /(ск|цк)(ого|ому|им|ом)$/.test(lo)) push(w.replace(/(ого|ому|им|ом)$/i, 'ий'));
  if (male && /(ов|ев|ин|ын)ым$/.test(lo)) push(stem(2));
  // Other adjectival surnames (Толстого → Толстой is left as -ый; rare in news).
  // (After г, к, х, ж, ш, ч, щ the ending is -ий: Долгорукого → Долгорукий.)
  if (male && /(ого|ому|ым|им)$/.test(lo) && !/(ск|цк)/.test(lo) && !/(ов|ев|ин|ын)ым$/.test(lo)) push(w.replace(/(ого|ому|ым|им)$/i, /[гкхжшчщ](ого|ому|им)$/.test(lo) ? 'ий' : 'ый'));
  // Male -ов/-ев/-ин/-ын and consonant-final names: -а, -у, -ым/-ом, -е.
  if (male) {
    if (/(ов|ев|ин|ын)ым$/.test(lo)) push(stem(2));
    if (/[бвгджзклмнпрстфхцчшщ]а$/.test(lo)) push(stem(1));
    // No dative -у rule: sources are not in the dative, and it would cut "Шойгу".
    if (/[бвгджзклмнпрстфхцчшщ]ом$/.test(lo)) push(stem(2));
    if (/[жшщчц]ем$/.test(lo)) push(stem(2));
    if (/[бвгджзклмнпрстфхцчшщ]е$/.test(lo) && oblique) push(stem(1));
    // -ея/-ая (Андрея) → -ей/-ай; -ья → -ий is rarer; -я after a consonant → -ь (Игоря).
    if (/[еа]я$/.test(lo)) push(stem(1) + 'й');
    if (/[бвгдзклмнпрстфх]я$/.test(lo)) push(stem(1) + 'ь');
    // ("Евгения Аркуши", "Анджея Дуды": a man's surname in -а declines like a woman's.)
    if (oblique && gender === 'm' && lo.length >= 5 && (/[гкхжшщч]и$/.test(lo) || /[бвдзлмнпрстф]ы$/.test(lo))) push(stem(1) + 'а');
  }
  // Female -а/-я names: -ы/-и/-е/-у/-ой.
  if (female && !/(ов|ев|ин|ын|ск|цк)ой$/.test(lo)) {
    if (/[бвдзлмнпрстфц]ы$/.test(lo)) push(stem(1) + 'а');
    if (/[гкхжшщч]и$/.test(lo)) push(stem(1) + 'а');
    if (/[^аеиоуыэюя]ой$/.test(lo)) push(stem(2) + 'а');
  }
  if (oblique) push(w);
  return out;
}

/** Nominative of an adjective in an oblique case, agreeing with the given gender / number. */
export function adjectiveNominative(word: string, gender: Gender, plural: boolean): string {
  const lo = normalize(word);
  // ("своих источников" → свои источники: the reflexive possessive declines as a pronoun.)
  if (/^сво(й|его|ему|им|ем|я|ей|ю|е|и|их|ими)$/.test(lo)) return word.slice(0, 3) + (plural ? 'и' : gender === 'f' ? 'я' : gender === 'n' ? 'е' : 'й');
  const m = /^(.*?)(ого|его|ому|ему|ыми|ими|ым|им|ом|ем|ой|ей|ую|юю|ых|их|ая|яя|ое|ее|ые|ие|ый|ий)$/.exec(lo);
  if (!m) return word;
  const st = word.slice(0, m[1]!.length);
  const ending = m[2]!;
  const velar = /[гкхжшщч]$/.test(m[1]!);
  const soft = !velar && /^(его|ему|ими|им|ем|ей|юю|их|яя|ее|ие|ий)$/.test(ending);
  if (plural) return st + (soft || velar ? 'ие' : 'ые');
  if (gender === 'f') return st + (soft ? 'яя' : 'ая');
  if (gender === 'n') return st + (soft ? 'ее' : 'ое');
  // ("областного" → областной, "городского" → городской: an ending under stress.)
  if (!soft && END_STRESSED.test(m[1]!)) return st + 'ой';
  return st + (soft || velar ? 'ий' : 'ый');
}

/** Adjective stems stressed on the ending, frequent in the names of bodies: областной, окружной, краевой, городской. */
const END_STRESSED = /(?:^|-)(?:областн|окружн|краев|городск|миров|морск|делов|боев|передов|больш|полев|лесн|земск|губернск|волостн)$/;

/**
 * A guess at the nominative of a noun the lexicon lacks, in an oblique case, from the gender and number its
 * adjective shows: "минсельхоза" (m) → минсельхоз, "метеостанции" (f) → метеостанция, "актов" (pl) → акты.
 * Unchanged when the ending says nothing.
 */
export function guessNounNominative(word: string, gender: Gender, plural: boolean): string {
  const lo = normalize(word);
  const cut = (n: number, add: string) => word.slice(0, word.length - n) + add;
  if (plural) {
    if (/[гкхжшщч](ов|ах|ам|ами)$/.test(lo)) return cut(/ами$/.test(lo) ? 3 : 2, 'и');
    if (/(ов|ах|ам)$/.test(lo)) return cut(2, 'ы');
    if (/ами$/.test(lo)) return cut(3, 'ы');
    if (/ей$/.test(lo)) return cut(2, 'и');
    return word;
  }
  if (gender === 'f') {
    if (/ии$/.test(lo)) return cut(1, 'я');
    if (/[гкхжшщч]и$/.test(lo) || /ы$/.test(lo)) return cut(1, 'а');
    if (/[^аеиоуыэюя](ой|е|у)$/.test(lo)) return cut(/ой$/.test(lo) ? 2 : 1, 'а');
    return word;
  }
  if (gender === 'n') {
    if (/[^аеиоуыэюя]а$/.test(lo)) return cut(1, 'о');
    return word;
  }
  if (/[^аеиоуыэюя](а|у|е)$/.test(lo)) return cut(1, '');
  if (/[^аеиоуыэюя]ом$/.test(lo)) return cut(2, '');
  if (/[аеиоуэюя]я$/.test(lo)) return cut(1, 'й');
  return word;
}

/** Does the word look like an adjective (any case)? */
export const ADJECTIVE = /(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)$|^сво[ия]$/;
/** Nominative adjective endings (ambiguous -ой is left out). */
// (Nor genitive plurals of -ия nouns: "территорий", "компаний", "станций".)
export const NOMINATIVE_ADJECTIVE = /^(?!\p{L}*(?:[еа]ние|тие|вие|зие|дие|[аеоу]ний|рий|ций|сий|зий|дий|вий|лий|мий|пий|бий|фий)$)\p{L}{2,}(ый|ий|ая|яя|ое|ее|ые|ие)$/u;

/** Genitive of a country name: Россия → России, Китай → Китая, Южная Корея → Южной Кореи; США, КНДР stay. */
export function countryGenitive(name: string): string {
  return name.split(' ').map((w) => {
    if (/^\p{Lu}+$/u.test(w)) return w;
    if (/ая$/.test(w)) return w.slice(0, -2) + 'ой';
    if (/ия$/.test(w)) return w.slice(0, -1) + 'и';
    if (/[гкхжшщч]а$/.test(w)) return w.slice(0, -1) + 'и';
    if (/а$/.test(w)) return w.slice(0, -1) + 'ы';
    if (/[йь]$/.test(w)) return w.slice(0, -1) + 'я';
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) return w + 'а';
    return w;
  }).join(' ');
}

/**
 * Genitive of a person's canonical name, for "адвокат Олега Ветрова", "мать Анны Седовой". Words the rules
 * do not know how to decline (foreign names in -о, -и, -у; Korean syllables) stay as they are.
 */
export function personGenitive(name: string, gender: 'm' | 'f' | 'n' | null): string {
  const words = name.split(' ');
  return words.map((w, k) => {
    const lo = normalize(w);
    const fn = k === 0 ? firstNameLo(lo) : undefined;
    const g = fn?.gender ?? gender;
    if (w.length <= 2 || /\./.test(w) || /^\p{Lu}+$/u.test(w)) return w;
    if (g === 'f') {
      if (/(ова|ева|ина|ына)$/.test(lo) && !fn) return w.slice(0, -1) + 'ой';
      if (/(ская|цкая)$/.test(lo)) return w.slice(0, -2) + 'ой';
      if (/ия$/.test(lo)) return w.slice(0, -1) + 'и';
      if (/[гкхжшщч]а$/.test(lo)) return w.slice(0, -1) + 'и';
      if (/а$/.test(lo)) return w.slice(0, -1) + 'ы';
      if (/я$/.test(lo)) return w.slice(0, -1) + 'и';
      if (fn && /ь$/.test(lo)) return w.slice(0, -1) + 'и';
      return w;
    }
    if (g !== 'm') return w;
    if (fn) {
      if (w === 'Павел') return 'Павла';
      if (w === 'Лев') return 'Льва';
    }
    if (/(ский|цкий)$/.test(lo)) return w.slice(0, -2) + 'ого';
    if (/[гкх]ий$/.test(lo)) return w.slice(0, -2) + 'ого';
    if (/ий$/.test(lo) && fn) return w.slice(0, -2) + 'ия';
    if (/ый$/.test(lo)) return w.slice(0, -2) + 'ого';
    if (/ой$/.test(lo) && lo.length > 4) return w.slice(0, -2) + 'ого';
    if (/й$/.test(lo)) return w.slice(0, -1) + 'я';
    if (/ь$/.test(lo)) return w.slice(0, -1) + 'я';
    if (/ья$/.test(lo)) return w.slice(0, -1) + 'и';
    if (/[гкхжшщч]а$/.test(lo)) return w.slice(0, -1) + 'и';
    if (/а$/.test(lo)) return w.slice(0, -1) + 'ы';
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(lo)) return w + 'а';
    return w;
  }).join(' ');
}
