/**
 * A version vector: per origin device, the newest clock known from it. Each device's clocks only
 * grow, and a workspace receives each device's operations as a prefix (its journal in order, or a
 * bundle cut after what the receiver was known to have), so "the peer has everything of device D up
 * to clock t" is one entry per device.
 */
export type VersionVector = Record<string, string>;

export function vectorOf(ops: Iterable<{ dev: string; hlc: string }>): VersionVector {
  const newest = new Map<string, string>();
  for (const op of ops) {
    const current = newest.get(op.dev);
    if (current === undefined || op.hlc > current) newest.set(op.dev, op.hlc);
  }
  return fromMap(newest);
}

/** The entry-wise maximum of two vectors. */
export function mergeVectors(a: VersionVector, b: VersionVector): VersionVector {
  const merged = new Map(Object.entries(a));
  for (const [device, clock] of Object.entries(b)) {
    const current = merged.get(device);
    if (current === undefined || clock > current) merged.set(device, clock);
  }
  return fromMap(merged);
}

/** Whether an operation is at or before what the vector covers (so its holder has it). */
export function coversOperation(vector: VersionVector, op: { dev: string; hlc: string }): boolean {
  const newest = Object.hasOwn(vector, op.dev) ? vector[op.dev] : undefined;
  return newest !== undefined && op.hlc <= newest;
}

function fromMap(map: Map<string, string>): VersionVector {
  return Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
