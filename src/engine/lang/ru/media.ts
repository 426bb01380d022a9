// Outlet names in a token run: longest match first, any listed case form.
import { MEDIA, MEDIA_FORMS } from './lexicon/names.js';
import { firstName } from './morph.js';
import { normalize, type Token } from './tokens.js';

interface Entry { words: string[]; canonical: string }
/** A news site's domain in Latin letters: "Sports.kz", "Kaktus.media", "24.kg", "Orda.news". */
const SITE = /^[A-Za-z\d][A-Za-z\d-]*\.(?:ru|kz|kg|uz|by|ua|az|am|ge|tj|md|com|net|info|su|media|news|online|tv|fm|asia|biz|org|io|lv|lt|ee|tm|me|press)$/;
let index: Map<string, Entry[]> | undefined;

/** Agencies with national and regional editions named by a place in the nominative: "Sputnik Грузия", "РИА Новости Крым". */
const EDITIONS = new Set(['Sputnik', 'Спутник', 'РИА Новости']);
/** A country or region as an edition's name; a first name after the agency is someone it spoke to ("сообщила РИА Новости Мария …"). */
const EDITION_PLACE = /^(?:\p{Lu}\p{Ll}+(?:ия|стан)|Крым|Беларусь|Молдова|Литва|Украина|Латвия|Эстония|Азербайджан|Узбекистан|Казахстан|Кыргызстан|Таджикистан|Туркменистан)$/u;
/** "Интерфакс-Украина", "Sputnik-Казахстан": an edition written with a hyphen is one token. */
const HYPHENED_EDITION = /^(Интерфакс|Interfax|Sputnik|Спутник|РИА)-(\p{Lu}\p{L}+)$/u;

function build(): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  const add = (surface: string, canonical: string) => {
    const words = normalize(surface).split(/\s+/);
    const list = map.get(words[0]!) ?? [];
    list.push({ words, canonical });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(words[0]!, list);
  };
  for (const [name, canonical] of MEDIA) add(name, canonical ?? name);
  for (const [form, canonical] of MEDIA_FORMS) add(form, MEDIA.find(([n]) => n === canonical)?.[1] ?? canonical);
  return map;
}

/** An outlet named at token i: its canonical name and the index after it. */
export function mediaAt(toks: Token[], i: number): { canonical: string; end: number } | null {
  index ??= build();
  const t = toks[i];
  if (!t || !t.word) return null;
  // Lower-case words are outlets only when they are domains (vc.ru): "корреспондент" is not "Корреспондент".
  if (!t.cap && !t.lo.includes('.')) return null;
  const list = index.get(t.lo);
  // ("Как сообщает Sports.kz", "Kaktus.media пишет": a news site by its Latin domain, which does not decline.)
  if (!list) {
    const h = HYPHENED_EDITION.exec(t.t);
    if (h && EDITION_PLACE.test(h[2]!) && !firstName(h[2]!)) return { canonical: t.t, end: i + 1 };
    return SITE.test(t.t) ? { canonical: t.t, end: i + 1 } : null;
  }
  for (const e of list) {
    let ok = true;
    for (let k = 1; k < e.words.length; k++) if (toks[i + k]?.lo !== e.words[k]) { ok = false; break; }
    if (!ok) continue;
    const end = i + e.words.length;
    const next = toks[end];
    if (EDITIONS.has(e.canonical) && next?.word && EDITION_PLACE.test(next.t) && !firstName(next.t)) return { canonical: `${e.canonical} ${next.t}`, end: end + 1 };
    return { canonical: e.canonical, end };
  }
  return null;
}
