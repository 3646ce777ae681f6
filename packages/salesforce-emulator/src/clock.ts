/** The emulator's time: real time plus an offset tests can advance (to expire codes and tokens). */
export interface Clock {
  now(): number;
  advance(ms: number): void;
}

export function createClock(): Clock {
  let offset = 0;
  return { now: () => Date.now() + offset, advance: (ms) => { offset += ms; } };
}
