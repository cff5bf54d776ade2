import { z } from 'zod';
import { AuthorSchema, DeviceIdSchema } from '../../shared/schema/common';
import { isHlc } from '../../shared/store/hlc';

/**
 * A bundle is one UTF-8 file of JSON lines: a header line, then one operation per line (the
 * journal line format). The header's checksum and byte count cover everything after the header
 * line (lines end with LF; a CR before it is ignored, as Windows tools add one), so a truncated
 * or damaged file is refused before any operation is read.
 *
 *   {"format":"alliance-desk-bundle","formatVersion":1,"workspaceId":…,"device":…,"opCount":N,"bytes":B,"sha256":…}
 *   {"v":1,"hlc":…,"dev":…,"by":…,"col":…,"id":…,"op":"put","data":{…}}
 *   …
 */
export const BUNDLE_FORMAT = 'alliance-desk-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
/** The file extension of bundles (for the save dialog, drag and drop, and file associations). */
export const BUNDLE_EXTENSION = '.adbundle';

/** Hard limits checked before anything in a bundle is trusted. */
export interface BundleLimits {
  maxBytes: number;
  maxOperations: number;
  /** Bytes of one line (one operation, or the header). */
  maxLineBytes: number;
  /** Characters of one string, key or value (the longest text a record may hold is 100,000). */
  maxStringLength: number;
  /** Nesting of objects and arrays in one line (an operation needs about 6). */
  maxDepth: number;
}

export const DEFAULT_LIMITS: BundleLimits = {
  maxBytes: 256 * 1024 * 1024,
  maxOperations: 1_000_000,
  maxLineBytes: 4 * 1024 * 1024,
  maxStringLength: 100_000,
  maxDepth: 16,
};

const HlcSchema = z.string().refine(isHlc, { message: 'not a clock' });
const MAX_DEVICES = 10_000;

/** Per origin device, the newest clock covered. */
export const VersionVectorSchema = z
  .record(DeviceIdSchema, HlcSchema)
  .refine((vector) => Object.keys(vector).length <= MAX_DEVICES, { message: 'too many devices' });

export const BundleHeaderSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().min(1),
  workspaceId: z.string().min(1).max(64),
  workspaceName: z.string().max(300),
  /** The device that made the bundle, and who made it. */
  device: DeviceIdSchema,
  author: AuthorSchema,
  createdAt: z.iso.datetime({ offset: true }),
  /** What the receiver was known to have when the bundle was cut (null: everything is included). */
  since: VersionVectorSchema.nullable(),
  /**
   * Everything the maker had: after importing, the receiver has all of it. Operations dated too far
   * ahead of the maker's clock are in the bundle but not in `covers` (their clocks would make the
   * receiver believe it has later operations of that device than it has).
   */
  covers: VersionVectorSchema,
  opCount: z.number().int().min(0),
  /**
   * Parts of the maker's files that could not be read and whose operations are therefore not in
   * the bundle (a bundle is made with them left out only when asked to, and says so here).
   */
  omitted: z
    .array(z.object({ file: z.string().max(300), offset: z.number().int().min(0), length: z.number().int().min(0), lines: z.object({ first: z.number().int(), last: z.number().int() }).optional() }))
    .max(10_000)
    .optional(),
  /** Byte length and SHA-256 (hex) of everything after the header line. */
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BundleHeader = z.infer<typeof BundleHeaderSchema>;
