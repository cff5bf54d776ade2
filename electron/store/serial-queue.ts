/**
 * Runs a store's tasks one at a time, in call order: each write, import or consistent read sees
 * the state every earlier call left, and a failed task does not stop the ones queued after it.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => T | Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Settles once everything queued so far has run (failed or not). */
  idle(): Promise<unknown> {
    return this.tail;
  }
}
