import type { Identity } from '../../../shared/ipc/contract';
import { positionId, RecordStanceSchema, type RecordStanceInput } from '../../../shared/domain/position-input';
import type { EntityOf, Position } from '../../../shared/schema/collections';
import type { WorkspaceStore } from '../../store/workspace-store';
import { authorOf } from '../../../shared/domain/author';
import { ServiceError } from '../../core/service-error';

/**
 * Recording stances with their provenance: a deputy records their own stance, which is
 * confirmed; the secretary records a stance given by phone, at a meeting or in a message on a
 * deputy's behalf, which stays unconfirmed until that deputy confirms or corrects it. A deputy
 * cannot record a stance for another deputy.
 */
export async function recordStance(store: WorkspaceStore, identity: Identity, input: RecordStanceInput, now = new Date()): Promise<Position> {
  const parsed = RecordStanceSchema.parse(input);
  if (!store.get('issues', parsed.issueId)) throw new ServiceError('not_found', `issues/${parsed.issueId}: no such issue`);
  if (!store.get('deputies', parsed.deputyId)) throw new ServiceError('not_found', `deputies/${parsed.deputyId}: no such deputy`);
  let provenance: EntityOf<'positions'>['provenance'];
  if (identity.kind === 'deputy') {
    if (identity.deputyId !== parsed.deputyId) throw new ServiceError('forbidden', 'a deputy records only their own stance');
    provenance = { enteredBy: identity.deputyId, channel: 'self', confirmed: true, confirmedAt: now.toISOString() };
  } else {
    if (!parsed.onBehalf) throw new ServiceError('invalid', 'say how the deputy gave this stance (phone, meeting or message)');
    provenance = { enteredBy: authorOf(identity), channel: parsed.onBehalf.channel, givenAt: parsed.onBehalf.givenAt, confirmed: false };
  }
  const fields = {
    issueId: parsed.issueId,
    deputyId: parsed.deputyId,
    stance: parsed.stance,
    reasons: parsed.reasons,
    principleChecks: parsed.principleChecks,
    provenance,
  };
  // The id derives from the deputy and the issue: the write policy (shared/schema/write-rules.ts) refuses any other.
  const id = positionId(parsed.deputyId, parsed.issueId);
  if (store.get('positions', id)) return store.patch('positions', id, fields);
  return store.create('positions', fields, id);
}

/** The deputy confirms a stance recorded on their behalf, as it stands. */
export async function confirmStance(store: WorkspaceStore, identity: Identity, id: string, now = new Date()): Promise<Position> {
  const position = store.get('positions', id);
  if (!position) throw new ServiceError('not_found', `positions/${id}: no such position`);
  if (identity.kind !== 'deputy' || identity.deputyId !== position.deputyId) {
    throw new ServiceError('forbidden', 'only the deputy can confirm their own stance');
  }
  if (position.provenance.confirmed) return position;
  return store.patch('positions', id, { provenance: { ...position.provenance, confirmed: true, confirmedAt: now.toISOString() } });
}

/** A deputy's position on an issue, if any. */
export function positionOf(store: WorkspaceStore, deputyId: string, issueId: string): Position | undefined {
  return store.get('positions', positionId(deputyId, issueId));
}
