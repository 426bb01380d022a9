// Paints attributions on the page without changing it.
//
// Main path: the CSS Custom Highlight API with StaticRanges (no DOM change;
// live Ranges would make every page mutation costlier). The registry is per
// document and page scripts can clear it, so a watchdog puts ours back.
// Fallback (no CSS.highlights): wrap text in <whosaid-mark> and undo every
// split and wrap exactly, in reverse order (Hypothesis' highlighter does the same).
import type { HighlightStyle } from '../shared/types.js';
import type { RangeInit } from './text-model.js';
import { every, runSteps, type Steps } from './slice.js';
import { BAND_PATTERNS, HIGHLIGHT_KINDS, HIGHLIGHT_NAMES, MARK_TAG, bandPieces, highlightCss, highlightsDrawLines, markCss, type BandPattern, type HighlightKind } from './highlight-style.js';

export interface Mark {
  kind: HighlightKind;
  range: RangeInit;
  /** Attribution id. */
  id: number;
}

export interface Painter {
  readonly mode: 'highlights' | 'wrap';
  /** Replaces everything painted with these marks. */
  paint(marks: readonly Mark[]): void;
  /**
   * paint, as steps: what is shown changes at the last step only (highlights
   * are made aside and swapped in), so a paint stopped halfway changes nothing.
   */
  paintSteps(marks: readonly Mark[]): Steps<void>;
  /** Emphasizes one range (keyboard navigation); null removes it. */
  focus(range: RangeInit | null, id?: number): void;
  /** Attribution ids painted at an element under the pointer (wrap mode only: highlights have no elements). */
  idsAt(target: EventTarget | null): number[];
  /** The first element painted for an attribution (wrap mode only). */
  elementOf(id: number): Element | null;
  /**
   * Takes back DOM changes before the page's text is read again (wrap mode
   * splits text nodes; a text model must see the page's own nodes).
   */
  reset(): void;
  /** Removes all highlights and styles: the page is as before. */
  clear(): void;
  /** Whether a node is one of ours (the watcher ignores it). */
  owns(node: Node): boolean;
}

interface HighlightLike { priority: number; add(r: AbstractRange): unknown; clear(): void; readonly size: number }
interface Registry { get(name: string): unknown; set(name: string, h: unknown): unknown; delete(name: string): boolean }
type HighlightCtor = new (...ranges: AbstractRange[]) => HighlightLike;

interface PaintWindow extends Window {
  CSS: typeof CSS & { highlights?: Registry };
  Highlight?: HighlightCtor;
  StaticRange: typeof StaticRange;
  CSSStyleSheet: typeof CSSStyleSheet;
}

export interface PainterOptions {
  style: HighlightStyle;
  signal: AbortSignal;
  /** Force the wrapping fallback (tests, or pages where highlights fail). */
  wrap?: boolean;
  /** How often to check that page scripts did not clear our highlights (ms). */
  restoreEvery?: number;
  /** Whether ::highlight() draws lines (default: highlightsDrawLines()); without, kinds are told apart by BAND_PATTERNS. */
  lines?: boolean;
}

export function createPainter(doc: Document, o: PainterOptions): Painter {
  const win = doc.defaultView as PaintWindow | null;
  if (!o.wrap && win?.CSS?.highlights && win.Highlight) return new HighlightPainter(doc, win, o);
  return new WrapPainter(doc, o);
}

/** A style sheet that leaves no trace: adopted if possible, else a <style> removed on clear. */
class Sheet {
  private adopted: CSSStyleSheet | null = null;
  private element: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document, css: string) {
    const win = doc.defaultView as PaintWindow | null;
    try {
      if (win && 'adoptedStyleSheets' in doc) {
        const sheet = new win.CSSStyleSheet();
        sheet.replaceSync(css);
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
        if (doc.adoptedStyleSheets.includes(sheet)) { this.adopted = sheet; return; }
      }
    } catch {
      // Firefox content scripts cannot always adopt a sheet made in their own
      // world (https://bugzilla.mozilla.org/show_bug.cgi?id=1751346): use <style>.
    }
    this.element = doc.createElement('style');
    this.element.setAttribute('data-whosaid', '');
    this.element.textContent = css;
    (doc.head ?? doc.documentElement).append(this.element);
  }

  owns(node: Node): boolean {
    return node === this.element || (this.element !== null && this.element.contains(node));
  }

  /** Still in the document (a page script may drop foreign sheets). */
  attached(): boolean {
    if (this.adopted) return this.doc.adoptedStyleSheets.includes(this.adopted);
    return !!this.element?.isConnected;
  }

  remove(): void {
    if (this.adopted) {
      const mine = this.adopted;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== mine);
      this.adopted = null;
    }
    this.element?.remove();
    this.element = null;
  }
}

class HighlightPainter implements Painter {
  readonly mode = 'highlights' as const;
  private readonly registry: Registry;
  private readonly lines: boolean;
  private readonly ours = new Map<string, HighlightLike>();
  private sheet: Sheet | null = null;
  private timer: number | null = null;

