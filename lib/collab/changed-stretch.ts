/**
 * Where `next` differs from `prev`: the length of their common beginning (`start`) and of their
 * common end after it (`end`). The stretch between is the one change that turns one into the other.
 */
export function changedStretch(prev: ArrayLike<unknown>, next: ArrayLike<unknown>): { start: number; end: number } {
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  let end = 0;
  while (
    end < prev.length - start &&
    end < next.length - start &&
    prev[prev.length - 1 - end] === next[next.length - 1 - end]
  )
    end++;
  return { start, end };
}
