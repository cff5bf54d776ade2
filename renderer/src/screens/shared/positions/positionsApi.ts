import type { RecordStanceInput } from '../../../../../shared/domain/position-input';
import type { Identity } from '../../../../../shared/ipc/contract';
import type { Position } from '../../../../../shared/schema/collections';
import { call } from '../../../api/client';
import { listRecords } from '../../../api/records';
import { useOpenWorkspace } from '../../../state/WorkspaceProvider';

export async function recordStance(input: RecordStanceInput): Promise<Position> {
  return call('positions:record', input);
}

export async function confirmStance(id: string): Promise<Position> {
  return call('positions:confirm', { id });
}

/**
 * One position per deputy, the most recently changed: data written before a position's id was
 * derived from the deputy and the issue (imports, demo data) can hold two for one pair.
 */
export function newestPerDeputy(positions: readonly Position[]): Position[] {
  const newest = new Map<string, Position>();
  for (const position of positions) {
    const seen = newest.get(position.deputyId);
    if (!seen || seen.updatedAt < position.updatedAt) newest.set(position.deputyId, position);
  }
  return [...newest.values()];
}

/** A deputy's position on an issue, or null. */
export async function findPosition(deputyId: string, issueId: string): Promise<Position | null> {
  const found = await listRecords('positions', { where: { deputyId, issueId } });
  return newestPerDeputy(found)[0] ?? null;
}

/** Who works on this device now (inside the app shell there always is someone). */
export function useIdentity(): Identity {
  const identity = useOpenWorkspace().identity;
  if (!identity) throw new Error('No identity chosen');
  return identity;
}

export function myDeputyId(identity: Identity): string | undefined {
  return identity.kind === 'deputy' ? identity.deputyId : undefined;
}
