// Who is who in one article: the people named in it (collected before the
// cue scan, so "Климкина" finds "Павел Климкин"), and every source the scan
// has attributed so far. Pronouns and short mentions ("министр",
// "ведомство", "агентство") resolve to the latest compatible one.
import type { Grade } from '../../types.js';
import { firstName, firstNameLo, surnameCandidates, surnameKeys, type FirstName } from './morph.js';
import { nounForms } from './lexicon/nouns.js';
import { verbForms } from './lexicon/verbs.js';
import { FAMILIAR_NAMES, PLACE_STEMS } from './lexicon/names.js';
import { PREPOSITIONS } from './lexicon/words.js';
import { normalize, type Token } from './tokens.js';
import { countBelow } from '../../sorted.js';

export interface Entity {
  /** Canonical name: "Павел Климкин", "прокуратура Южного округа Нью-Йорка", "источники". */
  name: string;
  grade: Grade;
  gender: 'm' | 'f' | 'n' | null;
  plural: boolean;
  /** Normalized nominative surname, for persons. */
  surname?: string;
  /** Head noun lemma for organizations and groups ("прокуратура"). */
  head?: string;
  /** Role nouns the article gave this person ("канцлер"). */
  roles: Set<string>;
}

export interface Mention {
  entity: Entity;
  pos: number;
  /** The entity was a source of an attribution here (not just named). */
  speaker: boolean;
  /** Named in an oblique case ("с мэром Петром Сидоровым"): not the subject of its clause. */
  oblique?: boolean;
}

const OBLIQUE_MARKERS = new Set(['словам', 'мнению', 'данным', 'информации', 'оценке', 'утверждению', 'сообщению', 'версии', 'заявлению']);

/** Is a name at i in an oblique case, judging by the words before it (a preposition, a frame, a noun in the genitive)? */
function obliqueBefore(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = toks[k]!;
    if (!t.word) return false;
    if (OBLIQUE_MARKERS.has(t.lo) || /^(с|со|от|для|у|без|к|о|об|при|после|до|между|среди)$/.test(t.lo)) return true;
    const n = nounForms().get(t.lo);
    if (n) return n.every((f) => !f.nominative);
  }
  return false;
}

/**
 * Is a name at i governed by an oblique word: a frame ("по словам"), a preposition, or a title in an
 * oblique case ("главы МЧС", "пресс-секретаря")? Organizations between the title and the name are its
 * genitive owner and are passed over; a title in the nominative ("председатель комитета") is the name's apposition.
 */
