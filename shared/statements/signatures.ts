import type { EntityOf } from '../schema/collections';

type Signature = EntityOf<'signatures'> & { id: string };

export type SignatureState = 'current' | 'stale';

export interface SignatureStatus<S extends Signature = Signature> {
  signature: S;
  /** Current: the hash signed is the hash of the current version's content. */
  state: SignatureState;
  /** Confirmed by the deputy (a signature recorded on someone's behalf is not, until they confirm). */
  confirmed: boolean;
}

/**
 * Each deputy's latest signature on a statement, marked stale when the signed content hash is not
 * the current version's hash — exactly when the signed text has changed since.
 */
export function signatureStatuses<S extends Signature>(signatures: readonly S[], currentHash: string | undefined): SignatureStatus<S>[] {
  const latest = new Map<string, S>();
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
export function signatureCounts(statuses: readonly SignatureStatus<Signature>[]) {
  return {
    current: statuses.filter((status) => status.state === 'current').length,
    stale: statuses.filter((status) => status.state === 'stale').length,
    unconfirmed: statuses.filter((status) => !status.confirmed).length,
  };
}
