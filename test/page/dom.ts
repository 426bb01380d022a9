// Small DOMs for page-layer tests, and the engine standing in for the background.
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze, summary } from '../../src/engine/index.js';
import type { AnalyzeResult } from '../../src/shared/types.js';

export function page(body: string, head = '', url = 'https://news.example/2026/story'): JSDOM {
  return new JSDOM(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, {
    url, pretendToBeVisual: true, virtualConsole: new VirtualConsole(),
  });
}

/** What the background answers, computed in-process. */
export async function engineAnalyze(text: string, langHint?: string): Promise<AnalyzeResult> {
  const analysis = analyze(text, { langHint });
  return { analysis, summary: summary(analysis, text) };
}

/** A Custom Highlight API stand-in (jsdom has none): a registry map and Highlight sets. */
export function installHighlights(win: JSDOM['window']): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.defineProperty(win, 'Highlight', { value: FakeHighlight, configurable: true });
  return registry;
}

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) { super(ranges); }
}

/** The text a StaticRange covers. */
export function rangeText(doc: Document, r: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }): string {
  const live = doc.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live.toString();
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