  constructor(private readonly doc: Document, private readonly win: PaintWindow, private readonly o: PainterOptions) {
    this.registry = win.CSS.highlights!;
    this.lines = o.lines ?? highlightsDrawLines();
    o.signal.addEventListener('abort', () => this.clear(), { once: true });
  }

  private highlight(name: string, priority: number): HighlightLike {
    let h = this.ours.get(name);
    if (!h) {
      h = new this.win.Highlight!();
      h.priority = priority;
      this.ours.set(name, h);
    }
    return h;
  }

  paint(marks: readonly Mark[]): void {
    runSteps(this.paintSteps(marks));
  }

  *paintSteps(marks: readonly Mark[]): Steps<void> {
    if (this.o.signal.aborted) return;
    // Nothing to show yet: no style sheet (adopting one restyles the whole page), no registry entries.
    if (!marks.length && !this.ours.size) return;
    // New highlights, filled outside the registry: the browser revalidates a
    // registered highlight's ranges whenever it changes, so ranges added to
    // it batch by batch would cost that many passes over all of them.
    const next = new Map<string, HighlightLike>();
    for (const k of HIGHLIGHT_KINDS) {
      const h = new this.win.Highlight!();
      h.priority = k === 'claim' ? 0 : 1;
      next.set(HIGHLIGHT_NAMES[k], h);
    }
    // Dots on a band (BAND_PATTERNS): over the band, under the focus.
    const dots = new this.win.Highlight!();
    dots.priority = 2;
    if (!this.lines) next.set(HIGHLIGHT_NAMES.dots, dots);
    const checkpoint = every(512);
    for (const m of marks) {
      const h = next.get(HIGHLIGHT_NAMES[m.kind])!;
      const pattern = this.lines ? null : BAND_PATTERNS[m.kind];
      if (!pattern || pattern.band) h.add(new this.win.StaticRange(m.range));
      if (pattern) for (const r of patterned(this.doc, m.range, pattern)) (pattern.band ? dots : h).add(new this.win.StaticRange(r));
      if (checkpoint()) yield;
    }
    if (this.o.signal.aborted) return;
    if (!this.sheet) this.sheet = new Sheet(this.doc, highlightCss(this.o.style, this.lines));
    for (const [name, h] of next) {
      const old = this.ours.get(name);
      this.ours.set(name, h);
      this.registry.set(name, h);
      old?.clear();
    }
    this.watchRegistry();
  }

  focus(range: RangeInit | null): void {
    const name = HIGHLIGHT_NAMES.focus;
    if (range && !this.sheet) this.sheet = new Sheet(this.doc, highlightCss(this.o.style, this.lines));
    const h = this.highlight(name, 3);
    h.clear();
    if (range) {
      h.add(new this.win.StaticRange(range));
      this.registry.set(name, h);
    } else if (this.registry.get(name) === h) {
      this.registry.delete(name);
    }
  }

  idsAt(): number[] {
    return [];
  }

  elementOf(): Element | null {
    return null;
  }

  reset(): void {
    // Highlights never change the DOM.
  }

  /** Page scripts share the registry and may clear it: put ours back. */
  private watchRegistry(): void {
    if (this.timer !== null) return;
    // The document's own timers: they end with it (a closed jsdom window, a navigated page).
    this.timer = this.win.setInterval(() => this.restore(), this.o.restoreEvery ?? 1000);
  }

  /** Re-registers any of our highlights that the page removed or replaced; returns how many. */
  restore(): number {
    let n = 0;
    // Highlights without our ::highlight rules are invisible: the sheet comes back too.
    if (this.sheet && !this.sheet.attached()) {
      this.sheet.remove();
      this.sheet = new Sheet(this.doc, highlightCss(this.o.style, this.lines));
      n++;
    }
    for (const [name, h] of this.ours) {
      if (h.size && this.registry.get(name) !== h) { this.registry.set(name, h); n++; }
    }
    return n;
  }

  clear(): void {
    if (this.timer !== null) this.win.clearInterval(this.timer);
    this.timer = null;
    for (const [name, h] of this.ours) {
      if (this.registry.get(name) === h) this.registry.delete(name);
      h.clear();
    }
    this.ours.clear();
    this.sheet?.remove();
    this.sheet = null;
  }

  owns(node: Node): boolean {
    return this.sheet?.owns(node) ?? false;
  }
}

type Op =
  | { split: Text; tail: Text }
  | { mark: HTMLElement; text: Text };

class WrapPainter implements Painter {
  readonly mode = 'wrap' as const;
  private ops: Op[] = [];
  private sheet: Sheet | null = null;
  private marks: HTMLElement[] = [];
  private focused: HTMLElement[] = [];

  constructor(private readonly doc: Document, private readonly o: PainterOptions) {
    o.signal.addEventListener('abort', () => this.clear(), { once: true });
  }

  /** One step: wrapping changes the page's DOM, and a page change between steps would meet half-split text. */
  *paintSteps(marks: readonly Mark[]): Steps<void> {
    this.paint(marks);
  }

