/**
 * Hybrid logical clock (Kulkarni et al., 2014): physical milliseconds plus a counter, so that clocks
 * move forward even when the wall clock stalls or steps back, and every device's stamps order
 * causally after what it has seen. Encoded as a fixed-width string whose lexicographic order is
 * (wall, counter, device) order, so comparing two stamps is a plain string comparison and the
 * device id breaks ties deterministically.
 */
export interface HlcState {
  wall: number;
  counter: number;
}

const WALL_WIDTH = 11; // base-36 milliseconds fit 11 digits until the year 5188
const COUNTER_WIDTH = 5;
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;
const STAMP_PATTERN = /^([0-9a-z]{11})-([0-9a-z]{5})-([A-Za-z0-9_-]{1,64})$/;

export function encodeHlc(state: HlcState, device: string): string {
  return `${state.wall.toString(36).padStart(WALL_WIDTH, '0')}-${state.counter
    .toString(36)
    .padStart(COUNTER_WIDTH, '0')}-${device}`;
}

export function decodeHlc(stamp: string): HlcState & { device: string } {
  const match = STAMP_PATTERN.exec(stamp);
  if (!match) throw new Error(`Invalid clock stamp: ${stamp.slice(0, 80)}`);
  return { wall: parseInt(match[1]!, 36), counter: parseInt(match[2]!, 36), device: match[3]! };
}

/** The latest moment a Date can hold (year 275760): a stamp beyond it is no time at all. */
const MAX_WALL = 8.64e15;

export function isHlc(stamp: unknown): stamp is string {
  if (typeof stamp !== 'string') return false;
  const match = STAMP_PATTERN.exec(stamp);
  return match !== null && parseInt(match[1]!, 36) <= MAX_WALL;
}

/**
 * How far ahead of this device's wall clock a stamp read from elsewhere (a journal, an imports
 * file, a bundle) may be. An operation further ahead is kept but not applied until its time comes
 * or a person accepts it, and the clock never moves to it: one device with a wrong date would
 * otherwise drag every device that reads it into the future for good.
 */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

/** Whether a stamp lies more than `boundMs` ahead of the wall-clock time `now`. */
export function isClockAhead(stamp: string, now: number, boundMs = MAX_CLOCK_AHEAD_MS): boolean {
  return decodeHlc(stamp).wall > now + boundMs;
}

export class HybridClock {
  private state: HlcState = { wall: 0, counter: 0 };

  constructor(
    readonly device: string,
    private readonly now: () => number = Date.now,
    /** Stamps further ahead of `now` than this are not observed (see MAX_CLOCK_AHEAD_MS); unbounded by default. */
    private readonly maxAheadMs = Number.POSITIVE_INFINITY,
  ) {}

  /** A new stamp for a local event. */
  tick(): string {
    const physical = this.now();
    if (physical > this.state.wall) {
      this.state = { wall: physical, counter: 0 };
    } else {
      this.bumpCounter();
    }
    return encodeHlc(this.state, this.device);
  }

  /**
   * Moves the clock past a stamp seen from another device (or replayed from disk), unless the stamp
   * is beyond the bound ahead of the wall clock; returns whether it was taken.
   */
  observe(stamp: string): boolean {
    const seen = decodeHlc(stamp);
    if (seen.wall > this.now() + this.maxAheadMs) return false;
    if (seen.wall > this.state.wall || (seen.wall === this.state.wall && seen.counter > this.state.counter)) {
      this.state = { wall: seen.wall, counter: seen.counter };
    }
    return true;
  }

  private bumpCounter(): void {
    if (this.state.counter >= MAX_COUNTER) {
      // Counter exhausted within one millisecond: borrow the next millisecond rather than wrap.
      this.state = { wall: this.state.wall + 1, counter: 0 };
    } else {
      this.state = { wall: this.state.wall, counter: this.state.counter + 1 };
    }
  }
}

/** Milliseconds since the epoch of a stamp, as an ISO timestamp. */
export function hlcToIso(stamp: string): string {
  return new Date(decodeHlc(stamp).wall).toISOString();
}

/** Orders stamps, and so operations, oldest first (a plain string comparison: see the encoding above). */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
