import path from 'node:path';

/**
 * Where each file of a workspace lives. Shared files (the manifest, every device's journal and
 * imports file) sit at the top; device-local files (snapshot, backups, lock, exchange peers) sit
 * under local/<device>/ so that a synced folder never has two writers of one file.
 */
export const MANIFEST_FILE = 'workspace.json';

/**
 * History locations name the file an operation sits in by a source: a device id for its journal,
 * or this prefix and a device id for that device's imports file (ids never contain a slash).
 */
export const IMPORTS_SOURCE = 'imports/';

export function workspaceLayout(dir: string, device: string) {
  const local = path.join(dir, 'local', device);
  return {
    dir,
    manifest: path.join(dir, MANIFEST_FILE),
    journalDir: path.join(dir, 'journal'),
    journal: path.join(dir, 'journal', `${device}.jsonl`),
    journalOf: (otherDevice: string) => path.join(dir, 'journal', `${otherDevice}.jsonl`),
    /** Operations that arrived in bundles (and merges derived from them), one line per import. */
    importsDir: path.join(dir, 'imports'),
    imports: path.join(dir, 'imports', `${device}.jsonl`),
    importsOf: (otherDevice: string) => path.join(dir, 'imports', `${otherDevice}.jsonl`),
    /** The file a history source names (see IMPORTS_SOURCE). */
    sourceFile: (source: string) =>
      source.startsWith(IMPORTS_SOURCE)
        ? path.join(dir, 'imports', `${source.slice(IMPORTS_SOURCE.length)}.jsonl`)
        : path.join(dir, 'journal', `${source}.jsonl`),
    localDir: local,
    snapshot: path.join(local, 'snapshot.json'),
    backup: (n: number) => path.join(local, `snapshot.backup-${n}.json`),
    quarantine: (stamp: string) => path.join(local, `snapshot.unreadable-${stamp}.json`),
    lock: path.join(local, 'writer.lock'),
    /** What each peer device is known to have, for bundles of "what changed since". */
    peers: path.join(local, 'peers.json'),
  };
}
export type WorkspaceLayout = ReturnType<typeof workspaceLayout>;

export const BACKUP_COUNT = 3;