  paint(marks: readonly Mark[]): void {
    if (this.o.signal.aborted) return;
    this.unwrap();
    if (!this.sheet) this.sheet = new Sheet(this.doc, markCss(this.o.style));
    // Every boundary of every mark, per text node, before the DOM changes.
    const perNode = new Map<Text, { start: number; end: number; kind: HighlightKind; id: number }[]>();
    for (const m of marks) {
      for (const p of textPieces(this.doc, m.range)) {
        let list = perNode.get(p.node);
        if (!list) perNode.set(p.node, (list = []));
        list.push({ start: p.start, end: p.end, kind: m.kind, id: m.id });
      }
    }
    for (const [node, list] of perNode) this.wrapNode(node, list);
  }

  /** Cuts a text node at every boundary and wraps each covered piece once, last piece first. */
  private wrapNode(node: Text, list: { start: number; end: number; kind: HighlightKind; id: number }[]): void {
    const cuts = [...new Set(list.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);
    for (let i = cuts.length - 2; i >= 0; i--) {
      const a = cuts[i]!, b = cuts[i + 1]!;
      const covering = list.filter((p) => p.start <= a && p.end >= b);
      if (!covering.length) continue;
      if (b < node.length) this.ops.push({ split: node, tail: node.splitText(b) });
      let text = node;
      if (a > 0) {
        text = node.splitText(a);
        this.ops.push({ split: node, tail: text });
      }
      const mark = this.doc.createElement(MARK_TAG);
      mark.setAttribute('data-kinds', [...new Set(covering.map((p) => p.kind))].join(' '));
      mark.setAttribute('data-ids', [...new Set(covering.map((p) => p.id))].join(' '));
      text.replaceWith(mark);
      mark.append(text);
      this.ops.push({ mark, text });
      this.marks.push(mark);
      if (a === 0) break;
    }
  }

  focus(_range: RangeInit | null, id?: number): void {
    for (const m of this.focused) m.removeAttribute('data-focus');
    this.focused = id === undefined ? [] : this.marks.filter((m) => (m.getAttribute('data-ids') ?? '').split(' ').includes(String(id)));
    for (const m of this.focused) m.setAttribute('data-focus', '');
  }

  idsAt(target: EventTarget | null): number[] {
    const node = target as Node | null;
    const start = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
    const el = start?.closest(MARK_TAG);
    return el ? (el.getAttribute('data-ids') ?? '').split(' ').filter(Boolean).map(Number) : [];
  }

  elementOf(id: number): Element | null {
    return this.marks.find((m) => (m.getAttribute('data-ids') ?? '').split(' ').includes(String(id))) ?? null;
  }

  reset(): void {
    this.unwrap();
  }

  /** Undoes every wrap and split in reverse order: the original text nodes come back whole. */
  private unwrap(): void {
    for (let i = this.ops.length - 1; i >= 0; i--) {
      const op = this.ops[i]!;
      // One step that fails (a page that broke its own DOM; jsdom's recursion on
      // very deep trees) must not leave every other mark in the page.
      try {
        if ('mark' in op) {
          op.mark.replaceWith(...op.mark.childNodes);
        } else {
          op.split.appendData(op.tail.data);
          op.tail.remove();
        }
      } catch { /* this step stays undone; the rest are restored */ }
    }
    this.ops = [];
    this.marks = [];
    this.focused = [];
  }

  clear(): void {
    this.unwrap();
    this.sheet?.remove();
    this.sheet = null;
  }

  owns(node: Node): boolean {
    if (this.sheet?.owns(node)) return true;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest(MARK_TAG);
  }
}

/** Text nodes from a range's start to its end, with the part of each that is inside. */
function textPieces(doc: Document, r: RangeInit): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  const first = r.startContainer, last = r.endContainer;
  if (first.nodeType !== 3 || last.nodeType !== 3) return out;
  if (first === last) return r.startOffset < r.endOffset ? [{ node: first as Text, start: r.startOffset, end: r.endOffset }] : out;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  walker.currentNode = first;
  out.push({ node: first as Text, start: r.startOffset, end: (first as Text).length });
  for (let n = walker.nextNode(); n && n !== last; n = walker.nextNode()) {
    const t = n as Text;
    if (t.data.trim() && !isInert(t)) out.push({ node: t, start: 0, end: t.length });
  }
  out.push({ node: last as Text, start: 0, end: r.endOffset });
  return out.filter((p) => p.end > p.start);
}

/** A range as the pieces of a patterned band. */
function patterned(doc: Document, r: RangeInit, p: BandPattern): RangeInit[] {
  return textPieces(doc, r).flatMap(({ node, start, end }) => bandPieces(node.data, start, end, p)
    .map(([a, b]) => ({ startContainer: node, startOffset: a, endContainer: node, endOffset: b })));
}

function isInert(t: Text): boolean {
  const p = t.parentElement;
  return !p || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/i.test(p.tagName);
}
