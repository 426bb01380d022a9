// Binary search over lists sorted by a position, shared by the language modules.

/** How many items of `list` (sorted by `key`) have a key below `value`: the insertion point of `value`. */
export function countBelow<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
