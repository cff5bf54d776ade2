import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * Ids of records that belong to one deputy, derived from what they belong to. The same stance or
 * signature gets the same id on every device, so concurrent entries merge; and because the id is
 * a hash of the owner's id (never a plain concatenation, where `a-b` + `c` and `a` + `b-c` meet),
 * the write policy (shared/store/write-policy.ts) can tell from an operation alone whose record it
 * edits, without looking at the state: the check is the same in whatever order operations arrive.
 */
function ownedId(prefix: string, ...parts: string[]): string {
  // Ids never contain a newline, so the joined parts name one tuple only.
  return `${prefix}-${bytesToHex(sha256(utf8ToBytes(parts.join('\n')))).slice(0, 40)}`;
}

/** One deputy's position on one issue. */
export function positionId(deputyId: string, issueId: string): string {
  return ownedId('pos', deputyId, issueId);
}

/** One deputy's signature of one version of a statement. */
export function signatureId(deputyId: string, versionId: string): string {
  return ownedId('sig', deputyId, versionId);
}
