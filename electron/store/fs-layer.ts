import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { nodeMachine, type Machine } from './machine';

/**
 * Every file operation the store does goes through this one small interface, so that a test can
 * put a fault-injecting file system under the store (tests/support/crash-fs.ts simulates power
 * loss, a full disk and failing calls). The real layer hands Node's promises straight back: no
 * extra await on the edit path.
 */
export interface FileLayer {
  open(file: string, mode: OpenMode): Promise<StoreFile>;
  readFile(file: string): Promise<Buffer>;
  /** Atomic replace of `to` (same folder). */
  rename(from: string, to: string): Promise<void>;
  /** A second name for a file; fails with EEXIST when `created` exists (an atomic create-if-absent). */
  link(existing: string, created: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Creates a folder and its missing parents; returns the first folder created, if any. */
  mkdir(dir: string): Promise<string | undefined>;
  readdir(dir: string): Promise<string[]>;
  stat(file: string): Promise<FileStat>;
  /** This process and the others on the machine, for the writer lock. */
  readonly machine: Machine;
}

/**
 * read: an existing file; update: an existing file, to read and truncate; append: an existing
 * file, every write at its end; append-new and write-new: a file that must not exist yet (created
 * 0600); directory: a folder, to fsync it.
 */
export type OpenMode = 'read' | 'update' | 'append' | 'append-new' | 'write-new' | 'directory';

export interface FileStat {
  size: number;
  isDirectory: boolean;
  ino: number;
  mtimeMs: number;
}

/** An open file, as the store uses it. */
export interface StoreFile {
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  /** Appends (append modes) or writes at the current position (write-new). */
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  size(): Promise<number>;
  close(): Promise<void>;
}

const OPEN_FLAGS: Record<OpenMode, number> = {
  read: constants.O_RDONLY,
  update: constants.O_RDWR,
  append: constants.O_RDWR | constants.O_APPEND,
  'append-new': constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_EXCL,
  'write-new': constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
  directory: constants.O_RDONLY,
};

function nodeFile(handle: fs.FileHandle): StoreFile {
  return {
    read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
    write: (buffer, offset, length) => handle.write(buffer, offset, length),
    sync: () => handle.sync(),
    datasync: () => handle.datasync(),
    truncate: (length) => handle.truncate(length),
    size: async () => (await handle.stat()).size,
    close: () => handle.close(),
  };
}

/** The real file system (node:fs/promises). */
export const nodeFiles: FileLayer = {
  open: async (file, mode) => nodeFile(await fs.open(file, OPEN_FLAGS[mode], 0o600)),
  readFile: (file) => fs.readFile(file),
  rename: (from, to) => fs.rename(from, to),
  link: (existing, created) => fs.link(existing, created),
  unlink: (file) => fs.unlink(file),
  mkdir: (dir) => fs.mkdir(dir, { recursive: true }),
  readdir: (dir) => fs.readdir(dir),
  stat: async (file) => {
    const stats = await fs.stat(file);
    return { size: stats.size, isDirectory: stats.isDirectory(), ino: stats.ino, mtimeMs: stats.mtimeMs };
  },
  machine: nodeMachine,
};

let current: FileLayer = nodeFiles;

/** The file layer the store uses now (the real one, unless a test swapped it). */
export function fileLayer(): FileLayer {
  return current;
}

/** Puts another file layer under the store (tests); returns a function that puts the previous one back. */
export function useFileLayer(layer: FileLayer): () => void {
  const previous = current;
  current = layer;
  return () => {
    current = previous;
  };
}

/** The errno code of a failed call, if it has one. */
export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Removes a file; a file already gone is fine. */
export async function removeFile(file: string): Promise<void> {
  try {
    await current.unlink(file);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

/** Whether a path exists. */
export async function pathExists(file: string): Promise<boolean> {
  try {
    await current.stat(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/** Writes all of `bytes` (a write may take fewer bytes than asked). */
export async function writeAll(handle: StoreFile, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) written += (await handle.write(bytes, written, bytes.length - written)).bytesWritten;
}
