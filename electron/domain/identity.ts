import type { Identity } from '../../shared/ipc/contract';

/** The author stamped on edits: the deputy's id, or "secretary". */
export function authorOf(identity: Identity): string {
  return identity.kind === 'deputy' ? identity.deputyId : 'secretary';
}

export class DomainError extends Error {
  constructor(
    readonly code: 'forbidden' | 'invalid' | 'not_found',
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
