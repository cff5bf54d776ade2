import { describe, expect, it } from 'vitest';
import { NewerFormatError, upgradeOperation, type Migration } from '../../shared/store/migrations';

// A migration as a future format change would write one: version 1 stored a position's stance as
// "for"/"against"; version 2 uses the names of today. The registry of the build is empty (format 1),
// so the test supplies its own registry and target version.
const renameStances: Migration = {
  from: 1,
  to: 2,
  description: 'stance names for/against become support/oppose',
  migrateOperation(op) {
    if (op.col !== 'positions' || typeof op.data !== 'object' || op.data === null) return op;
    const data = { ...(op.data as Record<string, unknown>) };
    if (data.stance === 'for') data.stance = 'support';
    if (data.stance === 'against') data.stance = 'oppose';
    return { ...op, data };
  },
};

describe('format migrations', () => {
  it('upgrades an old operation step by step to the target version', () => {
    const old = { v: 1, col: 'positions', op: 'patch', data: { stance: 'against' } };
    expect(upgradeOperation(old, [renameStances], 2)).toEqual({ v: 2, col: 'positions', op: 'patch', data: { stance: 'oppose' } });
  });

  it('leaves current operations as they are', () => {
    const current = { v: 2, col: 'positions', op: 'patch', data: { stance: 'for' } };
    expect(upgradeOperation(current, [renameStances], 2)).toBe(current);
  });

  it('refuses data written by a newer format', () => {
    expect(() => upgradeOperation({ v: 3 }, [renameStances], 2)).toThrow(NewerFormatError);
  });

  it('says which step is missing', () => {
    expect(() => upgradeOperation({ v: 1 }, [], 2)).toThrow(/no migration from format 1/);
  });
});
