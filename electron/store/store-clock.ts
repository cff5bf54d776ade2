import { HybridClock } from '../../shared/store/hlc';

/**
 * This device's hybrid clock, remembering the latest stamp it has made or seen: snapshots save it
 * and exchange plans from it, so a reopened or importing device never stamps behind what it knows.
 */
export class StoreClock {
  private readonly clock: HybridClock;
  private latestStamp = '';

  constructor(device: string, now?: () => number) {
    this.clock = new HybridClock(device, now);
  }

  /** A new stamp for an operation this device makes. */
  tick(): string {
    const stamp = this.clock.tick();
    this.latestStamp = stamp > this.latestStamp ? stamp : this.latestStamp;
    return stamp;
  }

  /** Moves the clock past a stamp read from a file or a bundle. */
  observe(stamp: string): void {
    this.clock.observe(stamp);
    if (stamp > this.latestStamp) this.latestStamp = stamp;
  }

  get latest(): string {
    return this.latestStamp;
  }
}
