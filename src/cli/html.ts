// --html: a saved page → the article text, with the page layer the extension uses, under jsdom.
export interface ExtractedPage { text: string; lang?: string; skipped: string[] }

export async function extractFromHtml(html: string): Promise<ExtractedPage> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM(html);
  const { document } = dom.window;
  // Placeholder until the page layer lands: the body's text, blocks as paragraphs.
  document.querySelectorAll('script, style, noscript, template, nav, header, footer, aside').forEach((n) => n.remove());
  const text = (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
  const lang = document.documentElement.getAttribute('lang') ?? undefined;
  dom.window.close();
  return { text, lang, skipped: [] };
}
