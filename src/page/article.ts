// Is this page an article? (Where its main content is: main-content.ts.)
//
// The decision runs on every page the content script sees, so it tries the
// cheap, explicit signals first (metadata, markup) and only then the
// readability heuristic, and stops at the first that says yes.
import { hasBoilerplateName, hasContentName, isHiddenByMarkup, teaserBlurb } from './boilerplate.js';

export type ArticleSignal = 'og:type' | 'json-ld' | 'articleBody' | 'article-element' | 'h-entry' | 'readable' | 'prose-divs';

const ARTICLE_TYPES = /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|Article|BlogPosting|LiveBlogPosting|OpinionNewsArticle|ReportageNewsArticle)"/;

/** The first signal that says the page is an article, or null. */
export function articleSignal(doc: Document): ArticleSignal | null {
  const og = doc.querySelector('meta[property="og:type" i], meta[name="og:type" i]');
  if (og && /article/i.test(og.getAttribute('content') ?? '')) return 'og:type';
  if (doc.querySelector('[itemprop~="articleBody"], [property~="articleBody"]')) return 'articleBody';
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_TYPES.test(s.textContent ?? '')) return 'json-ld';
  }
  // An <article> that holds real prose (card grids use <article> for teasers),
  // found in the readability pass's own walk: one pass over the page less.
  const readable = readableProse(doc, (a) => a.getElementsByTagName('p').length >= 3 && (a.textContent ?? '').length > ARTICLE_CHARS);
  if (readable === PROSE_ARTICLE) return 'article-element';
  if (readable > MIN_SCORE) return 'readable';
  // Some prose, too little for the test: a short post, marked as one by its CMS (a teaser page has none).
  if (readable > 0 && oneEntry(doc)) return 'h-entry';
  if (proseInDivs(doc)) return 'prose-divs';
  return null;
}

const ARTICLE_CHARS = 1000;
/** Text of a post's content below which a lone h-entry is no article (a status line, a stub). */
const ENTRY_CHARS = 400;

/**
 * The page is one blog post or news item by microformats (hAtom's "hentry"
 * with "entry-content", microformats2's "h-entry" with "e-content"), as
 * WordPress and many small CMSs mark it even without any metadata. Exactly
 * one: an index page lists many.
 */
function oneEntry(doc: Document): boolean {
  const entries = doc.querySelectorAll('.hentry, .h-entry');
  if (entries.length !== 1) return false;
  const content = entries[0]!.querySelector('.entry-content, .e-content');
  return (content?.textContent ?? '').trim().length >= ENTRY_CHARS;
}

/**
 * Elements an XPath expression selects, in document order. The filtering
 * (text length, children) runs natively, so the hundreds of short teasers
 * and paragraphs of a front page never become objects in our script (in an
 * extension's isolated world each one costs a wrapper): this check runs on
 * every page. What it selects is checked again exactly (browsers count
 * string-length in UTF-16 units like JavaScript; a count in code points
 * would only drop borderline text heavy with emoji, worth ~0 to the score).
 */
function select(doc: Document, expr: string): Element[] {
  const r = doc.evaluate(expr, doc, null, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
  const out: Element[] = [];
  for (let i = 0; i < r.snapshotLength; i++) out.push(r.snapshotItem(i) as Element);
  return out;
}

const MIN_PARAGRAPH = 140;
const MIN_SCORE = 20;

/**
 * Readability's "probably readerable" test (Firefox Reader View): visible
 * paragraphs (and <article>s, <pre>s, <br>-split divs) longer than 140
 * characters, outside lists and boilerplate, each adding √(length − 140),
 * until the sum passes 20. Same thresholds as isProbablyReaderable in
 * @mozilla/readability, but the length test comes first and runs natively
 * (XPath): readability's own cost 2.5–7 ms on a teaser-heavy front page
 * here, most of it in style and class checks of short teasers.
 */
export function probablyReadable(doc: Document): boolean {
  return readableProse(doc) > MIN_SCORE;
}

/** readableProse's answer when an <article> of real prose was found on the way. */
const PROSE_ARTICLE = Infinity;

/**
 * The readability sum of the page, counted until it passes MIN_SCORE; or
 * PROSE_ARTICLE as soon as an <article> the caller's test accepts is seen
 * (every such <article> is longer than a paragraph, so this walk meets it).
 */
function readableProse(doc: Document, proseArticle?: (a: Element) => boolean): number {
  const add = readableScore();
  // The sum only grows, so the order of the nodes does not change the answer.
  const min = MIN_PARAGRAPH;
  for (const el of select(doc, `//p[string-length(.) >= ${min}] | //pre[string-length(.) >= ${min}] | //article[string-length(.) >= ${min}]`)) {
    if (proseArticle && el.localName === 'article' && proseArticle(el)) return PROSE_ARTICLE;
    if (add(el) > MIN_SCORE) return add.score();
  }
  // Old-style pages: text straight in a <div> or a layout table's cell, paragraphs split by <br>s.
  // (A union of two paths: one path over //*[self::div or self::td] ran twice as slow in Chromium.)
  for (const div of select(doc, `//div[br][string-length(.) >= ${min}] | //td[br][string-length(.) >= ${min}]`)) {
    if (add(div) > MIN_SCORE) break;
  }
  return add.score();
}

/** Pages with more <p> than this are not written in divs. */
const FEW_PARAGRAPHS = 5;

/** Readability's sum of √(length − 140) over prose elements: each call adds one and says the sum. */
function readableScore(): ((el: Element) => number) & { score(): number } {
  let score = 0;
  const add = (el: Element): number => {
    const len = (el.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH) return score;
    if (isHiddenByMarkup(el) || (hasBoilerplateName(el) && !hasContentName(el)) || el.parentElement?.closest('li')) return score;
    // A blurb under a linked headline teases another page (a feed of briefs, a front page's cards).
    if (el.localName === 'p' && teaserBlurb(el)) return score;
    score += Math.sqrt(len - MIN_PARAGRAPH);
    return score;
  };
  return Object.assign(add, { score: () => score });
}

/**
 * The same test over divs that hold a long text of their own with no <p> and
 * no <br> (apps that render each paragraph as a <div>): Reader View misses
 * them, main-content.ts reads them (ownTexts). Only the text node's own
 * length is tested natively, so teaser cards with short blurbs cost nothing.
 */
export function proseInDivs(doc: Document): boolean {
  // Only where paragraphs are (almost) absent: a front page of <p> teasers
  // would pay a pass over every div for nothing (2 → 3-8 ms measured).
  if (doc.getElementsByTagName('p').length > FEW_PARAGRAPHS) return false;
  const add = readableScore();
  for (const div of select(doc, `//div[text()[string-length(normalize-space(.)) >= ${MIN_PARAGRAPH}]]`)) {
    if (add(div) > MIN_SCORE) return true;
  }
  return false;
}

export function isArticle(doc: Document): boolean {
  return articleSignal(doc) !== null;
}
