// Whole-text scans for a name that ends in one of a few head words
// ("Ленинский районный суд Самары", "Ольховского шинного завода"). Run as
// text.matchAll(pattern), such a pattern is tried at every word of the text,
// and its optional adjectives backtrack letter by letter at each: in the
// Russian profile those two scans cost a tenth of the whole analysis. Here the
// pattern is tried only where it can start: at a head word found by a plain
// search, or one or two whole words before it. The matches are the same, in
// the same order, as matchAll would give.

const SPACE = /\s/;
const LETTER = /\p{L}/u;
const sticky = new Map<RegExp, RegExp>();

/** Width of the letter that ends just before i (1, or 2 for an astral letter), or 0 when it is no letter. */
function letterBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER.test(text.slice(i - 2, i)) ? 2 : 0;
  }
  return LETTER.test(text[i - 1]!) ? 1 : 0;
}

/**
 * Every match of `pattern` in text, as text.matchAll(pattern) gives them, for a global /u pattern whose every match
 * starts at one of `heads` or at most `wordsBefore` whole words (letters only, separated by whitespace) before one.
 * `heads` is a global pattern of literal words none of which overlaps another.
 */
export function matchAllNearHeads(text: string, heads: RegExp, pattern: RegExp, wordsBefore: number): RegExpExecArray[] {
  const starts: number[] = [];
  heads.lastIndex = 0;
  for (let m = heads.exec(text); m; m = heads.exec(text)) {
    starts.push(m.index);
    // Back over whitespace, then over one whole run of letters: a word the pattern may start at.
    let j = m.index;
    for (let n = 0; n < wordsBefore; n++) {
      let i = j;
      while (i > 0 && SPACE.test(text[i - 1]!)) i--;
      if (i === j) break;
      let k = i;
      for (let w = letterBefore(text, k); w; w = letterBefore(text, k)) k -= w;
      if (k === i) break;
      starts.push(k);
      j = k;
    }
  }
  starts.sort((a, b) => a - b);
  let y = sticky.get(pattern);
  if (!y) sticky.set(pattern, (y = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')));
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    y.lastIndex = at;
    const m = y.exec(text);
    if (!m) continue;
    out.push(m);
    from = at + Math.max(1, m[0].length);
  }
  return out;
}
