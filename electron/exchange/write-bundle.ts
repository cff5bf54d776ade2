import { createHash } from 'node:crypto';
import { coversOperation, vectorOf, type VersionVector } from '../../shared/exchange/version-vector';
import { isClockAhead } from '../../shared/store/hlc';
import { writeFileAtomic } from '../store/durable-file';
import { describeRange } from '../store/unreadable-lines';
import type { WorkspaceStore } from '../store/workspace-store';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type BundleHeader } from './bundle-format';
import { ExchangeError } from './errors';

export interface MadeBundle {
  bytes: Buffer;
  header: BundleHeader;
}

export interface BundleOptions {
  /**
   * Make the bundle even though some lines of this workspace's files cannot be read: their
   * operations are missing from it, and the header (and so the receiver's preview) names the
   * bytes left out. Without it, such a bundle is refused (code journal_damaged).
   */
  omitUnreadable?: boolean;
}

/**
 * Makes a bundle of every operation the workspace holds, or, given what the receiver is known to
 * have (`since`), of the operations it lacks. Operations keep their own clock, device and author.
 * Quarantined operations (dated too far ahead) travel too, so nothing is lost, but `covers` leaves
 * them out: a clock from the future would make the receiver believe it has everything before it.
 */
export async function makeBundle(
  store: WorkspaceStore,
  since: VersionVector | null,
  now: () => number = Date.now,
  { omitUnreadable = false }: BundleOptions = {},
): Promise<MadeBundle> {
  const { ops, unreadable } = await store.readConsistent(() => store.readOperations());
  if (unreadable.length > 0 && !omitUnreadable) {
    throw new ExchangeError(
      'journal_damaged',
      `parts of this workspace's files cannot be read, so a bundle would lack their operations: ${unreadable.map(describeRange).join(', ')}; make it anyway with the option to leave them out (the bundle then names them)`,
      { unreadable },
    );
  }
  const moment = now();
  const covers = vectorOf(ops.filter((op) => !isClockAhead(op.hlc, moment)));
  const selected = since ? ops.filter((op) => !coversOperation(since, op)) : ops;
  const body = encodeLines(selected);
  const header: BundleHeader = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    workspaceId: store.manifest.workspaceId,
    workspaceName: store.manifest.name,
    device: store.device,
    author: store.author,
    createdAt: new Date(moment).toISOString(),
    since,
    covers,
    ...(unreadable.length > 0 ? { omitted: unreadable } : {}),
    opCount: selected.length,
    bytes: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
  };
  return { bytes: Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]), header };
}

/** One JSON line per operation, encoded in chunks: a large workspace's bundle never becomes one huge string. */
function encodeLines(ops: readonly unknown[]): Buffer {
  const chunks: Buffer[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  for (const op of ops) {
    const line = `${JSON.stringify(op)}\n`;
    pending.push(line);
    pendingLength += line.length;
    if (pendingLength > 1 << 20) {
      chunks.push(Buffer.from(pending.join(''), 'utf8'));
      pending = [];
      pendingLength = 0;
    }
  }
  chunks.push(Buffer.from(pending.join(''), 'utf8'));
  return Buffer.concat(chunks);
}

/** Writes a bundle file atomically (never a half-written bundle under the final name). */
export async function writeBundleFile(file: string, bundle: MadeBundle): Promise<void> {
  try {
    await writeFileAtomic(file, bundle.bytes);
  } catch (error) {
    throw new ExchangeError('io', `${file}: ${(error as Error).message}`);
  }
}
