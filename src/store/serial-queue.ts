/** Runs functions one at a time, in call order: the next starts when the previous has settled. */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();
  #pending = 0;

  /** True while a function runs or waits. */
  get busy(): boolean {
    return this.#pending > 0;
  }

  run<T>(fn: () => T | Promise<T>): Promise<T> {
    this.#pending++;
    const result = this.#tail.then(fn).finally(() => {
      this.#pending--;
    });
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
