// Is this page an article? (Where its main content is: main-content.ts.)
//
// The decision runs on every page the content script sees, so it tries the
// cheap, explicit signals first (metadata, markup) and only then the
// readability heuristic, and stops at the first that says yes.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

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
  for (const a of doc.querySelectorAll('article')) {
    if (a.querySelectorAll('p').length >= 3 && (a.textContent ?? '').length > 1000) return 'article-element';
  }
  if (isProbablyReaderable(doc)) return 'readable';
  return null;
}

export function isArticle(doc: Document): boolean {
  return articleSignal(doc) !== null;
}
