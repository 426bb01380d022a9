// One text model per page: the article text the engine reads, plus a table
// that maps every text offset back to a (Text node, offset) in the live DOM.
//
// Like Hypothesis' text-range / rendered-text: whitespace runs collapse to one
// space, block boundaries become "\n\n" (a <br> "\n"), and those inserted
// separators map to no node. Many offsets are resolved in one pass over the
// sorted table instead of one DOM walk per offset.
import { hasBoilerplateName, inlineCardSteps, isHiddenByMarkup, shouldSkip, type SkipOptions } from './boilerplate.js';
import { englishSkipNote, type SkipNote } from '../shared/types.js';
import { every, runSteps, type Steps } from './slice.js';

/** model.text[start, end) is node.data[nodeStart, nodeStart + end - start), character for character. */
export interface Segment {
  start: number;
  end: number;
  node: Text;
  nodeStart: number;
}

export interface Span { start: number; end: number }

/** What a StaticRange is built from (no live Range: they slow every page mutation down). */
export interface RangeInit {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TH', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION', 'CENTER', 'HGROUP',
]);

/** Whitespace a reader does not see as written: anything but a lone space inside the text. */
const COLLAPSIBLE = /^\s+|\s+$|\s{2,}|[^\S ]/g;

/**
 * Whole paragraphs that are page furniture inside the article's container:
 * ad labels, "continue reading" stubs, "Read more: …" teasers, photo credits,
 * "subscribe to our channel" lines. Matched only on short paragraphs (a real
 * paragraph that starts like this is longer), after the walk, so no element
 * costs an extra check. Written in lower case and tested on lower-cased text:
 * with the 'i' flag V8 compiles and runs this alternation (Cyrillic case
 * folding) slower.
 */
const JUNK_MAX = 200;
/** Cartesian product of word choices: alts(['story', 'article'], ' continues', ['', ' below']) → 4 labels. */
function alts(...parts: (string | readonly string[])[]): string[] {
  let out = [''];
  for (const p of parts) out = out.flatMap((o) => (typeof p === 'string' ? [o + p] : p.map((x) => o + x)));
  return out;
}

/**
 * Whole paragraphs that are a label and nothing else, lower-cased: looked up
 * in a set (a paragraph's own end marks and decorative dashes taken off
 * first), not tried as one long alternation: compiling and running that on
 * every short paragraph cost the content script a millisecond a page.
 */
const JUNK_LABELS: ReadonlySet<string> = new Set([
  'advertisement', 'advertisements', 'advert', 'sponsored', 'sponsored content', 'реклама',
  ...alts('continue reading', ['', ' the main story', ' below']),
  ...alts(['story', 'article'], ' continues', ['', ' below'], ['', ' ad', ' advertisement', ' this ad', ' this advertisement']),
  'scroll to continue', 'scroll to continue with content', 'skip advertisement', 'skip ad',
  'read more', 'show more', 'load more', 'learn more', 'share', 'share this', 'share this article', 'share this story', 'поделиться',
  'related', 'related articles', 'related stories', 'related coverage', 'recommended', 'по теме',
  'read next', 'up next', 'more stories', 'most read', 'most popular', 'читайте также', 'самое читаемое', 'популярное',
  // A live blog's label over the entry it keeps on top.
  ...alts('pinned', ['', ' post', ' update', ' entry', ' message']), 'закреплено',
  ...alts('закрепл', ['е', 'ё'], 'нн', ['ый', 'ая', 'ое'], ' ', ['пост', 'запись', 'сообщение']),
  // Labels of link lists and widgets whose links are dropped, and of the buttons of a toolbar.
  ...alts(['новости', 'материалы', 'статьи', 'ещё', 'еще', 'читайте'], ' по теме'), 'также читайте', 'см. также', 'больше новостей',
  'also read', 'you may also like', 'you might also like', 'more on this story', 'more on this topic', 'related posts',
  'recommended for you', 'editor’s picks', "editor's picks", 'editors picks', 'top stories', 'trending', 'trending now',
  'content continues below', ...alts('популярн', ['ые', 'ое'], ['', ' новости']), 'последние новости',
  ...alts('главное за ', ['сутки', 'день', 'неделю']), 'лента новостей', 'новости партнёров', 'новости партнеров',
  ...alts('оцените ', ['материал', 'статью', 'новость']), ...alts('поделиться ', ['в соцсетях', 'новостью', 'статьей', 'статьёй', 'материалом']),
  'комментарии', 'обсудить', 'print', 'email', 'copy link', 'link copied', 'save', 'gift article', 'gift this article', 'listen', 'audio',
]);
/** A label's decoration ("- Advertisement -", "— Реклама —") and its own end mark ("Read more…"). */
const LABEL_LEAD = /^[-–—·•*]\s*/;
const LABEL_TAIL_DECOR = /\s*[-–—·•*]$/;
const LABEL_END_MARK = /[.:…]$/;

