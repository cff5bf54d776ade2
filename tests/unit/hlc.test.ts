import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoreClock } from '../../electron/store/store-clock';
import { HybridClock, MAX_CLOCK_AHEAD_MS, decodeHlc, encodeHlc, hlcToIso, isClockAhead, isHlc } from '../../shared/store/hlc';

describe('hybrid logical clock', () => {
  it('follows the wall clock when it moves forward', () => {
    let now = 1_000;
    const clock = new HybridClock('dev-a', () => now);
    const first = clock.tick();
    now = 2_000;
    const second = clock.tick();
    expect(decodeHlc(first)).toEqual({ wall: 1_000, counter: 0, device: 'dev-a' });
    expect(decodeHlc(second)).toEqual({ wall: 2_000, counter: 0, device: 'dev-a' });
    expect(second > first).toBe(true);
  });

  it('keeps increasing when the wall clock stalls or steps back', () => {
    let now = 5_000;
    const clock = new HybridClock('dev-a', () => now);
    const stamps = [clock.tick()];
    stamps.push(clock.tick());
    now = 4_000; // the system clock was set back
    stamps.push(clock.tick());
    expect(stamps.map((stamp) => decodeHlc(stamp).counter)).toEqual([0, 1, 2]);
    expect([...stamps].sort()).toEqual(stamps);
  });

  it('orders after stamps observed from other devices', () => {
    const slow = new HybridClock('dev-b', () => 1_000);
    const fast = new HybridClock('dev-a', () => 9_000);
    const remote = fast.tick();
    slow.observe(remote);
    const local = slow.tick();
    expect(local > remote).toBe(true);
    expect(decodeHlc(local)).toMatchObject({ wall: 9_000, counter: 1 });
  });

  it('breaks ties between devices by device id, deterministically', () => {
    const a = encodeHlc({ wall: 7, counter: 3 }, 'alpha');
    const b = encodeHlc({ wall: 7, counter: 3 }, 'beta');
    expect(a < b).toBe(true);
  });

  it('compares as strings in (wall, counter) order across digit widths', () => {
    const early = encodeHlc({ wall: 35, counter: 35 }, 'd');
    const late = encodeHlc({ wall: 36, counter: 0 }, 'd');
    expect(early < late).toBe(true);
  });

  it('rejects malformed stamps and converts to ISO time', () => {
    expect(() => decodeHlc('nonsense')).toThrow(/Invalid clock stamp/);
    expect(hlcToIso(encodeHlc({ wall: Date.UTC(2026, 0, 2), counter: 0 }, 'd'))).toBe('2026-01-02T00:00:00.000Z');
  });

  it('refuses stamps beyond the dates a computer can hold', () => {
    expect(isHlc(encodeHlc({ wall: Date.UTC(9999, 11, 31), counter: 0 }, 'd'))).toBe(true);
    expect(isHlc('zzzzzzzzzzz-00000-d')).toBe(false);
  });
});

describe('a bound on how far ahead a clock read from elsewhere may be', () => {
  const NOW = Date.UTC(2026, 2, 1);
  const farFuture = encodeHlc({ wall: Date.UTC(9999, 0, 1), counter: 5 }, 'dev-x');

  it('tells stamps more than a day ahead', () => {
    expect(isClockAhead(encodeHlc({ wall: NOW + MAX_CLOCK_AHEAD_MS, counter: 0 }, 'd'), NOW)).toBe(false);
    expect(isClockAhead(encodeHlc({ wall: NOW + MAX_CLOCK_AHEAD_MS + 1, counter: 0 }, 'd'), NOW)).toBe(true);
  });

  it('keeps the store clock from taking a stamp beyond the bound, and takes one within it', () => {
    const clock = new StoreClock('dev-a', () => NOW);
    expect(clock.observe(farFuture)).toBe(false);
    expect(clock.latest).toBe('');
    const soon = encodeHlc({ wall: NOW + 3_600_000, counter: 0 }, 'dev-b');
    expect(clock.observe(soon)).toBe(true);
    expect(clock.tick() > soon).toBe(true);
  });

  it('stamps new local edits near the wall clock whatever far-future stamps it has read (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: MAX_CLOCK_AHEAD_MS + 1, max: Date.UTC(9999, 0, 1) - NOW }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.integer({ min: -MAX_CLOCK_AHEAD_MS, max: MAX_CLOCK_AHEAD_MS }), { maxLength: 20 }),
        (ahead, near) => {
          const clock = new StoreClock('dev-a', () => NOW);
          for (const offset of [...ahead, ...near]) clock.observe(encodeHlc({ wall: NOW + offset, counter: 0 }, 'dev-x'));
          const { wall } = decodeHlc(clock.tick());
          expect(wall).toBeGreaterThanOrEqual(NOW);
          expect(wall).toBeLessThanOrEqual(NOW + MAX_CLOCK_AHEAD_MS + 1);
        },
      ),
    );
  });

  it('leaves an unbounded clock as it was (planning uses one with no wall clock)', () => {
    const clock = new HybridClock('dev-a', () => 0);
    expect(clock.observe(farFuture)).toBe(true);
    expect(decodeHlc(clock.tick()).wall).toBe(Date.UTC(9999, 0, 1));
  });
});
