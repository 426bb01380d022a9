// Where the article's main content is: the elements the text model reads.
// Explicit markup first, else paragraphs vote for their ancestors
// (Readability's scoring idea, without cloning or changing the document).
import { hasBoilerplateName, hasContentName, isHiddenByMarkup, linkDensity } from './boilerplate.js';

// List items do not vote: teaser streams are lists of short paragraphs.
const PARA_SELECTOR = 'p, pre, blockquote, h2, h3, div, td';
const NO_CANDIDATE = /^(?:NAV|ASIDE|FOOTER|HEADER|FORM|BUTTON|SCRIPT|STYLE|NOSCRIPT|TEMPLATE|LI|A|SPAN|B|I|EM|STRONG)$/;

/** Text directly in this element (not in child blocks): what a paragraph-ish div says itself. */
function ownTextLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += (c as Text).data.trim().length;
    else if (c.nodeType === 1 && /^(?:A|B|I|EM|STRONG|SPAN|SMALL|SUP|SUB|Q|CITE|ABBR|TIME|MARK|U|FONT)$/.test((c as Element).tagName.toUpperCase())) {
      n += (c.textContent ?? '').trim().length;
    }
  }
  return n;
}

/**
 * Inside navigation, a sidebar, a share bar… Only near ancestors count: far up,
 * page wrappers carry names like "page-hero-ad-hidden" around the article too.
 */
function inBoilerplate(el: Element, stopAt: Element, depth = 6): boolean {
  let level = 0;
  for (let e: Element | null = el; e && e !== stopAt && level < depth; e = e.parentElement, level++) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER' || tag === 'FORM' || tag === 'HEADER') return true;
    if (isHiddenByMarkup(e)) return true;
    // Inside the article's own container: what wraps it does not matter.
    if (tag === 'ARTICLE' || tag === 'MAIN' || hasContentName(e)) return false;
    if (hasBoilerplateName(e)) return true;
  }
  return false;
}

/** Link text share of the text a reader sees (script and style text left out). */
function visibleLinkDensity(el: Element): number {
  let len = (el.textContent ?? '').length;
  for (const s of el.querySelectorAll('script, style, noscript, template')) len -= (s.textContent ?? '').length;
  return len > 0 ? linkDensity(el, len) : 0;
}

/** Paragraph score (readability style): longer, comma-rich text counts more. */
function paragraphScore(text: string): number {
  const commas = (text.match(/[,，、،]/g) ?? []).length;
  return 1 + commas + Math.min(Math.floor(text.length / 100), 3);
}

/**
 * The elements holding the article's main content, in document order.
 * Explicit markup (itemprop/property articleBody) wins when it holds enough
 * text; otherwise paragraphs vote for their ancestors and the best one is
 * taken, with sibling blocks that clearly continue it.
 */
export function mainContent(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return doc.documentElement ? [doc.documentElement] : [];

  const marked = [...doc.querySelectorAll('[itemprop~="articleBody"], [property~="articleBody"]')]
    .filter((e, _, all) => !all.some((o) => o !== e && o.contains(e)));
  const markedChars = marked.reduce((n, e) => n + (e.textContent ?? '').trim().length, 0);
  if (marked.length && markedChars > 500) return marked;

  const { scores, paragraphs } = scoreCandidates(body);
  if (!scores.size) return [body];
  return chooseRoots(body, scores, paragraphs);
}

/** Paragraph-ish elements vote for their three nearest ancestors. */
export function scoreCandidates(body: HTMLElement): { scores: Map<Element, number>; paragraphs: Element[] } {
  const scores = new Map<Element, number>();
  const paragraphs: Element[] = [];
  for (const p of body.querySelectorAll(PARA_SELECTOR)) {
    const tag = p.tagName.toUpperCase();
    const own = tag === 'DIV' || tag === 'TD' ? ownTextLength(p) : -1;
    if (own !== -1 && own < 80) continue; // a div counts only when it holds prose itself
    const text = tag === 'DIV' || tag === 'TD' ? '' : (p.textContent ?? '').trim();
    const len = own !== -1 ? own : text.length;
    if (len < 25) continue;
    if (p.parentElement?.closest('li')) continue;
    if (inBoilerplate(p, body)) continue;
    if (linkDensity(p, len) > 0.5) continue;
    paragraphs.push(p);
    const score = paragraphScore(text || (p.textContent ?? '').slice(0, 2000));
    let level = 0;
    for (let a = p.parentElement; a && level < 3; a = a.parentElement, level++) {
      if (NO_CANDIDATE.test(a.tagName.toUpperCase())) continue;
      scores.set(a, (scores.get(a) ?? 0) + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      if (a === body) break;
    }
  }
  for (const [el, s] of scores) scores.set(el, s * (1 - linkDensity(el) * 0.8));
  return { scores, paragraphs };
}

function chooseRoots(body: HTMLElement, scores: Map<Element, number>, paragraphs: Element[]): Element[] {
  let top: Element = body;
  let topScore = -1;
  for (const [el, s] of scores) if (s > topScore) { top = el; topScore = s; }

  // Climb to an ancestor that holds clearly more of the article's prose: an
  // article split into chunks (ads between them) has several containers of
  // similar weight under one wrapper, a few levels up.
  const lengths = new Map(paragraphs.map((p) => [p, (p.textContent ?? '').length]));
  const within = (el: Element) => {
    let n = 0;
    for (const [p, len] of lengths) if (el.contains(p)) n += len;
    return n;
  };
  let inside = within(top);
  let level = 0;
  for (let a = top.parentElement; a && a !== body.parentElement && level < 8; a = a.parentElement, level++) {
    // Stop before an ancestor that is mostly links: navigation, teasers, a sidebar.
    if (visibleLinkDensity(a) > 0.3) break;
    const more = within(a);
    if (more >= inside * 1.3 && more - inside > 400) { top = a; inside = more; }
    if (a === body) break;
  }

  // Siblings that continue the article (a lead paragraph, a "continued" block).
  const roots: Element[] = [];
  const parent = top.parentElement;
  if (!parent || top === body) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  for (const sib of parent.children) {
    if (sib === top) { roots.push(sib); continue; }
    if (inBoilerplate(sib, parent)) continue;
    const s = scores.get(sib) ?? 0;
    const tag = sib.tagName.toUpperCase();
    if (s >= threshold) { roots.push(sib); continue; }
    if (tag === 'P') {
      const text = (sib.textContent ?? '').trim();
      if (text.length > 80 && linkDensity(sib, text.length) < 0.25) roots.push(sib);
    }
  }
  return roots;
}
