// The document's named entities, found once per text by a cheap scan of
// capitalised runs: full names ("Robby Mook"), titles ("Sen.", "President")
// and the roles they stand for, genders from titles and first names. Short
// mentions resolve to the fullest earlier form ("Mook", "Mr. Mook" → "Robby
// Mook"), roles to the person who holds them ("the senator").
import { TITLES, MALE_TITLES, FEMALE_TITLES, PRINCIPAL_BODIES } from './lexicon/titles.js';
import { MEDIA, MEDIA_WORDS } from './lexicon/media.js';
import { FUNCTION_WORDS, GROUP_NAMES, DETERMINERS, SUBJECT_PRONOUNS } from './lexicon/words.js';
import { firstNameGender, nameType } from './tagger.js';

export type EntityType = 'person' | 'organization' | 'media' | 'document';
export type Gender = 'm' | 'f' | null;

export interface Mention {
  start: number;
  end: number;
  /** The name as written, titles stripped ("Mook"). */
  name: string;
  title: string | null;
}

export interface Entity {
  name: string;
  words: string[];
  gender: Gender;
  roles: Set<string>;
  first: number;
}

const MEDIA_BY_KEY = new Map(MEDIA.map((m) => [key(m), m]));
const ORG_END = /^(?:department|committee|party|campaign|association|institute|university|center|centre|council|agency|bureau|commission|foundation|fund|group|inc\.?|corp\.?|company|corporation|coalition|union|administration|office|court|house|senate|congress|ministry|government|service|services|project|network|board|authority|police|army|navy|bank|times|post|news|journal|poll|survey|report|pac|fbi|cia|nsa|gop|rnc|dnc|naacp|aclu|un|nato|eu|ice|fec|usc)$/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.|(?:de|van|von|der|da|di|du|la|le|bin|al|ibn|del|dos)|Jr\.?|Sr\.?|II|III|IV)$/u;
const STARTERS = new Set([
  ...FUNCTION_WORDS, ...DETERMINERS, ...Object.keys(SUBJECT_PRONOUNS), 'but', 'and', 'in', 'on', 'at', 'after',
  'before', 'when', 'while', 'if', 'as', 'so', 'yet', 'still', 'also', 'then', 'now', 'although', 'though', 'since',
  'because', 'during', 'despite', 'like', 'unlike', 'for', 'with', 'without', 'asked', 'meanwhile', 'however',
  'according', 'last', 'next', 'this', 'that', 'there', 'here', 'where', 'why', 'how', 'what', 'who', 'under',
  'over', 'among', 'about', 'even', 'just', 'only', 'speaking', 'writing', 'i', "i'm", 'we', 'our', 'my', 'your',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mr', 'mrs', 'ms',
]);

/** Capitalised words in front of a name that describe the person instead of naming them. */
const MODIFIERS = new Set([
  'republican', 'republicans', 'democrat', 'democratic', 'gop', 'independent', 'libertarian', 'conservative', 'liberal',
  'senate', 'house', 'ranking', 'minority', 'majority', 'intelligence', 'ceo', 'cfo', 'chairman', 'chairwoman',
  'secretary', 'president', 'former', 'vice', 'senator', 'sen', 'rep', 'gov', 'governor', 'mayor', 'leader', 'speaker',
  'director', 'chief', 'judge', 'justice', 'general', 'gen', 'attorney', 'candidate', 'nominee', 'presidential',
  'state', 'federal', 'national', 'press', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'strategist', 'pollster',
  'commissioner', 'ambassador', 'minister', 'prime', 'chancellor', 'king', 'queen', 'prince', 'pope', 'dr', 'mr', 'mrs',
  'ms', 'professor', 'prof', 'host', 'anchor', 'correspondent', 'reporter', 'editor', 'columnist', 'author', 'founder',
  'manager', 'chair', 'coach', 'sheriff', 'officer', 'detective', 'lt', 'col', 'capt', 'sgt', 'adm', 'rev', 'sir',
  'american', 'british', 'russian', 'ukrainian', 'german', 'french', 'chinese', 'israeli', 'latvian', 'polish', 'mexican',
  'canadian', 'syrian', 'iranian', 'turkish', 'saudi', 'european', 'white', 'widow', 'billionaire', 'businessman',
]);

