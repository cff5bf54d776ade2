import type { Identity } from '../../../shared/ipc/contract';
import type { AllianceLine, EntityOf } from '../../../shared/schema/collections';
import type { WorkspaceStore } from '../../store/workspace-store';
import { authorOf } from '../../../shared/domain/author';
import { ServiceError } from '../../core/service-error';

/** One alliance line per issue, on every device: later changes patch it and the journal keeps its history. */
export function lineId(issueId: string): string {
  return `line-${issueId}`.slice(0, 64);
}

/** Adopts (or changes) the alliance line on an issue; only the secretary does this. */
export async function adoptLine(
  store: WorkspaceStore,
  identity: Identity,
  input: Pick<EntityOf<'allianceLines'>, 'issueId' | 'stance' | 'text' | 'rule' | 'adoptedOn'>,
): Promise<AllianceLine> {
  if (identity.kind !== 'secretary') throw new ServiceError('forbidden', 'the alliance line is adopted by the secretary');
  if (!store.get('issues', input.issueId)) throw new ServiceError('not_found', `issues/${input.issueId}: no such issue`);
  const fields = { ...input, adoptedBy: authorOf(identity) };
  const existing = store.get('allianceLines', lineId(input.issueId)) ?? store.byIndex('allianceLines', 'issueId', input.issueId)[0];
  if (existing) return store.patch('allianceLines', existing.id, fields);
  return store.create('allianceLines', fields, lineId(input.issueId));
}
