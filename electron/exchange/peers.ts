import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { mergeVectors, type VersionVector } from '../../shared/exchange/version-vector';
import { DeviceIdSchema } from '../../shared/schema/common';
import { writeFileAtomic } from '../store/durable-file';
import type { WorkspaceLayout } from '../store/layout';
import { VersionVectorSchema } from './bundle-format';

/**
 * What each peer device is known to have, learnt only from evidence: the `covers` vector of a
 * bundle that peer made. (Not from bundles sent to it: a bundle may never arrive, and a "since"
 * bundle cut on that guess would leave a gap.) Device-local: local/<device>/peers.json.
 */
const PeerSchema = z.object({
  has: VersionVectorSchema,
  lastBundleAt: z.string().max(40).optional(),
});
const PeerBookSchema = z.object({
  format: z.literal('alliance-desk-peers'),
  version: z.literal(1),
  peers: z.record(DeviceIdSchema, PeerSchema),
});
export type PeerBook = z.infer<typeof PeerBookSchema>;

const emptyBook = (): PeerBook => ({ format: 'alliance-desk-peers', version: 1, peers: {} });

/** The peer book; an unreadable file reads as unreadable (and is never overwritten). */
export async function readPeers(layout: WorkspaceLayout): Promise<{ book: PeerBook; readable: boolean }> {
  let text: string;
  try {
    text = await readFile(layout.peers, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { book: emptyBook(), readable: true };
    return { book: emptyBook(), readable: false };
  }
  try {
    const parsed = PeerBookSchema.safeParse(JSON.parse(text));
    return parsed.success ? { book: parsed.data, readable: true } : { book: emptyBook(), readable: false };
  } catch {
    return { book: emptyBook(), readable: false };
  }
}

/** What a peer is known to have, or null when this device never received a bundle from it. */
export async function knownToPeer(layout: WorkspaceLayout, peer: string): Promise<VersionVector | null> {
  const { book } = await readPeers(layout);
  return Object.hasOwn(book.peers, peer) ? book.peers[peer]!.has : null;
}

const updates = new Map<string, Promise<unknown>>();

/** Records that a peer has (at least) what `covers` says. Updates of one file run one at a time. */
export function recordPeer(layout: WorkspaceLayout, peer: string, covers: VersionVector, at: string): Promise<boolean> {
  const previous = updates.get(layout.peers) ?? Promise.resolve();
  const run = previous.then(async () => {
    const { book, readable } = await readPeers(layout);
    if (!readable) return false;
    const known = Object.hasOwn(book.peers, peer) ? book.peers[peer]!.has : {};
    book.peers[peer] = { has: mergeVectors(known, covers), lastBundleAt: at };
    await writeFileAtomic(layout.peers, `${JSON.stringify(book, null, 2)}\n`);
    return true;
  });
  const settled = run.catch(() => false);
  updates.set(layout.peers, settled);
  void settled.then(() => {
    if (updates.get(layout.peers) === settled) updates.delete(layout.peers);
  });
  return run;
}
