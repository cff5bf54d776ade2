import { z } from 'zod';
import { FORMAT_VERSION } from '../../shared/store/operation';
import { writeFileAtomic } from './durable-file';
import { StoreError } from './errors';
import { errorCode, fileLayer } from './fs-layer';

export const ManifestSchema = z.object({
  format: z.literal('alliance-desk-workspace'),
  formatVersion: z.number().int().min(1),
  workspaceId: z.string().min(1).max(64),
  name: z.string().max(300),
  createdAt: z.string(),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export async function readManifest(file: string): Promise<Manifest> {
  let text: string;
  try {
    text = (await fileLayer().readFile(file)).toString('utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      throw new StoreError('not_a_workspace', `${file}: not found — this folder is not an Alliance Desk workspace`);
    }
    throw new StoreError('io', `${file}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new StoreError('unreadable', `${file}: not valid JSON`);
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StoreError('unreadable', `${file}: not a workspace manifest (${parsed.error.issues[0]?.message ?? ''})`);
  }
  if (parsed.data.formatVersion > FORMAT_VERSION) {
    throw new StoreError(
      'newer_format',
      `${file}: written by a newer version of Alliance Desk (format ${parsed.data.formatVersion}; this build reads up to ${FORMAT_VERSION})`,
    );
  }
  return parsed.data;
}

export async function writeManifest(file: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
