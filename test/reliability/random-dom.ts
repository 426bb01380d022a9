// Random DOM trees for the anchoring property test, built with DOM calls (not
// the parser) so they can hold what parsing never makes: adjacent and empty
// text nodes, a surrogate pair split across two nodes, blocks inside inlines.
//
// Hidden content uses only markers the text model skips wherever they appear
// (tags, `hidden`, inline display:none, aria-hidden); class-name and
// link-density skips depend on context and are left to the page tests.
import type { Rng } from './prng.js';

const WORDS = [
  'the', 'minister', 'said', 'officials', 'reportedly', 'Guardian', 'по', 'словам', 'министра', 'сообщается',
  'e\u0301te\u0301', 'n\u0303', 'a\u0308\u0301', '😀', '𝔸𝔹', '👩‍👩‍👧', '🇺🇦', 'שלום', 'مرحبا', 'עולם123', '\u202eevil\u202c',
  '\u2067iso\u2069', '\u200fRLM', 'x\u200by', 'a\u00adb', '"quoted"', '«ёлки»', '—', '…', '&amp;', '<b>', '1.5', 'U.S.',
  '中文', 'カタカナ', '\ufffd', '\u0000',
];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\n  ', '\t', '\u00a0', ' \u00a0 ', '\u2003', '\u3000', '\ufeff', '\r\n'];
const INLINE = ['span', 'b', 'i', 'em', 'strong', 'a', 'code', 'small', 'sub', 'q', 'mark', 'whosaid-mark'];
const BLOCK = ['div', 'p', 'section', 'blockquote', 'li', 'h2', 'h3', 'pre', 'td', 'figure', 'article', 'dd'];
const SKIPPED_TAG = ['script', 'style', 'template', 'noscript', 'nav', 'aside', 'button', 'textarea', 'h1', 'svg'];

export interface RandomTree {
  root: HTMLElement;
  /** Elements the text model must leave out with their subtrees. */
  hidden: Set<Element>;
}

function words(r: Rng): string {
  const n = r.int(0, 6);
  let s = r.chance(0.3) ? r.pick(SPACES) : '';
  for (let i = 0; i < n; i++) {
    s += r.pick(WORDS);
    if (i < n - 1 || r.chance(0.3)) s += r.chance(0.7) ? ' ' : r.pick(SPACES);
  }
  return s;
}

function hiddenElement(doc: Document, r: Rng): Element {
  switch (r.int(0, 3)) {
    case 0: return doc.createElement(r.pick(SKIPPED_TAG));
    case 1: { const e = doc.createElement(r.pick(['span', 'div', 'p'])); e.setAttribute('hidden', ''); return e; }
    case 2: { const e = doc.createElement(r.pick(['span', 'div', 'p'])); e.setAttribute('style', 'color: red; display : none'); return e; }
    default: { const e = doc.createElement(r.pick(['span', 'div'])); e.setAttribute('aria-hidden', 'true'); return e; }
  }
}

function fill(doc: Document, r: Rng, parent: Node, depth: number, hidden: Set<Element>, budget: { nodes: number }): void {
  const n = r.int(0, depth > 5 ? 2 : 5);
  for (let i = 0; i < n && budget.nodes > 0; i++) {
    budget.nodes--;
    const roll = r.next();
    if (roll < 0.42) {
      const t = words(r);
      if (t.length > 1 && r.chance(0.15)) {
        // Two adjacent nodes split anywhere, even inside a surrogate pair.
        const at = r.int(1, t.length - 1);
        parent.appendChild(doc.createTextNode(t.slice(0, at)));
        parent.appendChild(doc.createTextNode(t.slice(at)));
      } else parent.appendChild(doc.createTextNode(t));
    } else if (roll < 0.47) parent.appendChild(doc.createTextNode(r.chance(0.5) ? '' : r.pick(SPACES)));
    else if (roll < 0.52) parent.appendChild(doc.createElement('br'));
    else if (roll < 0.56) parent.appendChild(doc.createComment(r.chance(0.5) ? words(r) : '<p>not text</p>'));
    else if (roll < 0.62) {
      const h = hiddenElement(doc, r);
      hidden.add(h);
      if (h.tagName !== 'TEMPLATE') fill(doc, r, h, depth + 1, hidden, budget);
      parent.appendChild(h);
    } else if (roll < 0.66) parent.appendChild(doc.createElement(r.pick([...INLINE, ...BLOCK]))); // empty
    else {
      const e = doc.createElement(r.chance(0.6) ? r.pick(INLINE) : r.pick(BLOCK));
      if (e.tagName === 'A') e.setAttribute('href', 'https://example.org/');
      if (r.chance(0.1)) e.setAttribute('dir', 'rtl');
      if (r.chance(0.05)) e.setAttribute('style', 'display: block');
      parent.appendChild(e);
      if (depth < 9) fill(doc, r, e, depth + 1, hidden, budget);
    }
  }
}

export function randomTree(doc: Document, r: Rng): RandomTree {
  const root = doc.createElement('div');
  const hidden = new Set<Element>();
  fill(doc, r, root, 0, hidden, { nodes: r.int(5, 120) });
  return { root, hidden };
}

/** Is this text node inside a hidden element (below root)? Independent of the text model's code. */
export function isHiddenText(node: Node, root: Node, hidden: Set<Element>): boolean {
  for (let p = node.parentNode; p && p !== root; p = p.parentNode) if (hidden.has(p as Element)) return true;
  return false;
}
