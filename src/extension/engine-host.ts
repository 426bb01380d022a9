// The engine inside the background. It is imported lazily: the first
// analyze request (or a page starting to load) pulls it in, so waking the
// service worker for a ping, a badge or a command stays cheap.
import type { AnalyzeResult } from '../shared/types.js';
import type { ExtraLexicon } from '../engine/types.js';

type Engine = typeof import('../engine/index.js');
let engine: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  engine ??= import('../engine/index.js').catch((e: unknown) => {
    engine = null; // let the next request try again
    throw e;
  });
  return engine;
}

/** Starts loading the engine without waiting (a page started loading: the request will follow). */
export function warmEngine(): void {
  loadEngine().catch(() => undefined);
}

export async function runEngine(
  text: string,
  langHint: string | undefined,
  extraLexicon: Record<string, ExtraLexicon>,
): Promise<AnalyzeResult> {
  const { analyze, summary } = await loadEngine();
  const analysis = analyze(text, { langHint, extraLexicon });
  return { analysis, summary: summary(analysis, text) };
}
