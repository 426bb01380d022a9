// One page's Whosaid session, DOM-side: decide → extract → analyze (through a
// callback: the background in the extension, the engine itself in tests) →
// highlight → follow the page as it changes. No extension API here, so it runs
// under jsdom too.
//
// Everything a session adds (highlights, style, card, listeners, observer)
// hangs on one AbortController: turning off is one abort().
import { DEFAULT_SETTINGS, emptyPageState, type AnalyzeResult, type Attribution, type PageState, type Settings } from '../shared/types.js';
import { articleSignal } from './article.js';
import { mainContent } from './main-content.js';
import { pageLanguage } from './extract.js';
import { TextModel, type RangeInit, type Span } from './text-model.js';
import { createPainter, type Mark, type Painter } from './highlight.js';
import { HIGHLIGHT_NAMES, type HighlightKind } from './highlight-style.js';
import { Card, CARD_TAG, ENGLISH_LABELS, type CardLabels } from './card.js';
import { Watcher, onNavigation, type ChangeKind } from './watch.js';
import { mergeAttributions, shiftAttribution, type AttributionGroup } from './incremental.js';

export type Analyzer = (text: string, langHint?: string) => Promise<AnalyzeResult>;

export interface ControllerOptions {
  analyze: Analyzer;
  settings?: Settings;
  onState?: (state: PageState) => void;
  /** Use layout (browsers): skip text hidden by style sheets. */
  layout?: boolean;
  /** Force the wrapping fallback instead of CSS highlights. */
  wrap?: boolean;
  /** The card's words, or a function that makes them when a card is first shown. */
  labels?: CardLabels | (() => CardLabels);
  /** Follow DOM changes and SPA navigation (default true). */
  watch?: boolean;
  /** Minimum time between rescans (ms). */
  minInterval?: number;
  /** Most characters sent to the engine. */
  maxChars?: number;
  /**
   * After incremental updates, the whole text is analyzed once more when the
   * page has been quiet this long (ms): the summary and links across
   * paragraphs (pronouns, "via" chains) catch up. Runs in the background.
   */
  settleAfter?: number;
}

interface Session {
  ac: AbortController;
  painter: Painter;
  card: Card;
  watcher: Watcher | null;
  model: TextModel | null;
  attributions: Attribution[];
  /** Attribution id → position in `attributions` sorted by cue (keyboard order). */
  order: number[];
  focused: number | null;
  forced: boolean;
  /** Timer of the full re-analysis that follows incremental updates. */
  settle: number | null;
}

const OWN_TAGS = new Set([CARD_TAG.toUpperCase(), 'WHOSAID-MARK']);

export class PageController {
  private session: Session | null = null;
  /** Listens for SPA navigation while the page is not analyzed (no observer). */
  private idle: AbortController | null = null;
  private generation = 0;
  private settings: Settings;
  /** The user asked to run on a page that does not look like an article. */
  private forced = false;
  state: PageState;
  /** Main-thread time spent here (ms), for the benchmark: every synchronous step is timed. */
  readonly timings = { check: 0, extract: 0, main: 0, paint: 0, longest: 0, builds: 0, firstHighlightsAt: null as number | null };

  constructor(private readonly doc: Document, private readonly o: ControllerOptions) {
    this.settings = o.settings ?? DEFAULT_SETTINGS;
    this.state = emptyPageState(doc.location?.href ?? '', doc.title);
  }

  private emit(patch: Partial<PageState>): PageState {
    this.state = { ...this.state, url: this.doc.location?.href ?? '', title: this.doc.title, ...patch };
    this.o.onState?.(this.state);
    return this.state;
  }