/** Is the lower-cased, trimmed paragraph a label alone ("read more", "- advertisement -", "share this:")? */
function isJunkLabel(lo: string): boolean {
  if (JUNK_LABELS.has(lo)) return true;
  let t = lo.replace(LABEL_LEAD, '');
  if (JUNK_LABELS.has(t)) return true;
  t = t.replace(LABEL_TAIL_DECOR, '');
  if (JUNK_LABELS.has(t)) return true;
  return JUNK_LABELS.has(t.replace(LABEL_END_MARK, ''));
}

// Furniture lines, by how they open: a digit, a bracket or ©, a dash, or a word. Each group is its own pattern,
// compiled only when a short paragraph opens so (one pattern of them all cost a compile on every page load); a line
// opening with a word runs only the patterns of the kinds that open with that word (JUNK_BY_WORD).
const JUNK_BY_DIGIT = new RegExp([
  // A slide counter ("3 of 12", "3 / 12"); a bare clock time or video duration.
  '^\\d+ ?(?:of|из|/) ?\\d+$|^\\d{1,2}:\\d{2}(?::\\d{2})?$',
  // Reading time and counters of claps, views, shares ("6 min read", "1.2K") under a byline.
  // (Or the minutes alone, "5 мин", "4 min": a paragraph of nothing else is no sentence.)
  '^\\d+ ?min(?:ute)?s? read$|^\\d+ мин(?:ут[аы]?)?\\.? (?:чтения|на чтение)$|^\\d{1,2} ?(?:мин|min)\\.?$',
  '^\\d+(?:[.,]\\d+)? ?(?:k|m|тыс\\.?|млн)$',
  // A comment counter ("34 comments", "34 комментария").
  '^\\d+ (?:comments?|комментари(?:й|я|ев))$',
].join('|'));
const JUNK_BY_MARK = new RegExp([
  // A wire picture's credit in brackets ("(Photo by A. Name/Agency)").
  '^\\((?:photo|photograph|image|picture)s? (?:by|courtesy of)\\s',
  // A copyright or credit line under a picture ("© Agency", "(c) Photographer").
  '^(?:©|\\(c\\))\\s?\\S',
].join('|'));
/** An embedded post's attribution line under its text ("— Name (@handle) March 3, 2026": the post's author and date). */
const JUNK_BY_DASH = /^[—–-]\s?[^(\n]{1,60}\(@\w{1,15}\)[^\n]{0,40}$/;
/**
 * Furniture lines that open with a word, by kind, with the words they open
 * with (up to the first character that is not a letter). A line runs only
 * the patterns of its first word, each compiled when first needed: a short
 * subheading opening with "The" compiles only the small disclaimer pattern.
 */
const JUNK_BY_WORD: readonly { words: readonly string[]; source: string }[] = [
  {
    // A label, then a teaser or a credit.
    // ("Related: …" and "Sign up for our newsletter" lines stay: saved pages' truths keep them.)
    // A picture's credit line on its own ("Credit: Agency", "Image credit: …").
    // "Read more from <site>:" heads a list of links to its other stories.
    // (A graphic's credit, "Infographic: …", "Инфографика: …"; "Фото © …" is a credit as "Фото: …" is.)
    words: ['read', 'see', 'also', 'don', 'dont', 'do', 'не', 'more', 'watch', 'listen', 'photo', 'photos', 'photograph', 'image',
      'picture', 'video', 'credit', 'credits', 'infographic', 'graphic', 'инфографика', 'коллаж', 'читайте', 'смотрите', 'подробнее',
      'по', 'фото', 'видео'],
    source: '^(?:read (?:more|also|next)(?: (?:from|on|about) [^:\\n]{1,40})?|see also|also read|don[’\']?t miss|do not miss|не пропустите|more|watch|listen|photo|photos|photograph|image|picture|video|(?:(?:photo|image|picture) )?credits?|'
      + 'infographic|graphic|инфографика|коллаж|'
      + 'читайте (?:также|ещё|еще|нас)|смотрите (?:также|видео)|подробнее|по теме|фото|видео)\\s*[:：—–©-]',
  },
  {
    // Calls to follow or subscribe, or to send the newsroom news; the error-report hint of Russian sites.
    words: ['подписывайтесь', 'подпишитесь', 'присоединяйтесь', 'читайте', 'следите', 'follow', 'subscribe', 'нашли', 'ошибка', 'хотите'],
    source: '^(?:подписывайтесь|подпишитесь|присоединяйтесь к нам|читайте нас в|следите за (?:новостями|нами) в|follow us|subscribe to our)\\s|^(?:нашли ошибку|ошибка в тексте\\?|хотите сообщить новость\\?)',
  },
  {
    // An ad label run into the stub under it ("Advertisement - scroll to continue"). The marking Russian law requires
    // on an advertisement: "Реклама. ООО «…», ИНН …, erid: 2SDnjc…" (the erid is the ad's registry token; found
    // anywhere in the line, it is tested apart, so this pattern stays anchored and fast).
    words: ['advertisement', 'реклама'],
    source: '^(?:advertisement|реклама)\\s*[-–—·:]\\s*scroll to continue|^реклама[.,:]?\\s.*(?:инн|erid)',
  },
  {
    // An audio version's player label ("Listen to this article · 5:12 min").
    words: ['listen', 'слушать'],
    source: '^(?:listen to (?:this|the) (?:article|story)|слушать (?:статью|новость|материал))',
  },
  {
    // An opinion column's disclaimer.
    words: ['the', 'мнение'],
    source: '^the (?:views|opinions) expressed (?:in|here|by)\\s|^мнение (?:автора|редакции) (?:может )?(?:не совпадать|не совпадает)',
  },
  {
    // Reading time ("Время чтения: 4 мин").
    words: ['время', 'чтение', 'чтения'],
    source: '^(?:время )?чтени[ея]:? \\d+ мин',
  },
];
/** First word → the JUNK_BY_WORD kinds opening with it. */
const JUNK_FIRST_WORDS: ReadonlyMap<string, readonly number[]> = (() => {
  const m = new Map<string, number[]>();
  JUNK_BY_WORD.forEach((k, i) => { for (const w of k.words) m.set(w, [...(m.get(w) ?? []), i]); });
  return m;
})();
const junkByWord: RegExp[] = [];

/** The letters (a–z, а–я, ё) a lower-cased line opens with. */
function firstWord(lo: string): string {
  let i = 0;
  for (; i < lo.length; i++) {
    const c = lo.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || c === 0x451)) break;
  }
  return lo.slice(0, i);
}

