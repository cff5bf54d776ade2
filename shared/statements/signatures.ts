import type { EntityOf } from '../schema/collections';

type Signature = EntityOf<'signatures'> & { id: string };

export type SignatureState = 'current' | 'stale';

export interface SignatureStatus {
  signature: Signature;
  /** Current: the hash signed is the hash of the current version's content. */
  state: SignatureState;
  /** Confirmed by the deputy (a signature recorded on someone's behalf is not, until they confirm). */
  confirmed: boolean;
}

/**
 * Each deputy's latest signature on a statement, marked stale when the signed content hash is not
 * the current version's hash — exactly when the signed text has changed since.
 */
export function signatureStatuses(signatures: readonly Signature[], currentHash: string | undefined): SignatureStatus[] {
  const latest = new Map<string, Signature>();
  for (const signature of signatures) {
    const previous = latest.get(signature.deputyId);
    if (!previous || signature.signedAt > previous.signedAt) latest.set(signature.deputyId, signature);
  }
  return [...latest.values()].map((signature) => ({
    signature,
    state: currentHash !== undefined && signature.hash === currentHash ? 'current' : 'stale',
    confirmed: signature.provenance.confirmed,
  }));
}

/** Counts for lists: current, stale, and unconfirmed signatures. */
export function signatureCounts(statuses: readonly SignatureStatus[]) {
  return {
    current: statuses.filter((status) => status.state === 'current').length,
    stale: statuses.filter((status) => status.state === 'stale').length,
    unconfirmed: statuses.filter((status) => !status.confirmed).length,
  };
}
