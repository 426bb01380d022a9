// Fast look-ups over the document's paired quotes: the quote that ends right
// before a position, the one that opens right after, and whether a position is
// inside quoted words.
import type { Quote } from '../types.js';

export class QuoteIndex {
  private opens: number[];
  constructor(private quotes: Quote[], private text: string) {
    this.opens = quotes.map((q) => q.open);
  }

  /** Index of the last quote opening before pos. */
  private lastBefore(pos: number): number {
    let lo = 0;
    let hi = this.opens.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.opens[mid]! < pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  }

  /** The outermost quote whose words contain pos. */
  inside(pos: number): Quote | null {
    let found: Quote | null = null;
    for (let i = this.lastBefore(pos), n = 0; i >= 0 && n < 8; i--, n++) {
      const q = this.quotes[i]!;
      if (q.content.start <= pos && pos < q.content.end && (!found || q.depth <= found.depth)) found = q;
    }
    return found;
  }

  /** A top-level quote that closes right before `pos`, with only `gap` characters between. */
  endingBefore(pos: number, gap: RegExp, floor: number): Quote | null {
    for (let i = this.lastBefore(pos), n = 0; i >= 0 && n < 8; i--, n++) {
      const q = this.quotes[i]!;
      if (q.depth > 0 || q.content.start < floor) continue;
      const end = q.close ?? q.content.end;
      if (end < pos && gap.test(this.text.slice(q.closeEnd ?? (q.close === null ? end : end + 1), pos))) return q;
    }
    return null;
  }

  /** A top-level quote that opens at or after `pos`, with only `gap` characters between. */
  startingAfter(pos: number, gap: RegExp, ceiling: number): Quote | null {
    const i = this.lastBefore(pos) + 1;
    for (let k = i; k < this.quotes.length && k < i + 4; k++) {
      const q = this.quotes[k]!;
      if (q.open >= ceiling) return null;
      if (q.depth > 0) continue;
      if (gap.test(this.text.slice(pos, q.open))) return q;
    }
    return null;
  }

  /** The next top-level quote opening at or after pos. */
  next(pos: number): Quote | null {
    for (let k = this.lastBefore(pos) + 1; k < this.quotes.length; k++) if (this.quotes[k]!.depth === 0) return this.quotes[k]!;
    return null;
  }

  /** A quote nested inside `outer` that opens right after `pos` ("… and he said, ‘…’"). */
  innerAfter(pos: number, outer: Quote): Quote | null {
    for (let k = this.lastBefore(pos) + 1, n = 0; k < this.quotes.length && n < 4; k++, n++) {
      const q = this.quotes[k]!;
      if (q.depth <= outer.depth || q.open >= outer.content.end) return null;
      if (/^[\s,:—–]*$/.test(this.text.slice(pos, q.open))) return q;
    }
    return null;
  }
}
