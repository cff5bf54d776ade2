import { z } from 'zod';
import { CollectionNameSchema } from '../schema/collections';
import { DeviceIdSchema, IdSchema, TextSchema } from '../schema/common';

// Channels of exchange between laptops. Bundles are read and written by the main process
// only: the renderer gets a preview and a token, never a path, and applies the import by token.
// A refused bundle is a value with the engine's code (electron/exchange/errors.ts), so the screen
// can say exactly why; IPC errors remain for what is not about the bundle (no workspace, read-only…).


/** The largest bundle a drop on the window may send over IPC; larger ones are opened with the file dialog. */
export const MAX_DROPPED_BUNDLE_BYTES = 32 * 1024 * 1024;

export const ExchangeRefusalCodeSchema = z.enum([
  'too_large',
  'too_many_operations',
  'too_deep',
  'string_too_long',
  'forbidden_key',
  'malformed',
  'not_a_bundle',
  'newer_format',
  'wrong_workspace',
  'truncated',
  'checksum_mismatch',
  'invalid_operation',
  /** A change the collection's write policy forbids (shared/store/write-policy.ts). */
  'policy_violation',
  'clock_ahead',
  'mass_delete_unconfirmed',
  /** A bundle of this workspace was refused: lines of its files cannot be read (see electron/exchange/write-bundle.ts). */
  'journal_damaged',
  'io',
  /** The preview the token named is gone (another bundle was chosen, or the workspace changed). */
  'expired',
]);
export type ExchangeRefusalCode = z.infer<typeof ExchangeRefusalCodeSchema>;

/** An author as stamped (a deputy id or "secretary") and, for a deputy of this workspace, the name. */
const AuthorRefSchema = { author: z.string(), authorName: z.string().nullable() };

const RecordRefSchema = z.object({ id: z.string(), title: z.string(), fields: z.array(z.string()).optional() });
const CollectionChangesSchema = z.object({
  added: z.number(),
  changed: z.number(),
  deleted: z.number(),
  /** Up to the listing limit per kind; the counts above are exact. */
  records: z.object({ added: z.array(RecordRefSchema), changed: z.array(RecordRefSchema), deleted: z.array(RecordRefSchema) }),
});

export const TextOutcomeSchema = z.object({
  collection: CollectionNameSchema,
  id: z.string(),
  field: z.string(),
  /** The record's title, for people. */
  title: z.string(),
  outcome: z.enum(['merged', 'conflict']),
  versions: z.array(z.object({ clock: z.string(), device: z.string(), ...AuthorRefSchema })),
  conflictId: z.string().optional(),
});
export type TextOutcomeOutput = z.infer<typeof TextOutcomeSchema>;

export const ImportPreviewSchema = z.object({
  bundle: z.object({
    device: z.string(),
    ...AuthorRefSchema,
    createdAt: z.string(),
    workspaceName: z.string(),
    opCount: z.number(),
    /** True for a bundle of everything its maker had; false for one cut "since" the last exchange. */
    everything: z.boolean(),
    /** Bytes of the maker's files that could not be read: their operations are not in the bundle. */
    omitted: z.array(z.object({ file: z.string(), offset: z.number(), length: z.number() })).optional(),
  }),
  /** New operations dated over a day ahead of this computer's clock: kept, not applied yet. */
  quarantined: z.object({ operations: z.number(), latest: z.string().nullable() }).optional(),
  operations: z.object({ total: z.number(), known: z.number(), new: z.number(), byDevice: z.record(z.string(), z.number()) }),
  collections: z.partialRecord(CollectionNameSchema, CollectionChangesSchema),
  merged: z.array(TextOutcomeSchema),
  conflicts: z.array(TextOutcomeSchema),
  massDelete: z.object({
    required: z.boolean(),
    deleted: z.number(),
    byCollection: z.partialRecord(CollectionNameSchema, z.object({ deleted: z.number(), of: z.number() })),
  }),
  empty: z.boolean(),
});
export type ImportPreviewOutput = z.infer<typeof ImportPreviewSchema>;

/** What checking a bundle gave: nothing chosen, a preview to confirm, or a refusal with its reason. */
export const BundleCheckSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }),
  z.object({ status: z.literal('preview'), token: z.string(), fileName: z.string(), preview: ImportPreviewSchema }),
  z.object({ status: z.literal('refused'), fileName: z.string(), code: ExchangeRefusalCodeSchema, message: z.string() }),
]);
export type BundleCheck = z.infer<typeof BundleCheckSchema>;

