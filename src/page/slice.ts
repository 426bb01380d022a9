// Time-slicing the page layer's work on the page's main thread.
//
// Long steps (finding the main content, building the text model, resolving
// offsets, painting) are written once, as generators that `yield` at cheap
// checkpoints. The CLI and tests run them straight through (runSteps); the
// content script runs them in slices (Slicer.run): when a slice has used its
// budget, the work continues in a later task, so a huge page never blocks
// the page for more than one slice. A normal article fits in one slice.

/** Work that yields at checkpoints where it may be paused, and returns T. */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end in one go (CLI, tests, small jobs). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Checkpoint every `every` calls: per-node loops yield without paying a generator step per node. */
export function every(n: number): () => boolean {
  let i = 0;
  return () => ++i % n === 0;
}

export interface SlicerOptions {
  /** Most ms of work in one slice (a step running past it ends the slice). */
  budget?: number;
  /** Aborted: the next pause throws, and no more work runs. */
  signal?: AbortSignal;
  /** Each slice's length (ms) when it ends: for the benchmark's longest step. */
  onSlice?: (ms: number) => void;
}

interface YieldWindow {
  scheduler?: { yield?: () => Promise<void> };
  MessageChannel?: typeof MessageChannel;
  setTimeout: (cb: () => void, ms?: number) => unknown;
}

/** 25 ms of our work, plus one step and what the page does in the same task, stays under 50. */
export const SLICE_BUDGET_MS = 25;

export class Slicer {
  private sliceStart: number;
  /** How many times the work paused (a normal article: none). */
  pauses = 0;

  constructor(private readonly win: YieldWindow | null, private readonly o: SlicerOptions = {}) {
    this.sliceStart = performance.now();
  }

  /** The current slice has used its budget. */
  due(): boolean {
    return this.elapsed() >= (this.o.budget ?? SLICE_BUDGET_MS);
  }

  /** ms since the current slice began. */
  elapsed(): number {
    return performance.now() - this.sliceStart;
  }

  /** Ends the slice: the work goes on in a later task. Throws if aborted meanwhile. */
  async pause(): Promise<void> {
    this.end();
    this.pauses++;
    await nextTask(this.win);
    this.throwIfAborted();
    this.sliceStart = performance.now();
  }

  /** Starts a new slice after waiting for something else (the engine's answer). */
  restart(): void {
    this.sliceStart = performance.now();
  }

  /** Reports the current slice's length (the work is done or waits for something else now). */
  end(): void {
    this.o.onSlice?.(performance.now() - this.sliceStart);
  }

  throwIfAborted(): void {
    if (this.o.signal?.aborted) throw new SliceAborted();
  }

  /**
   * Runs steps, pausing whenever the slice is due. `time` gets the ms of each
   * step (the benchmark's per-part totals); `around` wraps each step (the
   * watcher ignores our own DOM changes step by step, never the page's
   * changes made between slices).
   */
  async run<T>(steps: Steps<T>, o: { time?: (ms: number) => void; around?: <R>(fn: () => R) => R } = {}): Promise<T> {
    this.throwIfAborted();
    for (;;) {
      const t0 = performance.now();
      const r = o.around ? o.around(() => steps.next()) : steps.next();
      o.time?.(performance.now() - t0);
      if (r.done) return r.value;
      if (this.due()) {
        try {
          await this.pause();
        } catch (e) {
          steps.return(undefined as never);
          throw e;
        }
      }
    }
  }
}

/** Thrown by a pause when the session was turned off meanwhile. */
export class SliceAborted extends Error {
  constructor() {
    super('stopped');
    this.name = 'AbortError';
  }
}

/**
 * The next task of the page's event loop: scheduler.yield() where it exists
 * (continues ahead of other queued work, after input and rendering), else a
 * MessageChannel message (no 4 ms clamping of nested timers), else a timer.
 */
function nextTask(win: YieldWindow | null): Promise<void> {
  const y = win?.scheduler?.yield;
  if (typeof y === 'function') {
    try {
      // A scheduler that fails (a page that broke it, a wrapper that refuses) falls back to the next way.
      return Promise.resolve(y.call(win!.scheduler)).catch(() => otherTask(win));
    } catch { /* the next way */ }
  }
  return otherTask(win);
}

function otherTask(win: YieldWindow | null): Promise<void> {
  const Channel = win?.MessageChannel;
  if (typeof Channel === 'function') {
    try {
      return new Promise((resolve) => {
        const ch = new Channel();
        ch.port1.onmessage = () => { ch.port1.close(); resolve(); };
        ch.port2.postMessage(null);
      });
    } catch { /* fall through */ }
  }
  return new Promise((resolve) => { (win ?? globalThis).setTimeout(resolve, 0); });
}
