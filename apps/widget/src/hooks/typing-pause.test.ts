import { describe, expect, it } from 'vitest';
import { createTypingPace, DEFAULT_PAUSE_MS, MAX_PAUSE_MS, MIN_PAUSE_MS, PAUSE_FACTOR } from './typing-pause.ts';

function typedAt(gaps: number[]) {
  const pace = createTypingPace();
  let at = 1_000;
  pace.keystroke(at);
  for (const gap of gaps) pace.keystroke((at += gap));
  return pace;
}

describe('the pause that says a person has stopped typing', () => {
  it('is the default until two keys show a pace', () => {
    expect(createTypingPace().pauseMs()).toBe(DEFAULT_PAUSE_MS);
    expect(typedAt([]).pauseMs()).toBe(DEFAULT_PAUSE_MS);
  });

  it('follows the usual gap between keys: longer for a slow typist, shorter for a fast one', () => {
    expect(typedAt([250, 240, 260, 250]).pauseMs()).toBe(Math.round(250 * PAUSE_FACTOR));
    expect(typedAt([120, 110, 130, 120]).pauseMs()).toBe(Math.round(120 * PAUSE_FACTOR));
  });

  it('is not thrown by one hesitation, and a long pause (reading, thinking) is not typing', () => {
    expect(typedAt([120, 120, 900, 120, 120]).pauseMs()).toBe(Math.round(120 * PAUSE_FACTOR));
    expect(typedAt([120, 120, 5_000, 120]).pauseMs()).toBe(Math.round(120 * PAUSE_FACTOR));
  });

  it('forgets an old pace: the last eight gaps count', () => {
    expect(typedAt([400, 400, 400, 400, 400, 400, 400, 400, 100, 100, 100, 100, 100]).pauseMs()).toBe(MIN_PAUSE_MS);
  });

  it('stays between its bounds', () => {
    expect(typedAt([30, 40, 30]).pauseMs()).toBe(MIN_PAUSE_MS);
    expect(typedAt([1_000, 1_100, 1_000]).pauseMs()).toBe(MAX_PAUSE_MS);
  });
});