export function key(s: string): string {
  return s.toLowerCase().replace(/[’']s$/, '').replace(/^the\s+/, '').replace(/[’'".]/g, '').replace(/\s+/g, ' ').trim();
}

/** The canonical outlet for a name, if it is one ("the New York Times" → "The New York Times"). */
export function mediaName(name: string): string | null {
  return MEDIA_BY_KEY.get(key(name)) ?? null;
}

export class Entities {
  readonly mentions: Mention[] = [];
  private byLast = new Map<string, Entity[]>();
  private all: Entity[] = [];
  private typeCache = new Map<string, EntityType>();

  constructor(private text: string) {
    this.scan();
  }

  private scan(): void {
    const re = /\p{Lu}[\p{L}\p{N}'’\-]*\.?(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}'’\-]*\.?|\p{Lu}\.|de|van|von|der|da|bin|al|del)(?![\p{L}]))*/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text))) {
      if (m.index > 0 && /[\p{L}\p{N}]/u.test(this.text[m.index - 1]!)) continue;
      let words = m[0].split(/[ \t]+/);
      let offset = m.index;
      let title: string | null = null;
      // Drop sentence starters and titles in front ("But Sen. Ted Cruz").
      while (words.length > 1) {
        const lo = words[0]!.toLowerCase().replace(/’/g, "'");
        if (STARTERS.has(lo.replace(/\.$/, '')) && !(lo in TITLES)) { offset += words[0]!.length + 1; words = words.slice(1); continue; }
        if (lo in TITLES) { title = lo; offset += words[0]!.length + 1; words = words.slice(1); continue; }
        break;
      }
      offset = this.text.indexOf(words[0]!, offset);
      let last = words[words.length - 1]!;
      last = last.replace(/[’']s$/, '').replace(/[’']$/, '');
      words[words.length - 1] = last;
      if (!last) continue;
      const name = words.join(' ').replace(/\.$/, (d) => (/\b\p{Lu}\.$|Jr\.$|Sr\.$/u.test(words.join(' ')) ? d : ''));
      const lo = words[0]!.toLowerCase();
      if (words.length === 1 && (STARTERS.has(lo) || GROUP_NAMES.has(lo))) continue;
      const end = offset + name.length;
      this.mentions.push({ start: offset, end, name, title });
      if (words.length >= 2 && words.every((w) => NAME_WORD.test(w))) {
        // "Republican Donald Trump", "Wells Fargo CEO John Stumpf": the name is the run after the last modifier.
        let cut = 0;
        for (let i = words.length - 2; i >= 0; i--) if (MODIFIERS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) { cut = i + 1; break; }
        const kept = words.slice(cut);
        if (kept.length >= 2) this.register(kept.join(' '), offset, title);
        else if (title) this.register(name, offset, title);
      } else if (title) this.register(name, offset, title);
    }
  }

  private register(name: string, at: number, title: string | null): void {
    const words = name.split(' ');
    const lastKey = key(words[words.length - 1]!);
    let list = this.byLast.get(lastKey);
    if (!list) this.byLast.set(lastKey, (list = []));
    let e = list.find((x) => x.name === name);
    if (!e) {
      // A longer form of a known name replaces nothing: both are kept, the fuller wins on lookup.
      e = { name, words, gender: null, roles: new Set(), first: at };
      list.push(e);
      this.all.push(e);
    }
    if (title) {
      if (MALE_TITLES.has(title)) e.gender = 'm';
      if (FEMALE_TITLES.has(title)) e.gender = 'f';
      const role = TITLES[title];
      if (role) e.roles.add(role);
    }
  }

  /**
   * The canonical full name for a name as written at `pos`: the fullest
   * registered name whose last word is this name's last word (or whose words
   * include all of this one's), preferring one introduced before `pos`.
   */
  canonical(name: string, pos: number, gender: Gender = null): string {
    const clean = name.replace(/[’']s$/, '').trim();
    const media = mediaName(clean);
    if (media) return media;
    const words = clean.split(/\s+/);
    const lastKey = key(words[words.length - 1]!);
    const list = this.byLast.get(lastKey) ?? [];
    const wanted = words.map(key);
    const fits = list.filter((e) => wanted.every((w) => e.words.some((x) => key(x) === w)));
    if (!fits.length) {
      // "the Times" → the outlet named earlier that ends the same way.
      if (words.length === 1 && MEDIA_WORDS.has(lastKey)) {
        const earlier = this.mentions.filter((m) => m.start < pos && key(m.name).endsWith(lastKey) && m.name.includes(' '));
        const best = earlier.map((m) => mediaName(m.name) ?? m.name).pop();
        if (best) return best;
      }
      return clean;
    }
    let pool = fits;
    // "Mr. Clinton" is Bill, "Mrs. Clinton" Hillary.
    if (gender) {
      const same = pool.filter((e) => this.gender(e.name) === gender);
      if (same.length) pool = same;
    }
    const before = pool.filter((e) => e.first <= pos);
    if (before.length) pool = before;
    // The first-introduced name (the article's main person of that surname); a fuller form of it wins.
    let best = pool[0]!;
    for (const e of pool) if (e.first < best.first) best = e;
    for (const e of pool) if (e.words.length > best.words.length && best.words.every((w) => e.words.includes(w))) best = e;
    return best.name;
  }

  entity(name: string): Entity | undefined {
    const words = name.split(/\s+/);
    return this.byLast.get(key(words[words.length - 1]!))?.find((e) => e.name === name);
  }

  /** Who holds a role ("president", "senator") most recently before pos. */
  byRole(role: string, pos: number): string | null {
    let best: Entity | null = null;
    let bestAt = -1;
    for (const m of this.mentions) {
      if (m.start >= pos || !m.title || TITLES[m.title] !== role) continue;
      if (m.start > bestAt) {
        const canon = this.canonical(m.name, m.start);
        best = this.entity(canon) ?? { name: canon, words: canon.split(' '), gender: null, roles: new Set(), first: m.start };
        bestAt = m.start;
      }
    }
    return best?.name ?? null;
  }

  /** Gender of a person entity: titles, then the first name, then null. */
  gender(name: string): Gender {
    const e = this.entity(name);
    if (e?.gender) return e.gender;
    const words = name.split(' ');
    if (words.length >= 2) {
      const g = firstNameGender(words[0]!);
      if (e) e.gender = g;
      return g;
    }
    return null;
  }

  /** person / organization / media / document for a canonical name. */
  type(name: string): EntityType {
    const hit = this.typeCache.get(name);
    if (hit) return hit;
    let t: EntityType;
    const words = name.split(/\s+/);
    const last = words[words.length - 1]!.toLowerCase();
    if (mediaName(name)) t = 'media';
    else if (/^(?:poll|survey|report|reports|filings|study|data|records|transcript|ad)$/.test(last)) t = 'document';
    else if (ORG_END.test(last) || /^(?:\p{Lu}{2,}|\p{Lu}\.(?:\p{Lu}\.)+)$/u.test(name) && !this.entity(name)?.roles.size) t = 'organization';
    else if (this.entity(name)?.roles.size || (this.entity(name)?.gender)) t = 'person';
    else {
      const nt = nameType(name);
      t = nt === 'person' ? 'person' : nt === 'other' && words.length >= 2 && words.length <= 4 && firstNameGender(words[0]!) ? 'person' : nt === 'other' && words.length === 1 ? 'person' : 'organization';
      if (nt === 'place') t = 'organization';
    }
    this.typeCache.set(name, t);
    return t;
  }

  /** The principal of "the X campaign" mentioned most recently before pos. */
  lastPrincipal(pos: number): string | null {
    const re = /\b(\p{Lu}[\p{L}'’\-]+)(?:[’']s)?\s+(?:\p{Ll}+\s+)?(campaign|team|administration|camp)\b/gu;
    let found: string | null = null;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text)) && m.index < pos) {
      if (PRINCIPAL_BODIES.has(m[2]!) && !STARTERS.has(m[1]!.toLowerCase())) found = this.canonical(m[1]!, m.index);
    }
    return found;
  }
}
