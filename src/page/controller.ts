// One page's Whosaid session, DOM-side: decide → extract → analyze (through a
// callback: the background in the extension, the engine itself in tests) →
// highlight → follow the page as it changes. No extension API here, so it runs
// under jsdom too.
//
// Everything a session adds (highlights, style, card, listeners, observer)
// hangs on one AbortController: turning off is one abort().
//
// Long steps run in slices (slice.ts): on a huge page, finding the content,
// building the text and painting pause whenever a slice has used its budget,
// so the page is never blocked for longer than one slice. A session's jobs
// (first analysis, page changes, settings) run one after another, and the
// watcher is on from the start: a change made between slices is noted and
// handled by the next job.
import { DEFAULT_SETTINGS, emptyPageState, type Analysis, type AnalyzeResult, type Attribution, type PageState, type Settings } from '../shared/types.js';
import { articleSignal } from './article.js';
import { mainContentSteps } from './main-content.js';
import { pageLanguage } from './extract.js';
import { TextModel, type RangeInit, type Span } from './text-model.js';
import { Slicer, type Steps } from './slice.js';
import { createPainter, type Mark, type Painter } from './highlight.js';
import { HIGHLIGHT_NAMES, highlightsDrawLines, type HighlightKind } from './highlight-style.js';
import { Card, CARD_TAG, ENGLISH_LABELS, type CardLabels } from './card.js';
import { Watcher, onNavigation, type ChangeKind } from './watch.js';
import { mergeAttributionSteps, shiftAttribution, type AttributionGroup } from './incremental.js';
// The summary only (pure, a few KB): the engine itself runs in the background.
import { summary as summarize } from '../engine/summary.js';

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
  /** Most ms of work per slice before the page gets its thread back (default SLICE_BUDGET_MS). */
  sliceBudget?: number;
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
  /** The attribution stepped to before Escape took its emphasis away: the next step goes on from it. */
  resumeFrom: number | null;
  forced: boolean;
  /** Timer of the full re-analysis that follows incremental updates. */
  settle: number | null;
  /** The session's jobs, one at a time. */
  queue: Promise<void>;
  /** A page change waiting in the queue (later changes join it). */
  queuedChange: ChangeKind | null;
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
  /**
   * Main-thread time spent here (ms), for the benchmark: every step is timed;
   * `longest` is the longest slice (or synchronous check).
   */
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
    const s: Session = {
      ac, painter, card, watcher: null, model: null, attributions: [], order: [], focused: null, resumeFrom: null, forced: force, settle: null,
      queue: Promise.resolve(), queuedChange: null,
    };
    this.session = s;
    this.listen(s);
    // 'analyzing' from the start: reading a huge page takes several slices, and
    // the state sent meanwhile must not be the previous page's.
    this.emit({ article: isArticle, enabled: true, state: 'analyzing', attributions: [], summary: null, chars: 0, skipped: [], skipNotes: [], progress: null, error: null });
    if (this.o.watch !== false) {
      // On before the first analysis: a page change between its slices (or
      // while the engine works) is handled by the job after it. Until the
      // first text model exists, any text or visibility change counts.
      s.watcher = new Watcher(this.doc, {
        signal: ac.signal,
        onChange: (kind) => this.changed(s, kind),
        isOurs: (n) => this.isOurs(s, n),
        isModelText: (n) => n.nodeType === 3 && (!s.model || s.model.offsetOf(n, 0) !== null),
        isInContent: (el) => !s.model || s.model.roots.some((r) => r.contains(el)),
        holdsContent: (el) => !s.model || s.model.roots.some((r) => el.contains(r)),
        minInterval: this.o.minInterval,
      });
    }
    await this.enqueue(s, () => this.analyzeAll(s));
    return this.state;
  }

  /** Runs a session's jobs one at a time, none after the session ended. */
  private enqueue(s: Session, job: () => Promise<void>): Promise<void> {
    const run = s.queue.then(() => (s.ac.signal.aborted ? undefined : job()));
    s.queue = run.catch(() => undefined);
    return run;
  }

  /** A batch of page changes from the watcher: one job for all changes noted before it runs. */
  private changed(s: Session, kind: ChangeKind): void {
    if (s.queuedChange) {
      if (kind === 'navigation') s.queuedChange = kind;
      return;
    }
    s.queuedChange = kind;
    void this.enqueue(s, async () => {
      const k = s.queuedChange ?? kind;
      s.queuedChange = null;
      await this.onChange(s, k);
    }).catch(() => undefined);
  }

  /** A slicer for one job of a session: stops with it, reports its slices to the timings. */
  private slicer(s: Session): Slicer {
    return new Slicer(this.doc.defaultView as unknown as ConstructorParameters<typeof Slicer>[0], {
      signal: s.ac.signal,
      budget: this.o.sliceBudget,
      onSlice: (ms) => { this.timings.longest = Math.max(this.timings.longest, ms); },
    });
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

  /** Finds the main content and builds its text model, in slices. */
  private async build(s: Session, sl: Slicer): Promise<TextModel> {
    // The wrap fallback's split text nodes go back together before the page is read again.
    if (s.painter.mode === 'wrap') {
      if (s.watcher) s.watcher.ignoring(() => s.painter.reset()); else s.painter.reset();
    }
    this.timings.builds++;
    let phase: 'main' | 'text' = 'main';
    const doc = this.doc, options = { layout: this.o.layout, maxChars: this.o.maxChars ?? 500_000 };
    function* steps(): Steps<TextModel> {
      const roots = yield* mainContentSteps(doc);
      yield; // the step that ends here is the main content's; the text model's start after it
      phase = 'text';
      return yield* TextModel.buildSteps(roots, options);
    }
    return sl.run(steps(), {
      time: (ms) => {
        this.timings.extract += ms;
        if (phase === 'main') this.timings.main += ms;
      },
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
    const sl = this.slicer(s);
    try {
      const model = await this.build(s, sl);
      if (gen !== this.generation || s.ac.signal.aborted) return;
      s.model = model;
      this.emit({ state: 'analyzing', chars: model.text.length, skipped: model.skipped, skipNotes: model.skipNotes, progress: null, error: null });
      sl.end();
      const lang = pageLanguage(this.doc, model.roots[0]);
      const result = await this.o.analyze(model.text, lang);
      if (gen !== this.generation || s.ac.signal.aborted) return;
      sl.restart();
      await this.apply(s, model, result.analysis.attributions, sl, doneState(result));
      sl.end();
    } catch (e) {
      if (gen !== this.generation || s.ac.signal.aborted) return;
      this.emit({ state: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  }

  /**
   * Paints a model's attributions (in slices) and publishes them. The page
   * shows the old highlights until the new ones are ready; hover and keyboard
   * follow the new attributions from then on.
   */
  private async apply(s: Session, model: TextModel, attributions: Attribution[], sl: Slicer, patch: Partial<PageState> = {}): Promise<void> {
    // A large answer from the engine was just decoded in this task: painting starts in the next.
    if (attributions.length >= 1000) await sl.pause();
    const time = (ms: number) => { this.timings.paint += ms; };
    const marks = await sl.run(this.markSteps(model, attributions), { time });
    // Each step under the watcher's eye: our own changes (the style sheet,
    // fallback marks) are dropped, the page's changes between slices are kept.
    const around = <R>(fn: () => R): R => (s.watcher ? s.watcher.ignoring(fn) : fn());
    await sl.run(s.painter.paintSteps(marks), { time, around });
    s.model = model;
    s.attributions = attributions;
    // Sorted by cue, not looked up by id per comparison: thousands of attributions on a huge page.
    s.order = [...attributions].sort((x, y) => x.cue.start - y.cue.start).map((a) => a.id);
    if (this.timings.firstHighlightsAt === null && attributions.length) this.timings.firstHighlightsAt = performance.now();
    if (s.focused !== null && !attributions.some((a) => a.id === s.focused)) s.focused = null;
    if (s.resumeFrom !== null && !attributions.some((a) => a.id === s.resumeFrom)) s.resumeFrom = null;
    // The state message (every attribution, serialized on this thread) gets a slice of its own when this one is well used.
    if (sl.elapsed() > 10) await sl.pause();
    // One state message for the attributions and what the caller adds (each message is serialized here).
    this.emit({ attributions, chars: model.text.length, skipped: model.skipped, skipNotes: model.skipNotes, ...patch });
  }

  private *markSteps(model: TextModel, attributions: Attribution[]): Steps<Mark[]> {
    const wanted: { kind: HighlightKind; span: Span; id: number }[] = [];
    for (const a of attributions) {
      if (!this.settings.grades[a.grade]) continue;
      if (a.source) wanted.push({ kind: a.kind, span: a.source, id: a.id });
      wanted.push({ kind: a.kind, span: a.cue, id: a.id });
      if (a.content.end > a.content.start) wanted.push({ kind: 'claim', span: a.content, id: a.id });
    }
    yield;
    const ranges = yield* model.toRangeSteps(wanted.map((w) => w.span));
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
    if (!old) return;
    const gen = ++this.generation;
    const sl = this.slicer(s);
    try {
      const model = await this.build(s, sl);
      if (gen !== this.generation || s.ac.signal.aborted) return;
      if (model.text === old.text) {
        // Same text, maybe new nodes: re-anchor without asking the engine.
        await this.apply(s, model, s.attributions, sl);
        sl.end();
        return;
      }
      const plan = await sl.run(mergeAttributionSteps(old, s.attributions, model), { time: (ms) => { this.timings.extract += ms; } });
      // Much changed, or a page in a language the engine does not read (a changed
      // paragraph alone is too short to judge): the whole text again.
      if (plan.changedShare > 0.6 || !this.state.languageSupported) { sl.end(); await this.analyzeAll(s); return; }
      const groups: AttributionGroup[] = [...plan.kept];
      const lang = pageLanguage(this.doc, model.roots[0]);
      this.emit({ state: 'analyzing', progress: { done: 0, total: plan.runs.length } });
      sl.end();
      let done = 0;
      for (const run of plan.runs) {
        const result = await this.o.analyze(model.text.slice(run.start, run.end), lang);
        if (gen !== this.generation || s.ac.signal.aborted) return;
        groups.push({ offset: run.start, attributions: result.analysis.attributions });
        this.emit({ progress: { done: ++done, total: plan.runs.length } });
      }
      sl.restart();
      // The popup's summary (counts, speakers, claims by attribution id) from the
      // attributions now shown: on a page that keeps changing, the full re-analysis
      // that would bring it (settle) keeps being put off.
      const merged = renumber(groups);
      const analysis: Analysis = {
        lang: this.state.summary?.lang ?? this.state.lang ?? 'und', supported: true, langs: {}, length: model.text.length, attributions: merged, sentences: [], skippedChars: 0,
      };
      const summary = summarize(analysis, model.text);
      await this.apply(s, model, merged, sl, { state: 'done', progress: null, summary });
      sl.end();
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
    s.settle = win.setTimeout(() => { s.settle = null; void this.enqueue(s, () => this.settle(s)).catch(() => undefined); }, this.o.settleAfter ?? 5000);
  }

  /** The whole text again, once the page is quiet; dropped if anything changed meanwhile. */
  private async settle(s: Session): Promise<void> {
    const model = s.model;
    if (!model || s.ac.signal.aborted) return;
    const gen = this.generation;
    try {
      const result = await this.o.analyze(model.text, pageLanguage(this.doc, model.roots[0]));
      if (gen !== this.generation || s.ac.signal.aborted || s.model !== model) return;
      const sl = this.slicer(s);
      await this.apply(s, model, result.analysis.attributions, sl, doneState(result));
      sl.end();
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
    /** The card shown was asked for by the caret (caret browsing, a selection), not the pointer. */
    let byCaret = false;
    win.addEventListener('pointermove', (e) => {
      last = { x: e.clientX, y: e.clientY, target: e.target };
      if (frame) return;
      frame = win.requestAnimationFrame(() => { frame = 0; if (last) { byCaret = false; this.hover(s, last.x, last.y, last.target); } });
    }, { passive: true, signal });
    // Keyboard users: a caret (caret browsing) or selection inside a highlight shows the card too.
    this.doc.addEventListener('selectionchange', () => {
      const sel = this.doc.getSelection();
      if (!sel || !sel.anchorNode || !s.model) return;
      const id = s.painter.mode === 'wrap'
        ? this.innermost(s, s.painter.idsAt(sel.anchorNode))
        : this.attributionAt(s, s.model.offsetOf(sel.anchorNode, sel.anchorOffset));
      // By the caret's line, as a hovered card by the pointer's: not over the text being read or selected.
      if (id !== null && id !== s.card.shownId) {
        byCaret = true;
        this.showCard(s, id, s.painter.mode === 'wrap' ? null : this.caretLine(sel));
      }
    }, { signal });
    win.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.dismiss(s); }, { signal });
    // The card is fixed to the viewport: when the page scrolls (a smooth scroll to an
    // attribution stepped to, the reader scrolling, the browser anchoring the scroll as
    // content loads above), the card of the attribution stepped to follows its text, and
    // a hovered card is made again for what is under the pointer now (or goes).
    let scrollFrame = 0;
    win.addEventListener('scroll', () => {
      if (scrollFrame || s.card.shownId === null) return;
      scrollFrame = win.requestAnimationFrame(() => {
        scrollFrame = 0;
        const id = s.card.shownId;
        if (id === null || s.ac.signal.aborted) return;
        if (id === s.focused) this.showCard(s, id);
        else if (byCaret) {
          // Caret browsing scrolls the page as the caret moves: the card stays by the caret.
          const sel = this.doc.getSelection();
          this.showCard(s, id, sel && s.painter.mode !== 'wrap' ? this.caretLine(sel) : null);
        } else if (last) {
          const target = s.painter.mode === 'wrap' ? this.doc.elementFromPoint?.(last.x, last.y) ?? null : null;
          this.hover(s, last.x, last.y, target, true);
        } else s.card.hide();
      });
    }, { passive: true, capture: true, signal });
    signal.addEventListener('abort', () => {
      if (frame) win.cancelAnimationFrame(frame);
      if (scrollFrame) win.cancelAnimationFrame(scrollFrame);
    }, { once: true });
  }

  /** `again`: the page moved under the pointer; the card is placed anew even for the same attribution. */
  private hover(s: Session, x: number, y: number, target: EventTarget | null, again = false): void {
    if (s.ac.signal.aborted || !s.model) return;
    if (target && s.card.owns(target as Node)) { if (again) s.card.hide(); return; }
    let id: number | null = null;
    let line: LineBox | null = null;
    if (s.painter.mode === 'wrap') {
      id = this.innermost(s, s.painter.idsAt(target));
    } else {
      const reg = (this.doc.defaultView as { CSS?: { highlights?: { highlightsFromPoint?: (x: number, y: number) => unknown[] } } }).CSS?.highlights;
      // Cheap test first: is any of our highlights under the pointer at all? Not where
      // sources are drawn in pieces (no lines: BAND_PATTERNS): the letters between
      // a dashed source's pieces are still the source.
      const hits = highlightsDrawLines() ? reg?.highlightsFromPoint?.(x, y) : undefined;
      if (!hits || hits.length) id = this.attributionAt(s, this.caretOffset(s.model, x, y));
      // The caret position is the text nearest the pointer, even over a blank margin
      // (Firefox, which has no highlightsFromPoint to rule that out first): the
      // attribution counts only when one of its highlighted lines is under the pointer.
      if (id !== null) {
        line = this.lineAt(s, id, { x, y });
        if (!line) id = null;
      }
    }
    // Off every highlight: a hovered card goes; the card of the attribution stepped to stays.
    if (id === null) { if (s.card.shownId !== null && s.card.shownId !== s.focused) s.card.hide(); return; }
    if (id !== s.card.shownId || again) this.showCard(s, id, line);
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

  /**
   * The attribution whose source or cue (else claim) holds a text offset; of
   * several, the smallest: in "A said that B said C" the pointer on C (inside
   * both claims) or on "B said" (inside A's claim) means B.
   */
  private attributionAt(s: Session, offset: number | null): number | null {
    if (offset === null) return null;
    const inside = (sp: Span | null) => !!sp && offset >= sp.start && offset < sp.end;
    let best: { id: number; rank: number; size: number } | null = null;
    for (const a of s.attributions) {
      if (!this.settings.grades[a.grade]) continue;
      const head = inside(a.source) ? a.source! : inside(a.cue) ? a.cue : null;
      const span = head ?? (inside(a.content) ? a.content : null);
      if (!span) continue;
      const rank = head ? 0 : 1, size = span.end - span.start;
      if (!best || rank < best.rank || (rank === best.rank && size < best.size)) best = { id: a.id, rank, size };
    }
    return best?.id ?? null;
  }

  /** Of the attributions painted at one spot (wrap mode), the innermost: the one with the smallest claim. */
  private innermost(s: Session, ids: number[]): number | null {
    let best: { id: number; size: number } | null = null;
    for (const id of ids) {
      const a = s.attributions.find((x) => x.id === id);
      if (!a) continue;
      const size = a.content.end - a.content.start;
      if (!best || size < best.size) best = { id, size };
    }
    return best?.id ?? null;
  }

  private rangeOf(s: Session, a: Attribution): RangeInit | null {
    const span = { start: Math.min(a.cue.start, a.source?.start ?? a.cue.start), end: Math.max(a.cue.end, a.source?.end ?? a.cue.end) };
    return s.model?.toRanges([span])[0] ?? null;
  }

  /**
   * Shows an attribution's card by its source and cue, or by `line`: the line of its
   * highlights under the pointer (a claim hovered lines below its cue must not get a
   * card over it).
   */
  private showCard(s: Session, id: number, line?: LineBox | null): void {
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
    if (line) rect = line;
    else if (marked) rect = marked.getBoundingClientRect();
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

  /** The line box of a selection's caret (its focus end), if it has one. */
  private caretLine(sel: Selection): LineBox | null {
    if (!sel.focusNode) return null;
    try {
      const r = this.doc.createRange();
      r.setStart(sel.focusNode, sel.focusOffset);
      r.collapse(true);
      const q = typeof r.getClientRects === 'function' ? r.getClientRects()[0] : undefined;
      return q && q.bottom > q.top ? { left: q.left, top: q.top, bottom: q.bottom } : null;
    } catch {
      return null;
    }
  }

  /** The line box of an attribution's highlights (source, cue, claim) that holds a point, if any. */
  private lineAt(s: Session, id: number, p: { x: number; y: number }): LineBox | null {
    const a = s.attributions.find((x) => x.id === id);
    if (!a || !s.model) return null;
    const spans: Span[] = [a.cue, a.content];
    if (a.source) spans.push(a.source);
    for (const r of s.model.toRanges(spans)) {
      if (!r) continue;
      const live = this.doc.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const rects = typeof live.getClientRects === 'function' ? [...live.getClientRects()] : [];
      live.detach();
      const hit = rects.find((q) => q.width > 0 && p.x >= q.left - 1 && p.x <= q.right + 1 && p.y >= q.top - 1 && p.y <= q.bottom + 1);
      if (hit) return { left: hit.left, top: hit.top, bottom: hit.bottom };
    }
    return null;
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
    s.resumeFrom = null;
    const paint = () => s.painter.focus(r, id);
    if (s.watcher) s.watcher.ignoring(paint); else paint();
    const el = marked ?? r!.startContainer.parentElement;
    if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.showCard(s, id);
    return true;
  }

  /** Escape: the card goes, and with it the emphasis of the attribution stepped to (its place in the order is kept). */
  private dismiss(s: Session): void {
    s.card.hide();
    if (s.focused === null) return;
    s.resumeFrom = s.focused;
    s.focused = null;
    const clear = () => s.painter.focus(null);
    if (s.watcher) s.watcher.ignoring(clear); else clear();
  }

  /** Next (+1) or previous (-1) highlighted attribution in reading order. */
  step(direction: 1 | -1): { ok: boolean; id: number | null } {
    const s = this.session;
    if (!s) return { ok: false, id: null };
    const order = s.order.filter((id) => this.settings.grades[byId(s.attributions, id).grade]);
    if (!order.length) return { ok: false, id: null };
    const from = s.focused ?? s.resumeFrom;
    const at = from === null ? -1 : order.indexOf(from);
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

  /** New settings: repaint in the new style and grades (no new analysis needed), after any running job. */
  async updateSettings(settings: Settings): Promise<void> {
    const before = this.settings;
    this.settings = settings;
    const s = this.session;
    if (!s || s.ac.signal.aborted) return;
    const restyle = before.style !== settings.style;
    if (!restyle && JSON.stringify(before.grades) === JSON.stringify(settings.grades)) return;
    await this.enqueue(s, async () => {
      if (!s.model) return;
      if (restyle) {
        // Between jobs: no paint of the old painter is halfway.
        s.painter.clear();
        s.painter = createPainter(this.doc, { style: settings.style, signal: s.ac.signal, wrap: this.o.wrap });
      }
      const sl = this.slicer(s);
      await this.apply(s, s.model, s.attributions, sl);
      sl.end();
    }).catch(() => undefined);
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

interface LineBox { left: number; top: number; bottom: number }

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

/** What a whole-text analysis tells the page state (its language, and whether the engine reads it). */
function doneState(result: AnalyzeResult): Partial<PageState> {
  return { state: 'done', lang: result.analysis.lang, languageSupported: result.analysis.supported !== false, summary: result.summary };
}
