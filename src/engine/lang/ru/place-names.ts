// The nominative of a one-word place named in the prepositional case after
// "в": "в Киеве заявили" is Киев, "в Анкаре" Анкара, "в Брюсселе" Брюссель,
// "в Никосии" Никосия. The ending "-е" hides the gender, so a listed city
// comes first, then the other forms of the same word in the article
// ("Анкары", "Брюсселя"), then the shape of the stem.
import { CITIES_NOT_HARD, CITIES_SOFT_FEMININE } from './lexicon/names.js';

/** Prepositional form (lower case) → nominative, for the listed cities ("в Анкаре", "в Казани"). */
const LISTED = new Map([
  ...CITIES_NOT_HARD.map((c) => [c.toLowerCase().replace(/[аь]$/, '') + 'е', c] as const),
  ...CITIES_SOFT_FEMININE.map((c) => [c.toLowerCase().slice(0, -1) + 'и', c] as const),
]);

const LETTER = /[\p{L}-]/u;
/** Endings of the same word that only a feminine noun in -а has (Анкары, Анкарой), and only a soft one in -ь (Брюсселя, Брюсселем). */
const FEMININE_ENDINGS = new Set(['ы', 'ой', 'ою']);
const SOFT_ENDINGS = new Set(['ь', 'я', 'ю', 'ем', 'ём']);

// (One answer per stem and text: a long text with many places is scanned once per town, not once per mention.)
let cachedText = '';
const cache = new Map<string, 'а' | 'ь' | ''>();

/** What the other forms of the stem in the text say: 'а', 'ь', or '' when they say nothing or disagree. */
function endingInText(stem: string, text: string): 'а' | 'ь' | '' {
  if (text !== cachedText) { cachedText = text; cache.clear(); }
  let found = cache.get(stem);
  if (found === undefined) cache.set(stem, (found = scanEndings(stem, text)));
  return found;
}

function scanEndings(stem: string, text: string): 'а' | 'ь' | '' {
  let feminine = false, soft = false;
  for (let i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + 1)) {
    if (i > 0 && LETTER.test(text[i - 1]!)) continue;
    let j = i + stem.length;
    while (j < text.length && j - i - stem.length < 3 && LETTER.test(text[j]!)) j++;
    if (j < text.length && LETTER.test(text[j]!)) continue;
    const ending = text.slice(i + stem.length, j);
    if (FEMININE_ENDINGS.has(ending)) feminine = true;
    else if (SOFT_ENDINGS.has(ending)) soft = true;
  }
  return feminine === soft ? '' : feminine ? 'а' : 'ь';
}

export function placeNominative(w: string, text: string): string {
  const listed = LISTED.get(w.toLowerCase());
  if (listed) return listed;
  if (/ии$/.test(w)) return w.slice(0, -1) + 'я';
  if (!/е$/.test(w)) return w;
  const stem = w.slice(0, -1);
  const seen = endingInText(stem, text);
  if (seen) return stem + seen;
  // ("в Росимуществе", "в Казначействе": a body's name in "-ство" is neuter.)
  if (/ств$/.test(stem)) return stem + 'о';
  // Севастополе, Симферополе, Мариуполе: the Greek "-поль" towns.
  if (/пол$/.test(stem)) return stem + 'ь';
  if (/[бвгджзклмнпрстфхцчшщ]в$/.test(stem)) return stem + 'а';
  if (/[аеиоуыэюяё][бвгджзклмнпрстфхцчшщ]$|(нт|ст|рт|рд|нд|рк|нк|лт|ск|зд|кс|пт|рг|нг|нс|рс)$/.test(stem)) return stem;
  return w;
}
