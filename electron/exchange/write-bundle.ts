import { createHash } from 'node:crypto';
import { coversOperation, vectorOf, type VersionVector } from '../../shared/exchange/version-vector';
import { writeFileAtomic } from '../store/durable-file';
import type { WorkspaceStore } from '../store/workspace-store';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type BundleHeader } from './bundle-format';
import { ExchangeError } from './errors';

export interface MadeBundle {
  bytes: Buffer;
  header: BundleHeader;
}

/**
 * Makes a bundle of every operation the workspace holds, or, given what the receiver is known to
 * have (`since`), of the operations it lacks. Operations keep their own clock, device and author.
 */
export async function makeBundle(store: WorkspaceStore, since: VersionVector | null, now: () => number = Date.now): Promise<MadeBundle> {
  const ops = await store.readConsistent(() => store.allOperations());
  const covers = vectorOf(ops);
  const selected = since ? ops.filter((op) => !coversOperation(since, op)) : ops;
  const body = encodeLines(selected);
  const header: BundleHeader = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    workspaceId: store.manifest.workspaceId,
    workspaceName: store.manifest.name,
    device: store.device,
    author: store.author,
    createdAt: new Date(now()).toISOString(),
    since,
    covers,
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
