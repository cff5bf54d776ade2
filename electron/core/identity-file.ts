import path from 'node:path';
import { z } from 'zod';
import { IdentitySchema, type Identity } from '../../shared/ipc/contract';
import { workspaceLayout } from '../store/layout';
import { readJsonFile, writeJsonFile } from './json-file';

const IdentityFileSchema = z.object({ identity: IdentitySchema, setAt: z.string() });

/**
 * "Who am I" lives inside the workspace but under this device's local folder, so a
 * synced folder never has two writers of it and each laptop keeps its own answer.
 */
export function identityFile(workspaceDir: string, device: string): string {
  return path.join(workspaceLayout(workspaceDir, device).localDir, 'identity.json');
}

export async function readIdentity(workspaceDir: string, device: string, warnings: string[]): Promise<Identity | null> {
  const file = identityFile(workspaceDir, device);
  const read = await readJsonFile(file, IdentityFileSchema);
  if (read.status === 'set_aside') warnings.push(`${file}: unreadable; kept aside as ${read.movedTo}`);
  return read.status === 'ok' ? read.value.identity : null;
}

export async function writeIdentity(workspaceDir: string, device: string, identity: Identity): Promise<void> {
  await writeJsonFile(identityFile(workspaceDir, device), { identity, setAt: new Date().toISOString() });
}
