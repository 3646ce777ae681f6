/** A FIFO async mutex: `run` calls wait for every earlier call to settle. */
export class Mutex {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => T | Promise<T>): Promise<T> {
    const result = this.#tail.then(fn);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}

/** One FIFO queue per key, forgotten when nobody is waiting on it. */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<unknown>>();

  /**
   * Runs `fn` once every earlier call for `key` has settled. With `wait`, gives up after
   * `wait.ms` with `wait.error()` if its turn has not come; its turn is then skipped.
   */
  async run<T>(key: string, fn: () => Promise<T>, wait?: { ms: number; error: () => Error }): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    let gaveUp = false;
    const turn = previous.then(() => {
      clearTimeout(timer);
      if (gaveUp) return undefined as T;
      return fn();
    });
    const tail = turn.catch(() => undefined);
    this.#tails.set(key, tail);
    const forget = () => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    };
    void tail.then(forget);
    if (wait === undefined) return turn;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        gaveUp = true;
        reject(wait.error());
      }, wait.ms);
    });
    return Promise.race([turn, timeout]);
  }
}
