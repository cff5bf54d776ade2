import { describe, expect, it } from 'vitest';
import { HybridClock, decodeHlc, encodeHlc, hlcToIso } from '../../shared/store/hlc';

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
});