function obliqueTitleBefore(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = toks[k]!;
    if (!t.word) { if (/^[«»"„“]$/.test(t.t)) continue; return false; }
    if (OBLIQUE_MARKERS.has(t.lo) || /^(с|со|от|для|у|без|к|о|об|при|после|до|между|среди)$/.test(t.lo)) return true;
    const n = nounForms().get(t.lo);
    if (!n) { if (t.cap) continue; return false; }
    // (Singular forms only: "главы" is also a nominative plural, which no single name stands beside.)
    const people = n.filter((f) => !f.plural && (f.cat === 'role' || f.cat === 'anon' || f.cat === 'group' || f.cat === 'anon-bare'));
    if (!people.length) continue;
    // ("Жена пасечника Валентина Петровна": a genitive owner after a nominative head leaves the name in the nominative.)
    const head = toks[k - 1]?.word ? nounForms().get(toks[k - 1]!.lo) : undefined;
    if (head?.some((f) => !f.plural && f.nominative && f.cat !== 'org' && f.cat !== 'media' && f.cat !== 'document')) return false;
    return people.every((f) => !f.nominative);
  }
  return false;
}

/** Patronymics in any case: Тимофеевич(а), Петровна(ы), Ильич(а), Кузьминична. */
const PATRONYMIC = /(ович|евич|ович[аеуо]м?|евич[аеуо]м?|ьич|ьич[аеу]|ильич|ильича|овн[аыеуо]й?|евн[аыеуо]й?|ичн[аыеуо]й?)$/;

/** Lower-case particles inside foreign surnames. */
const NAME_PARTICLES = new Set(['фон', 'дер', 'де', 'ди', 'да', 'дю', 'ван', 'дель', 'делла', 'ла', 'ле', 'аль', 'эль', 'бен', 'бин', 'ибн', 'оглы', 'кызы']);

/** First name and patronymic (normalized, lower case) → surname, for the leaders of FAMILIAR_NAMES. */
const FAMILIAR = new Map(FAMILIAR_NAMES.map(([fp, surname]) => [normalize(fp.toLowerCase()), surname]));

const SURNAME_FEMALE = /(ова|ева|ина|ына|ская|цкая)$/;
/** Finite verbs by their shape: "поблагодарил", "встретилась", "назначает". */
const FINITE_SHAPE = /\p{L}{2}(л|ла|ли|ло|лся|лась|лись|ет|ит|ют|ят|ут|ат)$/u;

export class Entities {
  readonly people: Entity[] = [];
  private readonly bySurname = new Map<string, Entity>();
  /** Mentions found before the scan (people named anywhere), sorted by position. */
  private named: Mention[] = [];
  /** Sources in the order the scan attributed them (positions nearly ascending). */
  private spoken: Mention[] = [];
  /** Entities by canonical name, so one outlet or body is one entity. */
  readonly byName = new Map<string, Entity>();
  private surnamePrefixes = new Set<string>();
  /** People by first name and patronymic ("григорий тимофеевич"). */
  private readonly byPatronymic = new Map<string, Entity>();
  /** People by first name (a few each), for a first name and patronymic the article never wrote out in full. */
  private readonly byFirst = new Map<string, Entity[]>();
  /** Every capitalized word of the text (normalized, lower case): is a leader's surname there? */
  private readonly capitalized = new Set<string>();
  /** People by their full name, for two of one surname ("Артем Гаврилюк", "Олег Гаврилюк"). */
  private readonly byFullName = new Map<string, Entity>();

  /** Registers the people named in these sentences (first name + surname, initial + surname). */
  collect(sentences: Token[][]): void {
    for (const toks of sentences) for (const t of toks) if (t.cap && t.word) this.capitalized.add(normalize(t.lo));
    for (const toks of sentences) {
      for (let i = 0; i < toks.length; i++) {
        // Cheap filter first: a capitalized word that is a first name, or has an initial's dot.
        const t = toks[i]!;
        if (!t.cap) continue;
        if (!(firstNameLo(t.lo) || t.t.length <= 2 || t.t.indexOf('.') > 0)) {
          const e = this.titledUnknownFirstName(toks, i);
          if (e) { this.mention(e, t.start, false, false); i++; }
          continue;
        }
        const p = this.personAt(toks, i, true);
        if (p) {
          // ("с госсекретарем США Энтони Блинкеном": an indeclinable first name is oblique by the words before it.)
          this.mention(p.entity, toks[i]!.start, false, !p.entity.name.toLowerCase().startsWith(t.lo) || obliqueTitleBefore(toks, i));
          i = p.end - 1;
        }
      }
    }
    // Later mentions by surname alone ("Дэвис", "Меркель") keep a person recent for pronouns.
    for (const toks of sentences) {
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        if (!t.cap || !t.word || i > 0 && toks[i - 1]!.cap && toks[i - 1]!.word) continue;
        if (!this.surnamePrefixes.has(t.lo.slice(0, 3)) || firstNameLo(t.lo)) continue;
        const e = this.findSurname(t.t, null, true);
        if (e) this.mention(e, t.start, false, !e.name.toLowerCase().endsWith(t.lo));
      }
    }
    // A first name alone ("Сам Артем вышел к журналистам") is the one person of that first name the article named in full.
    for (const toks of sentences) {
      // (Not inside a quote: "«Станислав и Милана вместе»" are someone's words, not the text naming them.)
      let open = 0;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        if (!t.word) { if (/^[«„“]$/.test(t.t)) open++; else if (/^[»”]$/.test(t.t)) open = Math.max(0, open - 1); continue; }
        if (open > 0) continue;
        // (A capital before it is part of a name, unless it only opens the sentence: "Сам Артем".)
        const capBefore = i > 0 && toks[i - 1]!.cap && toks[i - 1]!.word && (i > 1 || !!firstNameLo(toks[0]!.lo));
        if (!t.cap || !t.word || capBefore || toks[i + 1]?.cap && toks[i + 1]!.word) continue;
        const fn = firstNameLo(t.lo);
        const same = fn ? this.byFirst.get(normalize(fn.nominative)) : undefined;
        if (!fn || same?.length !== 1 || same[0]!.gender !== fn.gender) continue;
        this.mention(same[0]!, t.start, false, !fn.isNominative);
      }
    }
    // Not sorted here: the finder notes outlets next and sorts once (sortNamed).
  }

  /**
   * "Министр финансов Ерулан Жамаубаев", "аким района Гульнара Сейтова": a first name no lexicon lists, then a surname
   * in the nominative, right after a person's title in the nominative — a person a later "он"/"она" or surname may mean.
   * (Only in the nominative, where the surname tells the gender: "министра Ерулана Жамаубаева" could be either.)
   */
  private titledUnknownFirstName(toks: Token[], i: number): Entity | null {
    const t = toks[i]!;
    const s = toks[i + 1];
    if (!s?.cap || !s.word || !t.word || t.t.length < 3 || /^\p{Lu}+$/u.test(t.t) || /^\p{Lu}+$/u.test(s.t) || toks[i + 2]?.cap && toks[i + 2]!.word) return null;
    const lo = normalize(s.lo);
    const gender = /\p{L}{2}(ова|ева|ина|ына|ская|цкая)$/u.test(lo) ? 'f' : /\p{L}{2}(ов|ев|ин|ын|ский|цкий)$/u.test(lo) ? 'm' : null;
    // ("главный тренер Деян Станкович", "министр Оксана Ткачук": a surname that does not change with gender — South Slavic "-вич",
    // Ukrainian "-енко", "-чук", Georgian "-швили", "-дзе", Armenian "-ян" — names a person of either.)
    const invariant = !gender && /\p{L}{2}(вич|ич|енко|чук|щук|швили|дзе|ян)$/u.test(lo);
    // ("Президент Франции Эмманюэль Макрон посетил Берлин", "Министр иностранных дел Турции Хакан Фидан прибыл": a foreign name
    // of any shape, right after a title and right before a past verb, which tells the gender.)
    const v = toks[i + 2];
    const byVerb = !gender && !invariant && !!v?.word && !v.cap && /^[а-яё-]+$/i.test(s.t) && /[аеиоуыэюяйь]$|[бвгджзклмнпрстфхцчшщ]$/.test(lo)
      ? /\p{L}{2}(ал|ял|ил|ел|ыл|ул|ал)(ся)?$/u.test(v.lo) ? 'm' : /\p{L}{2}(ала|яла|ила|ела|ыла|ула)(сь)?$/u.test(v.lo) ? 'f' : null : null;
    if (!gender && !invariant && !byVerb || !/[а-яё]/i.test(t.t) || PLACE_STEMS.test(t.lo) || nounForms().has(t.lo) || PLACE_STEMS.test(s.lo) || nounForms().has(s.lo)) return null;
    if (this.bySurname.has(lo)) return null;
    // The title: a singular person noun in the nominative, over its genitive owner ("финансов", "МВФ", "«Вектора»").
    let role: string | undefined;
    for (let k = i - 1, words = 0; k >= 0 && words < 5 && !role; k--) {
      const x = toks[k]!;
      if (!x.word) { if (/^[«»"„“]$/.test(x.t)) continue; break; }
      words++;
      const forms = nounForms().get(x.lo);
      // (A word the lexicon lacks is the owner's — "финансов", "иностранных дел" — unless it is a preposition or a verb.)
      // ("иностранных дел": a noun, whatever its shape.)
      if (!forms) { if (x.cap || !PREPOSITIONS.has(x.lo) && !verbForms().has(x.lo) && (!FINITE_SHAPE.test(x.lo) || x.lo === 'дел')) continue; break; }
      role = forms.find((f) => !f.plural && f.nominative && (f.cat === 'role' || f.cat === 'anon'))?.lemma;
      // (A body between is the title's owner: "представитель МИД", "глава министерства".)
      // ("Коллега актрисы Гурам Натадзе": a genitive singular that is also a nominative plural is the owner too.)
      if (!role && !forms.every((f) => !f.nominative || f.plural || f.cat === 'org' || f.cat === 'media')) break;
    }
    if (!role) return null;
    const e: Entity = { name: `${t.t} ${s.t}`, grade: 'person', gender: gender ?? byVerb, plural: false, surname: lo, roles: new Set([role]) };
    this.addPerson(e);
    return e;
  }

  /** Sorts the mentions noted by collect() and after it into text order. */
  sortNamed(): void {
    this.named.sort((a, b) => a.pos - b.pos);
  }

  /** The last speaker mention before pos. */
  lastSpeaker(pos: number): Mention | undefined {
    for (let k = upper(this.spoken, pos) - 1; k >= 0; k--) if (this.spoken[k]!.pos < pos) return this.spoken[k];
    return undefined;
  }

  /**
   * A person's name starting at token i: a first name (any case) followed by
   * one or two capitalized words, or an initial ("Д.Туск", "В. Путин").
   */
  personAt(toks: Token[], i: number, register: boolean, obliqueHint?: boolean): { entity: Entity; end: number } | null {
    // i may be one past the sentence's last token (a trailing comma).
    const t = toks[i];
    if (!t?.cap) return null;
    // "Д.Туск": initial glued to the surname.
    const glued = t.t.indexOf('.') > 0 ? /^(\p{Lu}{1,2})\.(\p{Lu}[\p{Ll}-]+)$/u.exec(t.t) : null;
    if (glued) return this.bySurnameMention(glued[2]!, null, i + 1, register, t.t);
    // "В. Путин"
    if (t.t.length <= 2 && toks[i + 1]?.t === '.' && /^\p{Lu}[\p{Ll}]?$/u.test(t.t) && toks[i + 2]?.cap && toks[i + 2]!.word) {
      return this.bySurnameMention(toks[i + 2]!.t, null, i + 3, register, t.t + '.');
    }
    let fn = firstName(t.t);
    if (!fn) return null;
    const parts: Token[] = [];
    for (let k = i + 1; k < toks.length && parts.length < 3; k++) {
      const n = toks[k]!;
      // "Урсулы фон дер Ляйен", "Леонардо да Винчи": a particle inside a foreign surname.
      if (n.word && !n.cap && NAME_PARTICLES.has(n.lo) && (toks[k + 1]?.cap || NAME_PARTICLES.has(toks[k + 1]?.lo ?? '') && toks[k + 2]?.cap)) { parts.push(n); continue; }
      if (!n.word || !n.cap || /^\p{Lu}+$/u.test(n.t) && n.t.length > 1 || PLACE_STEMS.test(n.lo)) break;
      if (nounForms().has(n.lo)) break;
      // "адвокат Олега Мартынова Вера Сомова": another first name starts another person.
      // ("Реджепа Тайипа Эрдогана": a second first name right after the first, in the same case, is a middle name; "Олег Ким" its surname.)
      const second = firstNameLo(n.lo);
      // (A first name that ends the run — "Эрдоган" is one too — is the surname.)
      const nextCap = !!toks[k + 1]?.cap && !!toks[k + 1]!.word;
      if (second && (parts.length ? nextCap : nextCap && second.isNominative !== fn.isNominative)) break;
      parts.push(n);
    }
    if (!parts.length) return null;
    // "Евгения Минченко" is a man in the genitive; "Евгения Маркова" a woman; a verb after the name decides first.
    if (fn.alt) {
      const female = this.ambiguousIsFemale(toks, i, parts, fn);
      if ((fn.gender === 'f') !== female && fn.alt.gender === (female ? 'f' : 'm')) fn = fn.alt;
    }
    // Korean and similar names keep their syllables as written ("Ким Чен Ын").
    const allShort = parts.every((p) => p.t.length <= 3);
    // An indeclinable first name ("Уилли") says nothing about case: look at the words before it.
    // (A first name that declines and stands in its nominative form — "Евгений", "Анна" — is in the nominative whatever the words
    // before it: "глава Российского топливного союза Евгений Аркуша".)
    // (A woman's name ending in a consonant — "Жанар", "Жылдыз", "Агнес" — does not decline: its case is the surname's.)
    const femaleFixed = fn.gender === 'f' && /[бвгджзклмнпрстфхцчшщй]$/.test(normalize(fn.nominative));
    const declined = !allShort && fn.isNominative && normalize(t.t) === normalize(fn.nominative) && /[бвгджзклмнпрстфхцчшщйья]$/.test(normalize(fn.nominative)) && !fn.alt && !femaleFixed;
    const femaleOblique = femaleFixed && parts.length === 1 && /\p{Ll}{2}(ов|ев|ёв|ин|ын)ой$/u.test(parts[0]!.t);
    const oblique = !fn.isNominative || femaleOblique || !declined && (obliqueHint ?? obliqueBefore(toks, i));
    // A first name in the dative ("Эммануэлю") puts the surname in the dative too ("Макрону").
    const dative = oblique && /[ую]$/.test(t.lo) && fn!.gender === 'm';
    // (A patronymic in the middle declines too: "Григория Тимофеевича Ломакина" → "Григорий Тимофеевич Ломакин".)
    // ("Ким Чен Ына": the last syllable of a Korean name takes the case ending.)
    const surnameParts = parts.map((p, k) => (allShort ? (oblique && k === parts.length - 1 && /[бвгджзклмнпрстфхцчшщ]а$/.test(p.lo) && p.t.length === 3 ? p.t.slice(0, -1) : p.t) : k < parts.length - 1 ? (PATRONYMIC.test(p.lo) ? surnameCandidates(p.t, fn!.gender, oblique)[0]! : firstNameLo(p.lo)?.nominative ?? p.t)
      : dative && /[бвгджзклмнпрстфхцчшщ]у$/.test(p.lo) ? p.t.slice(0, -1)
      // ("с руководителем Яном Бирзе", "Яна Бирзе": a surname's "-е" after a consonant is a case ending only in the prepositional,
      // where the first name ends in "-е" too ("о Яне Петрове"); after any other form it is the surname as written.)
      : oblique && fn!.gender === 'm' && /[бвгджзклмнпрстфхцчшщ]е$/.test(p.lo) && /[бвгджзклмнпрстфхцчшщ](ом|ем|а|я|у|ю)$/.test(t.lo) ? p.t
      : surnameCandidates(p.t, fn!.gender, oblique)[0]!));
    // (The nominative as the text spells it: "Пётр", not the lexicon's "Петр".)
    const first = normalize(t.t) === normalize(fn.nominative) ? t.t : fn.nominative;
    // "Ольга К.": a private person named by the first letter of her surname; the dot belongs to the name.
    const lastPart = parts[parts.length - 1]!;
    const initial = /^\p{Lu}$/u.test(lastPart.t) && toks[toks.indexOf(lastPart) + 1]?.t === '.';
    const name = `${first} ${surnameParts.join(' ')}${initial ? '.' : ''}`;
    const key = normalize(surnameParts[surnameParts.length - 1]!);
    // "Григорий Тимофеевич" after "Григорий Тимофеевич Ломакин": a first name and patronymic are that person.
    const fp = PATRONYMIC.test(normalize(surnameParts[0]!)) ? normalize(`${first} ${surnameParts[0]}`) : null;
    if (fp && parts.length === 1 && this.byPatronymic.has(fp)) return { entity: this.byPatronymic.get(fp)!, end: i + 2 };
    // "Дмитрий Сергеевич" after "Дмитрий Песков": the one person of that first name the article named without a patronymic.
    if (fp && parts.length === 1) {
      const same = (this.byFirst.get(normalize(first)) ?? []).filter((p) => p.gender === fn!.gender && p.name.split(' ').length === 2);
      if (same.length === 1) { this.byPatronymic.set(fp, same[0]!); return { entity: same[0]!, end: i + 2 }; }
      // ("самого Александра Григорьевича" in a story that names Лукашенко by surname alone: the press's familiar name for him.)
      const surname = FAMILIAR.get(fp);
      const key = surname ? normalize(surname.toLowerCase()) : '';
      if (surname && [...surnameForms(key)].some((w) => this.capitalized.has(w))) {
        let known = this.bySurname.get(key);
        if (!known || known.gender && known.gender !== fn.gender) {
          if (!register) return null;
          known = { name: `${first} ${surname}`, grade: 'person', gender: fn.gender, plural: false, surname: key, roles: new Set() };
          this.addPerson(known);
        }
        this.byPatronymic.set(fp, known);
        return { entity: known, end: i + 2 };
      }
    }
    let e = this.bySurname.get(key);
    // ("Артем Гаврилюк" … "дяди Артема, Олега Гаврилюка": relatives share a surname; another first name is another person.)
    if (e && e.name.includes(' ')) {
      const known = firstName(e.name.split(' ')[0]!);
      if (known && normalize(known.nominative) !== normalize(fn.nominative) && (!known.alt || normalize(known.alt.nominative) !== normalize(fn.nominative))) e = this.byFullName.get(normalize(name));
    }
    if (!e || (e.gender && e.gender !== fn.gender)) {
      if (!register) return null;
      e = { name, grade: 'person', gender: fn.gender, plural: false, surname: key, roles: new Set() };
      this.addPerson(e);
    }
    if (fp && parts.length > 1 && !this.byPatronymic.has(fp)) this.byPatronymic.set(fp, e);
    // Role words just before the name belong to this person ("канцлер Германии Ангела Меркель").
    // (Six words back; quote marks around an owner's name do not count: "Руководитель поискового отряда «Лесной след» Елена …".)
    for (let k = i - 1, words = 0; k >= 0 && words < 6; k--) {
      if (toks[k]!.word) words++;
      // ("Тренер X похвалил Ивана Облякова": a verb between ends the title's reach; the title is X's.)
      const lo = toks[k]!.lo;
      if (toks[k]!.word && !toks[k]!.cap && (verbForms().has(lo) || lo.length > 4 && /(ал|ял|ил|ел|ла|ли)$/.test(lo) && !nounForms().has(lo))) break;
      // ("Мэр Новосибирска Анатолий Локоть и губернатор Андрей Травников": "и" or another person's first name ends this
      // name's titles; "мэр" is Локоть's, not Травников's.)
      if (toks[k]!.word && (/^(и|или|а)$/.test(lo) || toks[k]!.cap && k < i - 1 && !!firstName(toks[k]!.t) && !!toks[k + 1]?.cap)) break;
      // ("Фермер Олег Сабуров": any person noun is a role of the person it stands before.)
      // ("Жена пасечника Валентина Петровна": a noun in another case than the name is someone else's.)
      // ("Эксперт в беседе с Иваном Петровым": nor is a nominative one before a name in an oblique case.)
      const r = nounForms().get(toks[k]!.lo)?.find((x) => (x.cat === 'role' || x.cat === 'anon' || x.cat === 'group') && (fn!.isNominative ? x.nominative : !x.nominative));
      if (r) e.roles.add(r.lemma);
      // (A quoted owner between the title and the name is passed over: "Гендиректор «Вектора» Павел Ершов".)
      if (!toks[k]!.word && !/^[«»"„“]$/.test(toks[k]!.t)) break;
    }
    return { entity: e, end: i + 1 + parts.length + (initial ? 1 : 0) };
  }

  /**
   * "Валентина", "Александра", "Евгения": a woman in the nominative or a man in the genitive. In order:
   * the verb agreeing with the name (after it, or before it in an inverted clause: "Как заявила Валентина
   * Матвиенко"); a person the article already named with one reading ("Евгений Пригожин" … "Евгения
   * Пригожина"); a frame or a title in an oblique case before it ("по словам главы МЧС Александра
   * Куренкова"); else the surname's shape.
   */
  private ambiguousIsFemale(toks: Token[], i: number, parts: Token[], fn: FirstName): boolean {
    // (Any past form agrees, not only a reporting verb: "Валентина Матвиенко провела заседание".)
    const verbAgr = (t: Token | undefined, any = false) => {
      if (!t?.word || t.cap) return null;
      const v = verbForms().get(t.lo);
      if (v?.agr === 'f' || v?.agr === 'm') return v.agr;
      // (Before the name only a reporting verb inverts its subject: "встретила Александра Иванова" has him as its object.)
      if (!any) return null;
      if (t.lo.length > 4 && /[аеиоуыя]ла(сь)?$/.test(t.lo) && !nounForms().has(t.lo)) return 'f';
      if (t.lo.length > 3 && /[аеиоуыя]л(ся)?$/.test(t.lo) && !nounForms().has(t.lo)) return 'm';
      return null;
    };
    // A patronymic has one gender in every case: "Валентина Петровна", "Валентина Петровича".
    // (The patronymic may close the name: "Александра Григорьевича".)
    const pat = normalize(parts[0]!.t);
    if (/(овн|евн|ичн)\p{L}*$/u.test(pat)) return true;
    if (/(ович|евич|ьич|ильич)\p{L}*$/u.test(pat)) return false;
    const after = verbAgr(toks[i + 1 + parts.length], true);
    if (after) return after === 'f';
    // (Back over a title and its genitive owner, never past a punctuation mark other than a quote.)
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      const t = toks[k]!;
      if (!t.word) { if (/^[«»"„“]$/.test(t.t)) continue; break; }
      const agr = verbAgr(t);
      if (agr) return agr === 'f';
    }
    const last = parts[parts.length - 1]!.t;
    const female = fn.gender === 'f' ? fn : fn.alt!;
    // ("Жена встретила Александра Иванова": right after a verb that reports nothing, the name is its object, a man's accusative.)
    if (verbAgr(toks[i - 1], true) && !verbForms().has(toks[i - 1]!.lo)) return female.isNominative ? false : true;
    const male = fn.gender === 'm' ? fn : fn.alt!;
    for (const [reading, g] of [[female, 'f'], [male, 'm']] as const) {
      const key = surnameKeys(last, g, !reading.isNominative)[0];
      const known = key ? this.bySurname.get(key) : undefined;
      if (known?.gender === g && normalize(known.name).startsWith(normalize(reading.nominative) + ' ')) return g === 'f';
    }
    if (obliqueTitleBefore(toks, i)) return !female.isNominative;
    // ("жительница Каменского Валентина Бойко": a woman's title in the nominative before the name, its place's genitive between.)
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const t = toks[k]!;
      if (!t.word) break;
      if (t.cap) continue;
      if (nounForms().get(t.lo)?.some((f) => f.nominative && !f.plural && f.gender === 'f' && (f.cat === 'role' || f.cat === 'anon'))) return true;
      break;
    }
    const lo = normalize(last);
    // ("Марина Щербак": a man in the genitive would be "Марина Щербака"; a surname ending in a consonant is a woman's, unchanged.)
    return /[ая]$/.test(lo) || /[бвгджзклмнпрстфхцчшщ]$/.test(lo);
  }

  private bySurnameMention(surname: string, gender: 'm' | 'f' | null, end: number, register: boolean, initial: string): { entity: Entity; end: number } | null {
    const found = this.findSurname(surname, gender, false);
    if (found) return { entity: found, end };
    if (!register) return null;
    const g = SURNAME_FEMALE.test(normalize(surname)) ? 'f' : null;
    const e: Entity = { name: `${initial} ${surname}`.replace('. ', '.'), grade: 'person', gender: g, plural: false, surname: normalize(surname), roles: new Set() };
    this.addPerson(e);
    return { entity: e, end };
  }

  /** A registered person whose surname this word is, in any case. */
  findSurname(word: string, gender: 'm' | 'f' | null, oblique: boolean): Entity | undefined {
    for (const c of surnameKeys(word, gender, oblique)) {
      const e = this.bySurname.get(c);
      if (e && (!gender || !e.gender || e.gender === gender)) return e;
    }
    // Not the nominative, but a case form of a registered one ("Климкина").
    if (!oblique) for (const c of surnameKeys(word, gender, true)) {
      const e = this.bySurname.get(c);
      if (e && (!gender || !e.gender || e.gender === gender)) return e;
    }
    return undefined;
  }

  addPerson(e: Entity): void {
    this.people.push(e);
    if (!this.byFullName.has(normalize(e.name))) this.byFullName.set(normalize(e.name), e);
    if (e.surname && e.grade === 'person') {
      const f = normalize(e.name.split(' ')[0]!);
      const list = this.byFirst.get(f);
      if (!list) this.byFirst.set(f, [e]);
      else if (list.length < 3) list.push(e);
    }
    if (e.surname) {
      if (!this.bySurname.has(e.surname)) this.bySurname.set(e.surname, e);
      this.surnamePrefixes.add(e.surname.slice(0, 3));
    }
  }

  /** A person registered under this full name as written ("Дастан Бекешев"). */
  personByFullName(name: string): Entity | undefined {
    return this.byFullName.get(normalize(name));
  }

  personBySurname(key: string): Entity | undefined {
    return this.bySurname.get(key);
  }

  mention(entity: Entity, pos: number, speaker: boolean, oblique = false): void {
    (speaker ? this.spoken : this.named).push({ entity, pos, speaker, oblique });
    if (speaker && !this.byName.has(entity.name)) this.byName.set(entity.name, entity);
  }

  /**
   * The latest entity before pos that fits: a pronoun (gender/number), a
   * short role mention (a person, or a speaker of any kind), an org head.
   */
  latest(pos: number, fits: (m: Mention) => boolean, limit = 80): Entity | undefined {
    return this.latestMention(pos, fits, limit)?.entity;
  }

  /** The mention latest() finds, with where it stands. */
  latestMention(pos: number, fits: (m: Mention) => boolean, limit = 80): Mention | undefined {
    let best: Mention | undefined;
    for (const list of [this.spoken, this.named]) {
      let seen = 0;
      for (let k = upper(list, pos) - 1; k >= 0 && seen < limit; k--) {
        const m = list[k]!;
        if (m.pos >= pos) continue;
        seen++;
        if (best && m.pos < best.pos - 20000) break;
        if (fits(m)) { if (!best || m.pos > best.pos) best = m; break; }
      }
    }
    return best;
  }

  /** The first person named after pos, within reach, that fits: a headline's bare title is introduced below it. */
  firstNamedAfter(pos: number, reach: number, fits: (m: Mention) => boolean): Mention | undefined {
    for (let k = countBelow(this.named, pos, (m) => m.pos); k < this.named.length; k++) {
      const m = this.named[k]!;
      if (m.pos - pos > reach) break;
      if (m.pos > pos && fits(m)) return m;
    }
    return undefined;
  }

  /**
   * For a pronoun: the latest fitting entity, but when that one was only named in an oblique case
   * ("Ким встретился с Петром Сидоровым. По его словам…"), the subject named in the same sentence
   * before it, which a pronoun after the sentence continues. sameSentence tells whether two positions share one.
   */
  antecedent(pos: number, fits: (m: Mention) => boolean, sameSentence: (a: number, b: number) => boolean): Entity | undefined {
    const e = this.latest(pos, fits);
    if (!e) return e;
    const k = upper(this.named, pos) - 1;
    let at = -1;
    for (let j = k; j >= 0 && j > k - 80; j--) if (this.named[j]!.pos < pos && this.named[j]!.entity === e) { at = j; break; }
    const last = at >= 0 ? this.named[at]! : undefined;
    const spokenLater = this.lastSpeaker(pos);
    if (!last?.oblique || spokenLater && spokenLater.pos >= last.pos) return e;
    for (let j = at - 1; j >= 0 && last.pos - this.named[j]!.pos < 300; j--) {
      const m = this.named[j]!;
      if (!sameSentence(m.pos, last.pos)) break;
      if (!m.oblique && m.entity !== e && fits(m)) return m.entity;
    }
    return e;
  }
}

/** Index after the last mention whose position is below pos (lists are sorted, or nearly so for spoken ones). */
function upper(list: Mention[], pos: number): number {
  const lo = countBelow(list, pos, (m) => m.pos);
  // Spoken mentions may be slightly out of order within a sentence: look a little further.
  return Math.min(list.length, lo + 8);
}

/** A surname as it stands in any case: Путин, Путина, Путину, Путиным, Путине; Лукашенко does not decline. */
function surnameForms(key: string): string[] {
  if (/[оиуеэюы]$/.test(key)) return [key];
  if (/(ов|ев|ёв|ин|ын)$/.test(key)) return ['', 'а', 'у', 'ым', 'е'].map((e) => key + e);
  if (/(ова|ева|ина|ына)$/.test(key)) return [key, key.slice(0, -1) + 'ой', key.slice(0, -1) + 'у'];
  if (/ий$/.test(key)) return [key, key.slice(0, -2) + 'ого', key.slice(0, -2) + 'ому', key.slice(0, -2) + 'им', key.slice(0, -2) + 'ом'];
  return ['', 'а', 'у', 'ом', 'е'].map((e) => key + e);
}
