import { z } from 'zod';
import { COLLECTIONS } from '../../shared/schema/collections';
import { DeviceIdSchema } from '../../shared/schema/common';
import { isHlc } from '../../shared/store/hlc';
import { FORMAT_VERSION } from '../../shared/store/operation';
import type { WorkspaceState } from '../../shared/store/state';

const ByteOffsets = z.record(DeviceIdSchema, z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER));
const Digests = z.record(DeviceIdSchema, z.string().regex(/^[0-9a-f]{64}$/));
/** History sources: a device id, or imports/ and a device id (layout.ts IMPORTS_SOURCE). */
const Sources = z.array(z.string().min(1).max(80));

/**
 * The snapshot file, checked whole before anything of it is used. The top level is a plain zod
 * schema; the records (150,000 and more) are checked by one lean loop over their structure —
 * fields an object, clocks well formed, history locations inside the list of sources — because
 * zod per record costs about as much as parsing the file (measured at the moscow scale: ~1.2 s
 * against ~0.13 s for the loop). Field values are checked when operations are applied, and by
 * verify against the full record schemas.
 */
export const SnapshotSchema = z
  .object({
    format: z.literal('alliance-desk-snapshot'),
    formatVersion: z.literal(FORMAT_VERSION),
    workspaceId: z.string().min(1).max(64),
    device: DeviceIdSchema,
    savedAt: z.string().max(40),
    /** Journal bytes included, per device. */
    journals: ByteOffsets,
    /** SHA-256 of each journal's first `journals[device]` bytes (absent in snapshots written before digests). */
    digests: Digests.optional(),
    /** Imports-file bytes included, per device (absent in snapshots from before imports existed). */
    imports: ByteOffsets.optional(),
    importDigests: Digests.optional(),
    devices: Sources,
    /** Latest clock seen ('' in a workspace with no operation yet). */
    clock: z.union([z.literal(''), z.string().refine(isHlc, { message: 'not a clock stamp' })]),
    /** Operations included in the offsets above but quarantined, not applied (quarantine.ts); absent in older snapshots. */
    quarantined: z.array(z.object({ source: z.string().min(1).max(80), offset: z.number().int().nonnegative(), length: z.number().int().positive() })).max(1_000_000).optional(),
    collections: z.record(z.string(), z.unknown()),
  })
  .superRefine((document, context) => {
    for (const name of COLLECTIONS) {
      const problem = collectionProblem(document.collections[name], document.devices.length);
      if (problem) context.addIssue({ code: 'custom', path: ['collections', name, ...problem.path], message: problem.message });
    }
  });

export type SnapshotDocument = Omit<z.infer<typeof SnapshotSchema>, 'collections'> & { collections: WorkspaceState };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isClock = (value: unknown) => value === undefined || isHlc(value);
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

/** The first structural problem of one collection's records; a collection added since the snapshot is absent. */
function collectionProblem(records: unknown, sources: number): { path: string[]; message: string } | undefined {
  if (records === undefined) return undefined;
  if (!isObject(records)) return { path: [], message: 'not a collection' };
  for (const id in records) {
    const message = entryProblem(records[id], sources);
    if (message) return { path: [id], message };
  }
  return undefined;
}

function entryProblem(entry: unknown, sources: number): string | undefined {
  if (!isObject(entry)) return 'not a record';
  if (!isObject(entry.f)) return 'fields missing';
  if (!isClock(entry.p) || !isClock(entry.d)) return 'clock unreadable';
  if (entry.c !== undefined) {
    if (!isObject(entry.c)) return 'field clocks unreadable';
    for (const field in entry.c) if (!isHlc(entry.c[field])) return `clock of ${field} unreadable`;
  }
  const history = entry.h;
  if (history !== undefined) {
    if (!Array.isArray(history) || history.length % 3 !== 0) return 'history unreadable';
    for (let i = 0; i < history.length; i += 3) {
      const source = history[i] as unknown;
      if (!isCount(source) || (source as number) >= sources || !isCount(history[i + 1]) || !isCount(history[i + 2])) return 'history unreadable';
    }
  }
  return undefined;
}