/** A line of page furniture by its words (lower-cased, trimmed): a counter, a label, a credit, a call to follow. */
export function junkLine(lo: string): boolean {
  const c = lo.charCodeAt(0);
  if (c >= 48 && c <= 57) return JUNK_BY_DIGIT.test(lo);
  if (c === 0x28 || c === 0xa9) return JUNK_BY_MARK.test(lo);
  if (c === 0x2d || c === 0x2013 || c === 0x2014) return JUNK_BY_DASH.test(lo);
  for (const i of JUNK_FIRST_WORDS.get(firstWord(lo)) ?? []) if ((junkByWord[i] ??= new RegExp(JUNK_BY_WORD[i]!.source)).test(lo)) return true;
  return false;
}
/** Separators between the links of a navigation row; anything else outside the links is a word. */
const SEPARATOR = /[|·•/<>«»←→,]/;
const WORDY = /[^\s|·•/<>«»←→,]/;
/** A numeric date (and time), alone or before a separator: "14.03.2026 | Рубрика: …". */
const DATE_LINE = /^\d{1,2}\.\d{1,2}\.\d{2,4}(?:,? \d{1,2}:\d{2})?(?:$|\s*[|·•/])/;
/** Shorter lines are not taken for a headline found in the title (a site name, one word). */
const HEADLINE_MIN = 15;
/**
 * A short paragraph that opens with a <time>: a post's time stamp and what goes
 * with it (a live blog entry's "19:42 Reporter Name", "20:42 KEY EVENT", "May 4,
 * 2026 · 5 min read"), not prose, which does not open with a time element.
 */
const STAMP_MAX = 80;
/**
 * A pattern made on first use: a Unicode property class is costly to parse
 * even when never used, and this module loads on every article page.
 */
function onUse(make: () => RegExp): () => RegExp {
  let re: RegExp | null = null;
  return () => (re ??= make());
}
const LETTER = onUse(() => /\p{L}/u);

/**
 * Whether the text has a letter (LETTER). The characters of most text answer
 * it by their code: the Unicode pattern, costly to compile on each page load,
 * is asked only past the Latin, Cyrillic and punctuation blocks.
 */
export function hasLetter(str: string): boolean {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 32) >= 97 && (c | 32) <= 122) return true;
    } else if (c < 0xc0) {
      if (c === 0xaa || c === 0xb5 || c === 0xba) return true;
    } else if (c < 0x250 || (c >= 0x400 && c <= 0x481) || (c >= 0x48a && c <= 0x52f)) {
      if (c !== 0xd7 && c !== 0xf7) return true;
    } else if (!((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf))) {
      return LETTER().test(str.slice(i));
    }
  }
  return false;
}
/**
 * A paragraph of nothing but arrows, stars, bullets and bars ("‹ ›" slide
 * arrows, "* * *", a lone "→" or "✕" of a control): nothing a reader reads.
 * (Dashes, ellipses and emoji alone are left: a reply can be just that.)
 */
