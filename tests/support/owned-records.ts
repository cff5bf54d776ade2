import type { BatchEdit } from '../../electron/store/store-types';
import { positionId, signatureId } from '../../shared/domain/record-ids';
import type { EntityInput } from '../../shared/schema/collections';
import { SECRETARY } from '../../shared/schema/write-rules';

/** Who the write policy lets write an entry with this provenance: the deputy when confirmed, else the secretary. */
const writerOf = (deputyId: string, provenance: { confirmed: boolean }) => (provenance.confirmed ? deputyId : SECRETARY);

/** A stance as its write policy wants it written: under its own id, by the deputy or the secretary. */
export function stancePut(data: EntityInput<'positions'>): BatchEdit {
  return { kind: 'put', collection: 'positions', id: positionId(data.deputyId, data.issueId), by: writerOf(data.deputyId, data.provenance), data };
}

/** A signature as its write policy wants it written. */
export function signaturePut(data: EntityInput<'signatures'>): BatchEdit {
  return { kind: 'put', collection: 'signatures', id: signatureId(data.deputyId, data.versionId), by: writerOf(data.deputyId, data.provenance), data };
}
