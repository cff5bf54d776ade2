import type { Identity } from '../ipc/contract';
import { SECRETARY } from '../schema/write-rules';

/** The author stamped on every edit: the deputy's id, or the secretary role. */
export function authorOf(identity: Identity): string {
  return identity.kind === 'deputy' ? identity.deputyId : SECRETARY;
}
