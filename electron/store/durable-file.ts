import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileLayer, removeFile, writeAll } from './fs-layer';

/** fsyncs a directory so that a create or rename inside it survives a power cut. */
export async function fsyncDir(dir: string): Promise<void> {
  const handle = await fileLayer().open(dir, 'directory');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Creates a folder (and missing parents) so that it survives a power cut: each new folder's entry
 * is fsynced in its parent. Returns whether anything was created.
 */
export async function mkdirDurable(dir: string): Promise<boolean> {
  const first = await fileLayer().mkdir(dir);
  if (first === undefined) return false;
  const created = path.resolve(first);
  for (let folder = path.resolve(dir); ; folder = path.dirname(folder)) {
    await fsyncDir(path.dirname(folder));
    if (folder === created || path.dirname(folder) === folder) break;
  }
  return true;
}

/**
 * Replaces a file atomically: writes a uniquely named temp file beside it, fsyncs it, renames it
 * over the target and fsyncs the folder. A reader sees the old content or the new, never a mix.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array | Iterable<Uint8Array>): Promise<void> {
  const files = fileLayer();
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await files.open(temp, 'write-new');
  try {
    // isView, not instanceof: bytes made in another realm (a vm context, a test DOM) are bytes too.
    if (typeof content === 'string' || ArrayBuffer.isView(content)) await writeAll(handle, typeof content === 'string' ? Buffer.from(content, 'utf8') : (content as Uint8Array));
    // Chunks (a large snapshot): written one after the other, never joined in memory.
    else for (const chunk of content) await writeAll(handle, chunk);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await removeFile(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await files.rename(temp, target);
  } catch (error) {
    await removeFile(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dir);
}