export const ImportOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('applied'), written: z.number(), preview: ImportPreviewSchema }),
  z.object({ status: z.literal('refused'), code: ExchangeRefusalCodeSchema, message: z.string() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

export const BundleSaveOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), file: z.string(), fileName: z.string(), operations: z.number(), everything: z.boolean(), bytes: z.number() }),
  z.object({ status: z.literal('cancelled') }),
  // journal_damaged: lines of this workspace cannot be read, and a bundle would silently lack them.
  z.object({ status: z.literal('failed'), code: z.enum(['no_space', 'no_permission', 'no_folder', 'io', 'journal_damaged']), message: z.string() }),
]);
export type BundleSaveOutcome = z.infer<typeof BundleSaveOutcomeSchema>;

export const ArrivalReportSchema = z.object({
  at: z.string(),
  arrivals: z.array(
    z.object({
      device: z.string(),
      authors: z.array(z.string()),
      authorNames: z.array(z.string()),
      operations: z.number(),
      collections: z.partialRecord(CollectionNameSchema, z.number()),
    }),
  ),
  merged: z.array(TextOutcomeSchema),
  conflicts: z.array(TextOutcomeSchema),
});
export type ArrivalReport = z.infer<typeof ArrivalReportSchema>;

export const PeerSchema = z.object({
  device: z.string(),
  /** When this device last imported a bundle made by the peer. */
  lastBundleAt: z.string().nullable(),
  /** Who made that peer's edits here (authors as stamped, with names where known). */
  authors: z.array(z.object(AuthorRefSchema)),
});
export type Peer = z.infer<typeof PeerSchema>;

export const ConflictViewSchema = z.object({
  id: z.string(),
  collection: z.string(),
  recordId: z.string(),
  field: z.string(),
  title: z.string(),
  /** Whether the record's long text is rich text (a statement) rather than plain text. */
  rich: z.boolean(),
  base: z.string(),
  /** The text the record shows meanwhile (the newest version). */
  current: z.string(),
  versions: z.array(z.object({ clock: z.string(), device: z.string(), at: z.string(), ...AuthorRefSchema, text: z.string() })),
});
export type ConflictView = z.infer<typeof ConflictViewSchema>;

export const MenuCommandSchema = z.object({ command: z.enum(['export', 'exportBundle', 'importBundle']) });
export type MenuCommand = z.infer<typeof MenuCommandSchema>['command'];

const TokenSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/**
 * Bytes as structured clone delivers them: a Uint8Array, checked by its tag rather than by
 * instanceof, which fails for arrays made in another realm (a vm context, a test DOM).
 */
const BytesSchema = z.custom<Uint8Array>((value) => ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]', { message: 'expected bytes' });

export const exchangeContract = {
  /** This device, the peers it has received bundles from, and the shared folder's latest reports. */
  'exchange:status': {
    input: z.void(),
    output: z.object({ device: z.string(), peers: z.array(PeerSchema), openConflicts: z.number(), reports: z.array(ArrivalReportSchema) }),
  },
  /** Saves a bundle of everything, or of what `since` (a peer device) lacks, where the user chooses. */
  'exchange:exportBundle': { input: z.object({ since: DeviceIdSchema.nullable() }), output: BundleSaveOutcomeSchema },
  /** Asks for a bundle file (native dialog) and previews its import. */
  'exchange:chooseBundle': { input: z.void(), output: BundleCheckSchema },
  /** Previews the import of a bundle dropped on the window (its bytes; the page has no path). */
  'exchange:previewBytes': {
    input: z.object({
      fileName: z.string().max(255),
      bytes: BytesSchema.refine((bytes) => bytes.length <= MAX_DROPPED_BUNDLE_BYTES, { message: 'too_large' }),
    }),
    output: BundleCheckSchema,
  },
  /** Previews the bundle the OS asked the app to open (file association), if one waits. */
  'exchange:takeOpened': { input: z.void(), output: BundleCheckSchema },
  /** Imports the previewed bundle as a whole; mass deletes need confirmMassDelete. */
  'exchange:apply': { input: z.object({ token: TokenSchema, confirmMassDelete: z.boolean().default(false) }), output: ImportOutcomeSchema },
  /** Forgets a preview the user turned down (frees its memory). */
  'exchange:discard': { input: z.object({ token: TokenSchema }), output: z.null() },
  'exchange:conflicts': { input: z.void(), output: z.array(ConflictViewSchema) },
  /** Resolves a text conflict with the chosen or edited text. */
  'exchange:resolveConflict': { input: z.object({ id: IdSchema, text: TextSchema }), output: z.null() },
  /** Reads the shared folder now; null when nothing new arrived. */
  'exchange:checkFolder': { input: z.void(), output: ArrivalReportSchema.nullable() },
} as const;

export const exchangeEventContract = {
  /** Operations arrived through the shared folder. */
  'exchange:arrived': ArrivalReportSchema,
  /** The OS handed the app a bundle to open; the renderer takes it with exchange:takeOpened. */
  'exchange:bundleOpened': z.null(),
  /** A command of the native menu that the renderer carries out (it owns navigation). */
  'menu:command': MenuCommandSchema,
} as const;
