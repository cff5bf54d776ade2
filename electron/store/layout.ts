import path from 'node:path';

/**
 * Where each file of a workspace lives. Shared files (the manifest and every device's journal) sit
 * at the top; device-local files (snapshot, backups, lock) sit under local/<device>/ so that a
 * synced folder never has two writers of one file (DESIGN.md §6).
 */
export const MANIFEST_FILE = 'workspace.json';

export function workspaceLayout(dir: string, device: string) {
  const local = path.join(dir, 'local', device);
  return {
    dir,
    manifest: path.join(dir, MANIFEST_FILE),
    journalDir: path.join(dir, 'journal'),
    journal: path.join(dir, 'journal', `${device}.jsonl`),
    journalOf: (otherDevice: string) => path.join(dir, 'journal', `${otherDevice}.jsonl`),
    localDir: local,
    snapshot: path.join(local, 'snapshot.json'),
    backup: (n: number) => path.join(local, `snapshot.backup-${n}.json`),
    quarantine: (stamp: string) => path.join(local, `snapshot.unreadable-${stamp}.json`),
    lock: path.join(local, 'writer.lock'),
  };
}
export type WorkspaceLayout = ReturnType<typeof workspaceLayout>;

export const BACKUP_COUNT = 3;
