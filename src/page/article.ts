// Is this page an article? (Where its main content is: main-content.ts.)
//
// The decision runs on every page the content script sees, so it tries the
// cheap, explicit signals first (metadata, markup) and only then the
// readability heuristic, and stops at the first that says yes.
import { hasBoilerplateName, hasContentName, isHiddenByMarkup } from './boilerplate.js';

export type ArticleSignal = 'og:type' | 'json-ld' | 'articleBody' | 'article-element' | 'readable';

const ARTICLE_TYPES = /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|Article|BlogPosting|LiveBlogPosting|OpinionNewsArticle|ReportageNewsArticle)"/;

/** The first signal that says the page is an article, or null. */
export function articleSignal(doc: Document): ArticleSignal | null {
  const og = doc.querySelector('meta[property="og:type" i], meta[name="og:type" i]');
  if (og && /article/i.test(og.getAttribute('content') ?? '')) return 'og:type';
  if (doc.querySelector('[itemprop~="articleBody"], [property~="articleBody"]')) return 'articleBody';
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_TYPES.test(s.textContent ?? '')) return 'json-ld';
  }
  // An <article> that holds real prose (card grids use <article> for teasers).
  const articles = doc.getElementsByTagName('article');
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i]!;
    if (a.getElementsByTagName('p').length >= 3 && (a.textContent ?? '').length > 1000) return 'article-element';
  }
  if (probablyReadable(doc)) return 'readable';
  return null;
}

const MIN_PARAGRAPH = 140;
const MIN_SCORE = 20;

/**
 * Readability's "probably readerable" test (Firefox Reader View): visible
 * paragraphs (and <article>s, <pre>s, <br>-split divs) longer than 140
 * characters, outside lists and boilerplate, each adding √(length − 140),
 * until the sum passes 20. Same thresholds as
 * isProbablyReaderable in @mozilla/readability, but the cheap length test
 * comes first: that one cost 2.5–7 ms on a teaser-heavy front page here,
 * most of it in style and class checks of short teasers; this costs < 1 ms.
 */
export function probablyReadable(doc: Document): boolean {
  let score = 0;
  const add = (el: Element, text: string): boolean => {
    const len = text.trim().length;
    if (len < MIN_PARAGRAPH) return false;
    if (isHiddenByMarkup(el) || (hasBoilerplateName(el) && !hasContentName(el)) || el.parentElement?.closest('li')) return false;
    score += Math.sqrt(len - MIN_PARAGRAPH);
    return score > MIN_SCORE;
  };
  for (const tag of ['p', 'pre', 'article']) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < list.length; i++) {
      const el = list[i]!;
      const text = el.textContent ?? '';
      if (text.length >= MIN_PARAGRAPH && add(el, text)) return true;
    }
  }
  // Old-style pages: text straight in a <div>, paragraphs split by <br>s.
  const seen = new Set<Element>();
  for (const br of doc.querySelectorAll('div > br')) {
    const div = br.parentElement!;
    if (seen.has(div)) continue;
    seen.add(div);
    const text = div.textContent ?? '';
    if (text.length >= MIN_PARAGRAPH && add(div, text)) return true;
  }
  return false;
}

export function isArticle(doc: Document): boolean {
  return articleSignal(doc) !== null;
}
