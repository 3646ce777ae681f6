// How long to wait after a keystroke before searching, from the person's own typing pace: a
// little longer than their usual gap between keys, so a slow typist is not searched for at every
// letter and a fast one is not kept waiting. Measured on the simulated typists of
// apps/widget/bench/calls-per-query.bench-run.tsx: at 80–400 ms per key one search per query,
// results within 300 ms of the last key at 120 ms per key (docs/decisions/0031-search-pacing.md).

/**
 * A person has stopped when no key came for this many times their usual gap: the median of their
 * last eight, so one hesitation does not slow the next keys down.
 */
export const PAUSE_FACTOR = 1.4;
export const MIN_PAUSE_MS = 150;
export const MAX_PAUSE_MS = 800;
/** Before two keys have shown a pace. */
export const DEFAULT_PAUSE_MS = 300;
/** A longer gap is a pause (reading, thinking), not typing, and says nothing of the pace. */
const LONGEST_TYPING_GAP_MS = 1_200;
const GAPS_KEPT = 8;

export interface TypingPace {
  /** Records a keystroke at `at` (ms). */
  keystroke(at: number): void;
  /** How long after the latest keystroke the person counts as having stopped. */
  pauseMs(): number;
}

export function createTypingPace(): TypingPace {
  const gaps: number[] = [];
  let last: number | undefined;
  return {
    keystroke(at) {
      if (last !== undefined && at - last <= LONGEST_TYPING_GAP_MS) {
        gaps.push(at - last);
        if (gaps.length > GAPS_KEPT) gaps.shift();
      }
      last = at;
    },
    pauseMs() {
      if (gaps.length === 0) return DEFAULT_PAUSE_MS;
      const sorted = [...gaps].sort((a, b) => a - b);
      const usual = sorted[Math.floor(sorted.length / 2)]!;
      return Math.round(Math.min(MAX_PAUSE_MS, Math.max(MIN_PAUSE_MS, usual * PAUSE_FACTOR)));
    },
  };
}
