import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../shared/store/hlc';
import type { Operation } from '../../shared/store/operation';
import { applyOperation, emptyState, isLive, materialize, type WorkspaceState } from '../../shared/store/state';

const stamp = (wall: number, device = 'dev-a', counter = 0) => encodeHlc({ wall, counter }, device);

function op(partial: Partial<Operation> & Pick<Operation, 'op' | 'hlc'>): Operation {
  return { v: 1, dev: 'dev-a', by: 'secretary', col: 'groups', id: 'g1', ...(partial.op === 'del' ? {} : { data: {} }), ...partial } as Operation;
}

function replay(ops: Operation[]): WorkspaceState {
  const state = emptyState();
  for (const operation of ops) applyOperation(state, operation);
  return state;
}

describe('replay', () => {
  it('takes, per field, the value with the later clock', () => {
    const state = replay([
      op({ op: 'put', hlc: stamp(1), data: { name: 'A', kind: 'working', description: '' } }),
      op({ op: 'patch', hlc: stamp(3, 'dev-b'), dev: 'dev-b', data: { name: 'B' } }),
      op({ op: 'patch', hlc: stamp(2), data: { name: 'C', description: 'kept' } }),
    ]);
    expect(state.groups.g1!.f).toEqual({ name: 'B', kind: 'working', description: 'kept' });
  });

  it('uses the device id to break a tie of equal clock time', () => {
    const ops = [
      op({ op: 'put', hlc: stamp(1), data: { name: 'A', kind: 'working' } }),
      op({ op: 'patch', hlc: stamp(5, 'dev-a'), data: { name: 'from a' } }),
      op({ op: 'patch', hlc: stamp(5, 'dev-b'), dev: 'dev-b', data: { name: 'from b' } }),
    ];
    expect(replay(ops).groups.g1!.f.name).toBe('from b');
    expect(replay([ops[0]!, ops[2]!, ops[1]!]).groups.g1!.f.name).toBe('from b');
  });

  it('leaves a tombstone that a later or earlier edit does not revive', () => {
    const put = op({ op: 'put', hlc: stamp(1), data: { name: 'A', kind: 'working' } });
    const del = op({ op: 'del', hlc: stamp(2) });
    const lateEdit = op({ op: 'patch', hlc: stamp(3), data: { name: 'late' } });
    for (const order of [[put, del, lateEdit], [lateEdit, del, put], [del, put, lateEdit]]) {
      const state = replay(order);
      expect(isLive(state.groups.g1)).toBe(false);
      expect(state.groups.g1!.d).toBe(stamp(2));
    }
  });

  it('clears a field with unset when that is the later write', () => {
    const state = replay([
      op({ op: 'put', hlc: stamp(1), data: { name: 'A', kind: 'working', description: 'x' } }),
      op({ op: 'patch', hlc: stamp(2), data: {}, unset: ['description'] }),
    ]);
    expect(state.groups.g1!.f).toEqual({ name: 'A', kind: 'working' });
  });

  it('is not live until its put arrives, and takes createdAt from the put', () => {
    const state = replay([op({ op: 'patch', hlc: stamp(5), data: { name: 'early patch' } })]);
    expect(isLive(state.groups.g1)).toBe(false);
    applyOperation(state, op({ op: 'put', hlc: stamp(1_000), data: { name: 'A', kind: 'caucus' } }));
    const record = materialize('g1', state.groups.g1!);
    expect(record).toMatchObject({ name: 'A', kind: 'caucus', createdAt: new Date(1_000).toISOString() });
  });

  it('ignores a __proto__ field instead of touching prototypes', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "name": "A"}') as Record<string, unknown>;
    const state = replay([op({ op: 'put', hlc: stamp(1), data })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(state.groups.g1!.f)).toEqual(['name']);
  });

  it('converges to the same state whatever the order and repetition of operations (property)', () => {
    const devices = ['dev-a', 'dev-b', 'dev-c'];
    const ids = ['r1', 'r2', 'r3'];
    const fields = ['name', 'description', 'kind'];
    const opArb = fc
      .record({
        device: fc.constantFrom(...devices),
        wall: fc.integer({ min: 1, max: 50 }),
        counter: fc.integer({ min: 0, max: 3 }),
        id: fc.constantFrom(...ids),
        kind: fc.constantFrom('put', 'patch', 'patch', 'patch', 'del'),
        field: fc.constantFrom(...fields),
        value: fc.string({ maxLength: 5 }),
      })
      .map(
        ({ device, wall, counter, id, kind, field, value }): Operation =>
          kind === 'del'
            ? { v: 1, op: 'del', hlc: encodeHlc({ wall, counter }, device), dev: device, by: device, col: 'groups', id }
            : {
                v: 1,
                op: kind as 'put' | 'patch',
                hlc: encodeHlc({ wall, counter }, device),
                dev: device,
                by: device,
                col: 'groups',
                id,
                data: { [field]: `${value}@${wall}.${counter}.${device}` },
              },
      );
    // One device never issues two different operations with the same stamp: deduplicate by stamp.
    const opsArb = fc.uniqueArray(opArb, { selector: (operation) => operation.hlc, maxLength: 40 });
    fc.assert(
      fc.property(opsArb, fc.func(fc.integer()), (ops, shuffleKey) => {
        const reference = replay(ops);
        const shuffled = [...ops, ...ops.slice(0, 5)].sort((a, b) => shuffleKey(a.hlc) - shuffleKey(b.hlc));
        expect(replay(shuffled)).toEqual(reference);
        // No field is lost: each field holds the value of the latest write to it.
        for (const id of ids) {
          for (const field of fields) {
            const writes = ops.filter((o) => o.id === id && o.op !== 'del' && field in o.data);
            if (writes.length === 0) continue;
            const latest = writes.reduce((a, b) => (a.hlc > b.hlc ? a : b));
            expect(reference.groups[id]!.f[field]).toBe((latest as { data: Record<string, unknown> }).data[field]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
