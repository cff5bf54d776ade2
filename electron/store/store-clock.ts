import { HybridClock, MAX_CLOCK_AHEAD_MS } from '../../shared/store/hlc';

/**
 * This device's hybrid clock, remembering the latest stamp it has made or seen: snapshots save it
 * and exchange plans from it, so a reopened or importing device never stamps behind what it knows.
 * It takes in stamps only up to MAX_CLOCK_AHEAD_MS ahead of the wall clock, so one operation
 * stamped in the far future (a wrong date on some laptop) cannot drag this device's edits there.
 */
export class StoreClock {
  private readonly clock: HybridClock;
  private latestStamp = '';

  constructor(device: string, now: () => number = Date.now) {
    this.clock = new HybridClock(device, now, MAX_CLOCK_AHEAD_MS);
  }

  /** A new stamp for an operation this device makes. */
  tick(): string {
    const stamp = this.clock.tick();
    this.latestStamp = stamp > this.latestStamp ? stamp : this.latestStamp;
    return stamp;
  }

  /** Moves the clock past a stamp read from a file or a bundle, unless it is too far ahead (then returns false). */
  observe(stamp: string): boolean {
    if (!this.clock.observe(stamp)) return false;
    if (stamp > this.latestStamp) this.latestStamp = stamp;
    return true;
  }

  get latest(): string {
    return this.latestStamp;
  }
}