  /**
   * Decides whether the page is an article; analyzes it if so (or if forced).
   * `known` skips the check when the caller has just made it.
   */
  async start(force = false, known?: boolean): Promise<PageState> {
    this.stopSession();
    const isArticle = known ?? this.timed('check', () => articleSignal(this.doc) !== null);
    if (!isArticle && !force) {
      this.waitForNavigation(() => { void this.start(); });
      return this.emit({ state: 'not-article', article: false, enabled: true, attributions: [], summary: null, chars: 0 });
    }
    const ac = this.abortController();
    const painter = createPainter(this.doc, { style: this.settings.style, signal: ac.signal, wrap: this.o.wrap });
    const card = new Card(this.doc, this.o.labels ?? ENGLISH_LABELS);
    ac.signal.addEventListener('abort', () => {
      card.hide();
      if (s.settle !== null) this.doc.defaultView?.clearTimeout(s.settle);
    }, { once: true });
    const s: Session = { ac, painter, card, watcher: null, model: null, attributions: [], order: [], focused: null, forced: force, settle: null };
    this.session = s;
    this.listen(s);
    this.emit({ article: isArticle, enabled: true });
    await this.analyzeAll(s);
    if (this.o.watch !== false && this.session === s && !ac.signal.aborted) {
      s.watcher = new Watcher(this.doc, {
        signal: ac.signal,
        onChange: (kind) => { void this.onChange(s, kind); },
        isOurs: (n) => this.isOurs(s, n),
        isModelText: (n) => n.nodeType === 3 && !!s.model && s.model.offsetOf(n, 0) !== null,
        isInContent: (el) => !!s.model && s.model.roots.some((r) => r.contains(el)),
        holdsContent: (el) => !!s.model && s.model.roots.some((r) => el.contains(r)),
        minInterval: this.o.minInterval,
      });
    }
    return this.state;
  }

  /** From the document's own window: its addEventListener only takes its own AbortSignals (jsdom). */
  private abortController(): AbortController {
    const Ctor = (this.doc.defaultView as { AbortController?: typeof AbortController } | null)?.AbortController ?? AbortController;
    return new Ctor();
  }

  private isOurs(s: Session, node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (el && OWN_TAGS.has(el.tagName.toUpperCase())) return true;
    return s.card.owns(node) || s.painter.owns(node);
  }

  private build(): TextModel {
    const s = this.session;
    // The wrap fallback's split text nodes go back together before the page is read again.
    if (s && s.painter.mode === 'wrap') {
      if (s.watcher) s.watcher.ignoring(() => s.painter.reset()); else s.painter.reset();
    }
    this.timings.builds++;
    return this.timed('extract', () => {
      const t0 = performance.now();
      const roots = mainContent(this.doc);
      this.timings.main += performance.now() - t0;
      return TextModel.build(roots, { layout: this.o.layout, maxChars: this.o.maxChars ?? 500_000 });
    });
  }

