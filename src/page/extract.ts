// The article text of a document: content roots → text model. Shared by the
// content script (live DOM) and the CLI (--html under jsdom).
import { articleSignal, type ArticleSignal } from './article.js';
import { mainContent } from './main-content.js';
import { TextModel } from './text-model.js';

export interface Extracted {
  model: TextModel;
  /** Why the page counts as an article; null if it does not look like one. */
  signal: ArticleSignal | null;
  /** The page's declared language (a hint for the engine), if any. */
  lang: string | undefined;
}

export function pageLanguage(doc: Document, near?: Element): string | undefined {
  const el = near?.closest('[lang]') ?? doc.documentElement;
  const lang = el?.getAttribute('lang') || doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  return lang ? lang.trim().toLowerCase() || undefined : undefined;
}

export function extractArticle(doc: Document, options: { layout?: boolean; maxChars?: number } = {}): Extracted {
  const signal = articleSignal(doc);
  const roots = mainContent(doc);
  const model = TextModel.build(roots, options);
  return { model, signal, lang: pageLanguage(doc, roots[0]) };
}
