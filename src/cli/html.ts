// --html: a saved page → the article text, with the page layer the extension
// uses (src/page), under jsdom. Scripts do not run; layout is not available,
// so only markup tells what is hidden.
import { extractArticle } from '../page/extract.js';

export interface ExtractedPage { text: string; lang?: string; skipped: string[] }

export async function extractFromHtml(html: string, url = 'http://localhost/'): Promise<ExtractedPage> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // A silent console: saved pages are full of CSS jsdom cannot parse.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const { model, signal, lang } = extractArticle(dom.window.document);
    const skipped = [...model.skipped];
    if (!signal) skipped.push('the page does not look like an article; its main text was extracted anyway');
    return { text: model.text, lang, skipped };
  } finally {
    dom.window.close();
  }
}