const DECOR_ONLY = /^[\s‹›«»<>←→↑↓⟨⟩⇐⇒*·•|/\\+×✕✖#=~_-]+$/;
/** An advertisement's registry token anywhere in a short paragraph ("…, erid: 2SDnjcabc"). */
const AD_REGISTRY = /(?:^|[\s,;:(])erid\s?[:：]?\s?[a-z0-9]{5,}/;
/** A word in capitals: two or more upper-case letters in a row. */
const SHOUTED_WORD = onUse(() => /\p{Lu}{2,}/gu);
/** A messenger or a social network a newsroom runs a channel on (lower-cased text). */
const SOCIAL_NETWORK = /telegram|телеграм|whatsapp|ватсап|вотсап|viber|вайбер|дзен|dzen|вконтакте|youtube|ютуб|(?:^|[\s«"])max(?:$|[\s»".,!])/;
/** A footnote's link back to its reference ("… p. 88. ↩"), cut off the note. */
const BACKLINK_TAIL = /\s*[↩↑]\uFE0E?$/;

/** A photo credit closing a caption ("… the pier. Photograph: A. Name/Agency"), cut off the paragraph. */
const CREDIT_MAX = 600;
// Or a copyright sign and the holder ("… the ferry. © Agency", "Фото © …"); a graphic's credit ("Инфографика: …");
// a wire picture's credit in brackets ("… on Tuesday. (Photo by A. Name/Agency)", "… in the delta [File: A. Name/Agency]");
// a Czech or Slovak one ("… Foto: A. Name").
/** How far from a paragraph's end a credit can start (its holder is at most 80 characters, its label about 25). */
const CREDIT_SPAN = 120;
/** A credit has a colon, a copyright sign or a bracket. */
const CREDIT_MARK = /[:©)]/;
/**
 * What every credit CREDIT_TAIL reads holds: a paragraph's tail with none of
 * them (most prose with a colon or a bracket) is not run through the pattern.
 */
const CREDIT_WORDS = ['©', 'photo', 'foto', 'image', 'picture', 'illustration', 'graphic', 'фото', 'иллюстрация', 'инфографика', 'коллаж', 'file'];
// Read in lower case (the 'i' flag made it costlier to compile on every page load).
const CREDIT_TAIL = /\s(?:(?:photograph|photo|photos|foto|image|picture|illustration|infographic|graphic|фото|иллюстрация|инфографика|коллаж)s?(?::\s|\s?©\s?)|©\s?)[^.!?:©]{1,80}$|\s\((?:photo|photograph|image|picture)s? (?:by|courtesy of)\s[^()]{1,80}\)$|\s\[(?:file|photo|image|picture)s?:\s[^[\]]{1,80}\]$/;

/**
 * A section's link or a label right before the headline ("Politics",
 * "Exclusive", a date) opening the article's container: the headline's
 * kicker, not text. At most this long, and a link or a few words with no
 * sentence's end mark.
 */
const KICKER_MAX = 40;
const KICKER_WORDS = 3;
const SENTENCE_END = /[.!?…»"”]\s*$/;

/**
 * A byline on a line of its own ("By Jane Okafor", "By Jane Okafor and
 * Tom Reyes", or run into its date by spans with no space): short, "By"
 * and a capitalised name. Tested only on short paragraphs opening with "By ".
 */
const BYLINE_MAX = 80;
const BYLINE = onUse(() => /^By (?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}/u);

export interface BuildOptions {
  /** Skip elements that are hidden by style sheets (needs layout: browsers only). */
  layout?: boolean;
  /** Stop after this many characters. */
  maxChars?: number;
  /**
   * Drop paragraphs that are page furniture ("Advertisement", a lone "5 min",
   * a row of links) and cut credit lines off captions (default). These rules
   * judge whole paragraphs: off, for reading a cut-out piece of one.
   */
  furniture?: boolean;
}

export class TextModel {
  /** Paragraphs (text between "\n\n" separators), in order. */
  readonly paragraphs: Span[];
  private readonly firstSegmentOf = new Map<Text, number>();

  constructor(
    readonly text: string,
    readonly segments: Segment[],
    paragraphs: Span[],
    readonly roots: Element[],
    /** What was left out, as data (the popup words it in the UI language). */
    readonly skipNotes: SkipNote[],
  ) {
    this.paragraphs = paragraphs;
    segments.forEach((s, i) => { if (!this.firstSegmentOf.has(s.node)) this.firstSegmentOf.set(s.node, i); });
  }

  /** The notes of what was left out, in English. */
  get skipped(): string[] {
    return this.skipNotes.map(englishSkipNote);
  }

  /** Builds the model of the given content roots (document order, none inside another). */
  static build(roots: Element[], options: BuildOptions = {}): TextModel {
    return runSteps(TextModel.buildSteps(roots, options));
  }

  /** build, as steps (the content script pauses between them on huge pages). */
  static *buildSteps(roots: Element[], options: BuildOptions = {}): Steps<TextModel> {
    const b = new Builder(options, roots[0]?.ownerDocument.title ?? '');
    // Read all the roots' text only if a boilerplate-named element asks for it (rare).
    let chars = -1;
    const rootChars = () => {
      if (chars < 0) { chars = 0; for (const r of roots) chars += (r.textContent ?? '').length; }
      return chars;
    };
    let paras = -1;
    const rootParagraphs = () => {
      if (paras < 0) { paras = 0; for (const r of roots) paras += r.localName === 'p' ? 1 : r.getElementsByTagName('p').length; }
      return paras;
    };
    const cards = yield* inlineCardSteps(roots);
    const skip: SkipOptions = { layout: options.layout ?? false, rootChars, rootParagraphs, cards };
    for (const r of roots) {
      b.block();
      yield* b.walk(r, skip);
      b.block();
    }
    return b.finish(roots);
  }

  /** The text nodes a model was built from (our own walk ignores changes elsewhere). */
  nodes(): Text[] {
    return [...this.firstSegmentOf.keys()];
  }

  /**
   * DOM ranges for many spans, resolved in one pass. A boundary inside an
   * inserted separator moves inward (start forward, end backward); a span with
   * no text left gives null.
   */
  toRanges(spans: readonly Span[]): (RangeInit | null)[] {
    return runSteps(this.toRangeSteps(spans));
  }

  /** toRanges, as steps. */
  *toRangeSteps(spans: readonly Span[]): Steps<(RangeInit | null)[]> {
    const checkpoint = every(1024);
    const reqs = sortedRequests(spans);
    yield;
    const starts: (Segment | null)[] = new Array(spans.length).fill(null);
    const ends: (Segment | null)[] = new Array(spans.length).fill(null);
    const startAt: number[] = new Array(spans.length).fill(0);
    const endAt: number[] = new Array(spans.length).fill(0);
    const segs = this.segments;
    let k = 0;
    for (const r of reqs) {
      if (checkpoint()) yield;
      if (r.end) {
        // Last segment starting before the offset.
        while (k < segs.length && segs[k]!.start < r.offset) k++;
        const seg = k > 0 ? segs[k - 1]! : null;
        ends[r.i] = seg;
        if (seg) endAt[r.i] = seg.nodeStart + Math.min(r.offset, seg.end) - seg.start;
        // Later requests may need this segment again.
        k = Math.max(0, k - 1);
      } else {
        // First segment ending after the offset.
        while (k < segs.length && segs[k]!.end <= r.offset) k++;
        const seg = k < segs.length ? segs[k]! : null;
        starts[r.i] = seg;
        if (seg) startAt[r.i] = seg.nodeStart + Math.max(0, r.offset - seg.start);
      }
    }
    return spans.map((_, i) => {
      const s = starts[i], e = ends[i];
      if (!s || !e || s.start > e.start || (s === e && startAt[i]! >= endAt[i]!)) return null;
      return { startContainer: s.node, startOffset: startAt[i]!, endContainer: e.node, endOffset: endAt[i]! };
    });
  }

  /** Text offset of a DOM position in a text node of the model; null if the node is not part of it. */
  offsetOf(node: Node, offset: number): number | null {
    const first = this.firstSegmentOf.get(node as Text);
    if (first === undefined) return null;
    let best: number | null = null;
    for (let i = first; i < this.segments.length && this.segments[i]!.node === node; i++) {
      const s = this.segments[i]!;
      const len = s.end - s.start;
      if (offset < s.nodeStart) return best ?? s.start; // inside collapsed whitespace: the next character
      if (offset <= s.nodeStart + len) return s.start + offset - s.nodeStart;
      best = s.end;
    }
    return best;
  }

  /** Index of the paragraph holding an offset (binary search). */
  paragraphAt(offset: number): number {
    const p = this.paragraphs;
    let lo = 0, hi = p.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (p[mid]!.start <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
}

interface Req { offset: number; end: boolean; i: number }

/** Packed sort keys: (offset, start before end) then request order, in one float64 below 2^53. */
const REQ_BITS = 2 ** 21;

/**
 * Every span's start and end, by offset (a start before an end at the same
 * offset, else in span order). Sorted as packed numbers in a typed array: a
 * native numeric sort, several times cheaper than comparing objects when a
 * huge page has tens of thousands of spans.
 */
function sortedRequests(spans: readonly Span[]): Req[] {
  const n = spans.length;
  if (n * 2 >= REQ_BITS || spans.some((s) => !(s.start >= 0 && s.end >= 0 && s.start < 2 ** 30 && s.end < 2 ** 30))) {
    const reqs: Req[] = [];
    spans.forEach((s, i) => { reqs.push({ offset: s.start, end: false, i }, { offset: s.end, end: true, i }); });
    return reqs.sort((a, b) => a.offset - b.offset || Number(a.end) - Number(b.end) || a.i - b.i);
  }
  const keys = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const s = spans[i]!;
    keys[2 * i] = (Math.floor(s.start) * 2) * REQ_BITS + 2 * i;
    keys[2 * i + 1] = (Math.floor(s.end) * 2 + 1) * REQ_BITS + 2 * i + 1;
  }
  keys.sort();
  const reqs: Req[] = new Array(2 * n);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const r = key % REQ_BITS;
    const pos = (key - r) / REQ_BITS;
    reqs[k] = { offset: pos >>> 1, end: (pos & 1) === 1, i: r >>> 1 };
  }
  return reqs;
}

type Break = '' | '\n' | '\n\n';

class Builder {
  private parts: string[] = [];
  private len = 0;
  private segments: Segment[] = [];
  private paragraphs: Span[] = [];
  private paraStart = 0;
  private pendingBreak: Break = '';
  /** Where the open paragraph starts in parts, and the state before its separator (to drop it whole). */
  private paraParts = 0;
  private before = { parts: 0, segments: 0, len: 0 };
  private pendingSpace: { node: Text; offset: number } | null = null;
  private readonly maxChars: number;
  private truncated = false;
  private hiddenSkipped = 0;
  /** Table cells open around the walk's position; a paragraph in a cell is data ("Share", "1.2K"), never furniture. */
  private cells = 0;
  private paraInCell = false;
  /** Links open around the walk's position; links begun in the open paragraph. */
  private links = 0;
  private paraLinks = 0;
  /** The open paragraph's text outside links: has a word (not only separators); has a separator. */
  private paraWordy = false;
  private paraSeparated = false;
  /** A link entered whose text is not emitted yet (counted in the paragraph its text opens). */
  private freshLink = false;
  /** <time> elements open around the walk's position; the open paragraph's text begins inside one. */
  private times = 0;
  private paraTimed = false;
  /** The open paragraph holds a <time>; it has a letter outside links and <time>s. */
  private paraHasTime = false;
  private paraLettered = false;

  private readonly furniture: boolean;

  constructor(options: BuildOptions, private readonly title = '') {
    this.maxChars = options.maxChars ?? 2_000_000;
    this.furniture = options.furniture ?? true;
  }

  block(): void {
    this.pendingBreak = '\n\n';
  }

  /** A <br>; two in a row (blank line in old prose-in-div pages) end the paragraph. */
  private lineBreak(): void {
    this.pendingBreak = this.pendingBreak ? '\n\n' : '\n';
  }

  /** Closes the open paragraph: kept, or dropped with its separator if it is page furniture. */
  private endParagraph(): void {
    const n = this.len - this.paraStart;
    if (n <= CREDIT_MAX && this.furniture) {
      const text = this.parts.slice(this.paraParts).join('');
      if (n <= JUNK_MAX && !this.paraInCell && ((this.paraTimed && n <= STAMP_MAX) || this.metaRow() || this.linkRow() || this.shoutedLink(text) || this.channelLink(text) || (n <= BYLINE_MAX && text.startsWith('By ') && BYLINE().test(text)) || DECOR_ONLY.test(text) || this.junk(text) || this.headline(text))) {
        this.parts.length = this.before.parts;
        this.segments.length = this.before.segments;
        this.len = this.before.len;
        return;
      }
      // (Read only the paragraph's end, and only when it holds the mark a credit needs: most prose has none, and the
      // credit pattern, anchored at the end only, would otherwise try every position of every paragraph.)
      const from = Math.max(0, text.length - CREDIT_SPAN);
      const tail = from ? text.slice(from) : text;
      let credit: RegExpExecArray | null = null;
      if (CREDIT_MARK.test(tail)) {
        // (Lower case keeps offsets but for a few letters, "İ" among them: such a rare tail is read as it is.)
        const lo = tail.toLowerCase();
        if (CREDIT_WORDS.some((w) => lo.includes(w))) credit = CREDIT_TAIL.exec(lo.length === tail.length ? lo : tail);
      }
      credit ??= BACKLINK_TAIL.exec(tail);
      if (credit && from + credit.index > 0) this.cutParagraph(text, from + credit.index);
    }
    this.paragraphs.push({ start: this.paraStart, end: this.len });
  }

  /**
   * A short paragraph of links with only separators between them ("« Back to
   * news | Print version", "Home / News"): navigation inside the content's
   * container. Links side by side with words between them are prose.
   */
  private linkRow(): boolean {
    return this.paraLinks >= 2 && this.paraSeparated && !this.paraWordy;
  }

  /**
   * A row of a <time>, links and numbers, with no word of its own ("City ·
   * 18 March 2026, 12:40 · 9 870 · 34": rubric, date, view and comment
   * counters above a headline): header furniture, whatever its names.
   * Prose has letters outside its links and dates.
   */
  private metaRow(): boolean {
    return this.paraHasTime && !this.paraLettered;
  }

  /** A whole paragraph of furniture by its words ("Advertisement", "Read more", an ad's registry marking). */
  private junk(text: string): boolean {
    const lo = text.trim().toLowerCase();
    return isJunkLabel(lo) || junkLine(lo) || lo.includes('erid') && AD_REGISTRY.test(lo);
  }

  /** The open paragraph is all link: no word outside its links. */
  private allLink(): boolean {
    return this.paraLinks >= 1 && !this.paraWordy;
  }

  /**
   * A short paragraph that is all one link and names a messenger or a social
   * network ("Больше новостей — в нашем Telegram-канале", "Join our WhatsApp
   * channel"): a call to follow the site there. A sentence that names one
   * has words outside its link.
   */
  private channelLink(text: string): boolean {
    return this.allLink() && SOCIAL_NETWORK.test(text.toLowerCase());
  }

  /**
   * A short paragraph that is all link and all capitals ("SENATE PASSES
   * BUDGET BILL", "CLICK HERE TO GET THE APP"): a teaser headline or an app
   * call some American sites drop between paragraphs; prose is not shouted.
   * A headline has words: at least three in capitals, so a link that is an
   * abbreviation, a figure or a symbol ("U.S.", "1.5 RLM …") stays text.
   */
  private shoutedLink(text: string): boolean {
    return this.paraLinks >= 1 && !this.paraWordy && text === text.toUpperCase() && (text.match(SHOUTED_WORD())?.length ?? 0) >= 3;
  }

  /**
   * The first paragraph is the headline (and its date line) written as plain
   * text, not an <h1>: every line of it is in the page's title or a date.
   */
  private headline(text: string): boolean {
    if (this.paragraphs.length || !this.title) return false;
    let named = false;
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (DATE_LINE.test(t)) continue;
      // Most of the title ("Headline | Site"), not a phrase of it (a quote the headline repeats).
      if (t.length < HEADLINE_MIN || t.length < this.title.length * 0.4 || !this.title.includes(t)) return false;
      named = true;
    }
    return named;
  }

  /** Drops the open paragraph (not ended yet) with its separator. */
  private dropOpen(): void {
    this.parts.length = this.before.parts;
    this.segments.length = this.before.segments;
    this.len = this.before.len;
    this.paraStart = this.len;
    this.paraParts = this.parts.length;
    this.paraLinks = 0;
    this.paraWordy = false;
    this.paraHasTime = false;
    this.paraLettered = false;
    this.paraSeparated = false;
  }

  /** A headline (<h1>) met: a short link or label right before it is its kicker (see KICKER_MAX). */
  private beforeHeadline(): void {
    const n = this.len - this.paraStart;
    // (Only the container's first line: a short line after text already read is the text's, whatever follows it.)
    if (!this.furniture || n <= 0 || n > KICKER_MAX || this.paraInCell || this.paraStart > 0) return;
    if (this.allLink()) { this.dropOpen(); return; }
    const text = this.parts.slice(this.paraParts).join('');
    if (!SENTENCE_END.test(text) && text.split(' ').length <= KICKER_WORDS) this.dropOpen();
  }

  /** Keeps the open paragraph's first `keep` characters (its text given), segments cut to match. */
  private cutParagraph(text: string, keep: number): void {
    this.parts.length = this.paraParts;
    this.parts.push(text.slice(0, keep));
    this.len = this.paraStart + keep;
    const segs = this.segments;
    while (segs.length && segs[segs.length - 1]!.start >= this.len) segs.pop();
    const last = segs[segs.length - 1];
    if (last && last.end > this.len) last.end = this.len;
  }

  /** Depth-first over the root, with enter and exit so blocks can end paragraphs. */
  *walk(root: Element, o: SkipOptions): Steps<void> {
    // Few nodes per step: with layout, a node can cost a visibility check.
    const checkpoint = every(32);
    let node: Node | null = root.firstChild;
    if (!node) return;
    for (;;) {
      if (checkpoint()) yield;
      let descend = false;
      if (node.nodeType === 3) {
        this.text(node as Text);
      } else if (node.nodeType === 1) {
        const el = node as Element;
        const tag = el.tagName.toUpperCase();
        if (tag === 'H1') this.beforeHeadline();
        if (tag === 'BR') this.lineBreak();
        else if (shouldSkip(el, o)) {
          if (o.layout) this.hiddenSkipped++;
          if (tag === 'HEADER') yield* this.headings(el, o);
        } else {
          if (BLOCK_TAGS.has(tag)) this.block();
          descend = el.firstChild !== null;
          if (descend && (tag === 'TD' || tag === 'TH')) this.cells++;
          else if (descend && tag === 'A') { this.links++; this.freshLink = true; }
          else if (descend && tag === 'TIME') this.times++;
        }
      }
      if (this.truncated) return;
      if (descend) { node = node.firstChild!; continue; }
      // Climb until a next sibling, closing blocks on the way out.
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (node && node !== root && node.nodeType === 1) {
          const tag = (node as Element).tagName.toUpperCase();
          if (BLOCK_TAGS.has(tag)) this.block();
          if (tag === 'TD' || tag === 'TH') this.cells--;
          else if (tag === 'A') this.links--;
          else if (tag === 'TIME') this.times--;
        }
      }
      if (!node || node === root) return;
      if (node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) this.block();
      node = node.nextSibling!;
    }
  }

  /**
   * The headings of a <header> inside the article (a live blog entry's
   * "<article><header><time/><h2>Minister resigns</h2><span>Reporter</span>"):
   * the entry's title is its text; the rest of the header (time, reporter,
   * the headline's own <h1>) is not read. A header hidden or named as
   * boilerplate gives nothing.
   */
  private *headings(header: Element, o: SkipOptions): Steps<void> {
    if (isHiddenByMarkup(header) || hasBoilerplateName(header)) return;
    for (const h of header.querySelectorAll('h2, h3, h4, h5, h6')) {
      if (shouldSkip(h, o)) continue;
      this.block();
      yield* this.walk(h, o);
      this.block();
    }
  }

  /**
   * A text node: whitespace that a browser collapses (runs, newlines, tabs,
   * nbsp, a node's leading and trailing space) becomes one pending space;
   * the text between such runs is emitted whole, lone spaces included (they
   * map one to one), so prose costs one step per node, not per word.
   */
  private text(node: Text): void {
    const data = node.data;
    let last = 0;
    COLLAPSIBLE.lastIndex = 0;
    for (let m = COLLAPSIBLE.exec(data); ; m = COLLAPSIBLE.exec(data)) {
      const runEnd = m ? m.index : data.length;
      if (runEnd > last) this.emit(node, last, data.slice(last, runEnd));
      if (!m) break;
      if (!this.pendingSpace) this.pendingSpace = { node, offset: m.index };
      last = m.index + m[0].length;
    }
  }

  private emit(node: Text, nodeStart: number, str: string): void {
    if (this.truncated) return;
    // Close the paragraph before this one first: dropped as furniture, it
    // frees its room under the character limit.
    const opening = this.len > 0 && this.pendingBreak === '\n\n';
    if (this.len === 0) { this.paraInCell = this.cells > 0; this.paraTimed = this.times > 0; }
    if (opening) {
      this.endParagraph();
      this.paraInCell = this.cells > 0;
      this.paraTimed = this.times > 0;
      this.paraLinks = 0;
      this.paraWordy = false;
      this.paraHasTime = false;
      this.paraLettered = false;
      this.paraSeparated = false;
      this.before = { parts: this.parts.length, segments: this.segments.length, len: this.len };
      this.paraStart = this.len;
      this.paraParts = this.parts.length;
    }
    const sep = this.len === 0 ? 0 : this.pendingBreak ? this.pendingBreak.length : this.pendingSpace ? 1 : 0;
    if (this.len + sep + str.length > this.maxChars) {
      this.truncated = true;
      // Keep the part that fits: a page whose article is one huge text node
      // (a 1 MB paragraph) must still be read up to the limit, not skipped whole.
      let room = this.maxChars - this.len - sep;
      if (room > 0 && /[\uD800-\uDBFF]/.test(str[room - 1]!)) room--; // never half a surrogate pair
      if (room <= 0) return;
      str = str.slice(0, room);
    }
    if (this.len > 0) {
      if (opening) {
        this.push('\n\n');
        this.paraStart = this.len;
        this.paraParts = this.parts.length;
      } else if (this.pendingBreak) {
        this.push(this.pendingBreak);
      } else if (this.pendingSpace) {
        this.addSegment(this.pendingSpace.node, this.pendingSpace.offset, 1);
        this.push(' ');
      }
    }
    this.pendingBreak = '';
    this.pendingSpace = null;
    this.addSegment(node, nodeStart, str.length);
    this.push(str);
    if (this.times > 0) this.paraHasTime = true;
    else if (this.links === 0 && !this.paraLettered) this.paraLettered = hasLetter(str);
    if (this.links > 0) {
      if (this.freshLink) { this.paraLinks++; this.freshLink = false; }
    } else if (!this.paraWordy) {
      // Until the first word: most paragraphs stop testing at their first character.
      this.paraWordy = WORDY.test(str);
      if (!this.paraSeparated) this.paraSeparated = SEPARATOR.test(str);
    }
  }

  private push(s: string): void {
    this.parts.push(s);
    this.len += s.length;
  }

  private addSegment(node: Text, nodeStart: number, length: number): void {
    const prev = this.segments[this.segments.length - 1];
    if (prev && prev.node === node && prev.end === this.len && prev.nodeStart + (prev.end - prev.start) === nodeStart) {
      prev.end += length;
      return;
    }
    this.segments.push({ start: this.len, end: this.len + length, node, nodeStart });
  }

  finish(roots: Element[]): TextModel {
    if (this.len > this.paraStart) this.endParagraph();
    if (this.paragraphs.length === 0) this.paragraphs.push({ start: 0, end: this.len });
    const skipped: SkipNote[] = [];
    if (this.truncated) skipped.push({ reason: 'char-limit', limit: this.maxChars });
    if (this.hiddenSkipped) skipped.push({ reason: 'hidden', count: this.hiddenSkipped });
    // Whitespace replaced by ' ' keeps one node character per text character (\n, \t, nbsp → ' ').
    const text = this.parts.join('');
    return new TextModel(text, this.segments, this.paragraphs, roots, skipped);
  }
}