  private timed<T>(what: 'check' | 'extract' | 'paint', fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      const ms = performance.now() - t0;
      this.timings[what] += ms;
      this.timings.longest = Math.max(this.timings.longest, ms);
    }
  }

  /** Extracts the whole article and analyzes it in one go. */
  private async analyzeAll(s: Session): Promise<void> {
    const gen = ++this.generation;
    const model = this.build();
    s.model = model;
    this.emit({ state: 'analyzing', chars: model.text.length, skipped: model.skipped, skipNotes: model.skipNotes, progress: null, error: null });
    try {
      const lang = pageLanguage(this.doc, model.roots[0]);
      const result = await this.o.analyze(model.text, lang);
      if (gen !== this.generation || s.ac.signal.aborted) return;
      this.apply(s, model, result.analysis.attributions);
      this.emit({ state: 'done', lang: result.analysis.lang, summary: result.summary });
    } catch (e) {
      if (gen !== this.generation || s.ac.signal.aborted) return;
      this.emit({ state: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  }

  /** Paints a model's attributions and publishes them. */
  private apply(s: Session, model: TextModel, attributions: Attribution[]): void {
    s.model = model;
    s.attributions = attributions;
    s.order = attributions.map((a) => a.id).sort((x, y) => byId(attributions, x).cue.start - byId(attributions, y).cue.start);
    this.timed('paint', () => {
      const marks = this.marks(model, attributions);
      const paint = () => s.painter.paint(marks);
      if (s.watcher) s.watcher.ignoring(paint); else paint();
    });
    if (this.timings.firstHighlightsAt === null && attributions.length) this.timings.firstHighlightsAt = performance.now();
    if (s.focused !== null && !attributions.some((a) => a.id === s.focused)) s.focused = null;
    this.emit({ attributions, chars: model.text.length, skipped: model.skipped, skipNotes: model.skipNotes });
  }

  private marks(model: TextModel, attributions: Attribution[]): Mark[] {
    const wanted: { kind: HighlightKind; span: Span; id: number }[] = [];
    for (const a of attributions) {
      if (!this.settings.grades[a.grade]) continue;
      if (a.source) wanted.push({ kind: a.kind, span: a.source, id: a.id });
      wanted.push({ kind: a.kind, span: a.cue, id: a.id });
      if (a.content.end > a.content.start) wanted.push({ kind: 'claim', span: a.content, id: a.id });
    }
    const ranges = model.toRanges(wanted.map((w) => w.span));
    const marks: Mark[] = [];
    wanted.forEach((w, i) => { const r = ranges[i]; if (r) marks.push({ kind: w.kind, range: r, id: w.id }); });
    return marks;
  }

  /** A batch of page changes, in idle time: re-analyze only the paragraphs that changed. */
  private async onChange(s: Session, kind: ChangeKind): Promise<void> {
    if (s.ac.signal.aborted) return;
    if (kind === 'navigation') {
      // A new page in the same document (SPA): start over, article check included.
      await this.start(s.forced);
      return;
    }
    const old = s.model;
    const model = this.build();
    if (!old) return;
    if (model.text === old.text) {
      // Same text, maybe new nodes: re-anchor without asking the engine.
      this.apply(s, model, s.attributions);
      return;
    }
    const gen = ++this.generation;
    const plan = mergeAttributions(old, s.attributions, model);
    if (plan.changedShare > 0.6) { await this.analyzeAll(s); return; }
    const groups: AttributionGroup[] = [...plan.kept];
    const lang = pageLanguage(this.doc, model.roots[0]);
    try {
      this.emit({ state: 'analyzing', progress: { done: 0, total: plan.runs.length } });
      let done = 0;
      for (const run of plan.runs) {
        const result = await this.o.analyze(model.text.slice(run.start, run.end), lang);
        if (gen !== this.generation || s.ac.signal.aborted) return;
        groups.push({ offset: run.start, attributions: result.analysis.attributions });
        this.emit({ progress: { done: ++done, total: plan.runs.length } });
      }
      this.apply(s, model, renumber(groups));
      this.emit({ state: 'done', progress: null });
      this.settleLater(s);
    } catch (e) {
      if (gen !== this.generation || s.ac.signal.aborted) return;
      this.emit({ state: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  }

  private settleLater(s: Session): void {
    const win = this.doc.defaultView;
    if (!win || s.ac.signal.aborted) return;
    if (s.settle !== null) win.clearTimeout(s.settle);
    s.settle = win.setTimeout(() => { s.settle = null; void this.settle(s); }, this.o.settleAfter ?? 5000);
  }

  /** The whole text again, once the page is quiet; dropped if anything changed meanwhile. */
  private async settle(s: Session): Promise<void> {
    const model = s.model;
    if (!model || s.ac.signal.aborted) return;
    const gen = this.generation;
    try {
      const result = await this.o.analyze(model.text, pageLanguage(this.doc, model.roots[0]));
      if (gen !== this.generation || s.ac.signal.aborted || s.model !== model) return;
      this.apply(s, model, result.analysis.attributions);
      this.emit({ state: 'done', lang: result.analysis.lang, summary: result.summary });
    } catch {
      // The incremental highlights stay; the next change tries again.
    }
  }

  // ---- hover, keyboard ----------------------------------------------------

  private listen(s: Session): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const signal = s.ac.signal;
    let frame = 0;
    let last: { x: number; y: number; target: EventTarget | null } | null = null;
    win.addEventListener('pointermove', (e) => {
      last = { x: e.clientX, y: e.clientY, target: e.target };
      if (frame) return;
      frame = win.requestAnimationFrame(() => { frame = 0; if (last) this.hover(s, last.x, last.y, last.target); });
    }, { passive: true, signal });
    // Keyboard users: a caret (caret browsing) or selection inside a highlight shows the card too.
    this.doc.addEventListener('selectionchange', () => {
      const sel = this.doc.getSelection();
      if (!sel || !sel.anchorNode || !s.model) return;
      const id = s.painter.mode === 'wrap'
        ? s.painter.idsAt(sel.anchorNode)[0] ?? null
        : this.attributionAt(s, s.model.offsetOf(sel.anchorNode, sel.anchorOffset));
      if (id !== null && id !== s.card.shownId) this.showCard(s, id);
    }, { signal });
    win.addEventListener('keydown', (e) => { if (e.key === 'Escape') s.card.hide(); }, { signal });
    signal.addEventListener('abort', () => { if (frame) win.cancelAnimationFrame(frame); }, { once: true });
  }

  private hover(s: Session, x: number, y: number, target: EventTarget | null): void {
    if (s.ac.signal.aborted || !s.model) return;
    if (target && s.card.owns(target as Node)) return;
    let id: number | null = null;
    if (s.painter.mode === 'wrap') {
      id = s.painter.idsAt(target)[0] ?? null;
    } else {
      const reg = (this.doc.defaultView as { CSS?: { highlights?: { highlightsFromPoint?: (x: number, y: number) => unknown[] } } }).CSS?.highlights;
      // Cheap test first: is any of our highlights under the pointer at all?
      const hits = reg?.highlightsFromPoint?.(x, y);
      if (!hits || hits.length) id = this.attributionAt(s, this.caretOffset(s.model, x, y));
    }
    if (id === null) { if (s.card.shownId !== null && s.focused === null) s.card.hide(); return; }
    if (id !== s.card.shownId) this.showCard(s, id);
  }

  private caretOffset(model: TextModel, x: number, y: number): number | null {
    const d = this.doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      return p ? model.offsetOf(p.offsetNode, p.offset) : null;
    }
    const r = d.caretRangeFromPoint?.(x, y);
    return r ? model.offsetOf(r.startContainer, r.startOffset) : null;
  }

  /** The attribution whose source or cue (else claim) holds a text offset. */
  private attributionAt(s: Session, offset: number | null): number | null {
    if (offset === null) return null;
    const inside = (sp: Span | null) => !!sp && offset >= sp.start && offset < sp.end;
    const shown = s.attributions.filter((a) => this.settings.grades[a.grade]);
    return (shown.find((a) => inside(a.source) || inside(a.cue)) ?? shown.find((a) => inside(a.content)))?.id ?? null;
  }

  private rangeOf(s: Session, a: Attribution): RangeInit | null {
    const span = { start: Math.min(a.cue.start, a.source?.start ?? a.cue.start), end: Math.max(a.cue.end, a.source?.end ?? a.cue.end) };
    return s.model?.toRanges([span])[0] ?? null;
  }

  private showCard(s: Session, id: number): void {
    const a = s.attributions.find((x) => x.id === id);
    if (!a || !s.model) return;
    const text = s.model.text;
    const via: string[] = [];
    const seen = new Set<number>([a.id]);
    for (let v = a.via; v !== null && !seen.has(v); ) {
      seen.add(v);
      const up = s.attributions.find((x) => x.id === v);
      if (!up) break;
      via.unshift(up.speaker ?? (up.source ? up.source.text : up.cue.text));
      v = up.via;
    }
    let rect = { left: 0, top: 0, bottom: 0 };
    const marked = s.painter.elementOf(a.id);
    // Wrap mode: the model's nodes were split by the marks; the mark itself has the position.
    const r = marked ? null : this.rangeOf(s, a);
    if (marked) rect = marked.getBoundingClientRect();
    else if (r) {
      const live = this.doc.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (typeof live.getBoundingClientRect === 'function') rect = live.getBoundingClientRect();
      live.detach();
    }
    s.card.show({
      speaker: a.speaker,
      grade: a.grade,
      cue: a.cue.text,
      via,
      claim: text.slice(a.content.start, a.content.end),
      direct: a.direct,
      anonymityReason: a.anonymityReason?.text ?? null,
    }, rect, a.id);
  }

  /** Scrolls to an attribution, emphasizes it and shows its card. */
  focusAttribution(id: number): boolean {
    const s = this.session;
    const a = s?.attributions.find((x) => x.id === id);
    if (!s || !a) return false;
    const marked = s.painter.elementOf(id);
    const r = marked ? null : this.rangeOf(s, a);
    if (!r && !marked) return false;
    s.focused = id;
    const paint = () => s.painter.focus(r, id);
    if (s.watcher) s.watcher.ignoring(paint); else paint();
    const el = marked ?? r!.startContainer.parentElement;
    if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.showCard(s, id);
    return true;
  }

  /** Next (+1) or previous (-1) highlighted attribution in reading order. */
  step(direction: 1 | -1): { ok: boolean; id: number | null } {
    const s = this.session;
    if (!s) return { ok: false, id: null };
    const order = s.order.filter((id) => this.settings.grades[byId(s.attributions, id).grade]);
    if (!order.length) return { ok: false, id: null };
    const at = s.focused === null ? -1 : order.indexOf(s.focused);
    const next = at === -1 ? (direction === 1 ? 0 : order.length - 1) : (at + direction + order.length) % order.length;
    const id = order[next]!;
    return { ok: this.focusAttribution(id), id };
  }

  /** On: start again (forced if it was forced before); off: remove everything. */
  async setEnabled(enabled: boolean): Promise<PageState> {
    if (!enabled) {
      this.stopSession();
      return this.emit({ state: 'off', enabled: false, attributions: [], summary: null, progress: null });
    }
    return this.start(this.forced);
  }

  /** Only decides whether the page is an article (automatic highlighting off): state 'idle'. */
  check(): PageState {
    this.stopSession();
    const article = articleSignal(this.doc) !== null;
    this.waitForNavigation(() => { this.check(); });
    return this.emit({ state: article ? 'idle' : 'not-article', article, enabled: true });
  }

  private waitForNavigation(then: () => void): void {
    const win = this.doc.defaultView;
    if (!win || this.o.watch === false) return;
    this.idle = this.abortController();
    onNavigation(win, this.idle.signal, then);
  }

  /** Analyze even though the page does not look like an article. */
  runAnyway(): Promise<PageState> {
    this.forced = true;
    return this.start(true);
  }

  /** New settings: repaint in the new style and grades (no new analysis needed). */
  updateSettings(settings: Settings): void {
    const before = this.settings;
    this.settings = settings;
    const s = this.session;
    if (!s || !s.model || s.ac.signal.aborted) return;
    if (before.style !== settings.style) {
      s.painter.clear();
      s.painter = createPainter(this.doc, { style: settings.style, signal: s.ac.signal, wrap: this.o.wrap });
    }
    if (before.style !== settings.style || JSON.stringify(before.grades) !== JSON.stringify(settings.grades)) {
      this.apply(s, s.model, s.attributions);
    }
  }

  private stopSession(): void {
    this.generation++;
    this.idle?.abort();
    this.idle = null;
    this.session?.ac.abort();
    this.session = null;
  }

  /** Removes every highlight and listener: the page is as it was. */
  destroy(): void {
    this.stopSession();
  }

  /** Registry names in use (tests and diagnostics). */
  static readonly names = HIGHLIGHT_NAMES;
}

function byId(list: Attribution[], id: number): Attribution {
  return list.find((a) => a.id === id)!;
}

/** Joins attribution groups (each with offsets relative to `offset`) into one list with fresh ids. */
export function renumber(groups: AttributionGroup[]): Attribution[] {
  const all: { a: Attribution; g: number }[] = [];
  groups.forEach((g, gi) => { for (const a of g.attributions) all.push({ a: shiftAttribution(a, g.offset), g: gi }); });
  all.sort((x, y) => x.a.cue.start - y.a.cue.start);
  const newId = new Map<string, number>();
  all.forEach((x, i) => newId.set(`${x.g}:${x.a.id}`, i));
  return all.map((x, i) => ({
    ...x.a,
    id: i,
    via: x.a.via === null ? null : newId.get(`${x.g}:${x.a.via}`) ?? null,
  }));
}
