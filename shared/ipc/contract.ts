import { z } from 'zod';
import { CollectionNameSchema } from '../schema/collections';
import { IdSchema, LanguageSchema } from '../schema/common';
import type { EventChannel, InvokeChannel } from './channels';
import { domainContract } from './domain-contract';
import { exchangeContract, exchangeEventContract } from './exchange-contract';
import { exportContract, exportEventContract } from './export-contract';
import { issuesContract } from './issues-contract';
import { AnyRecordOutputSchema } from './record-output';

// The one IPC contract: every channel's input and output schema. The main process
// parses each input with it; the preload API and the renderer's types are derived from it.

export const LanguageSettingSchema = z.enum(['system', 'ru', 'en']);
export const ThemeSettingSchema = z.enum(['system', 'light', 'dark']);
export const SettingsSchema = z.object({
  language: LanguageSettingSchema,
  theme: ThemeSettingSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

/** "Who am I" on this device: a deputy of the alliance or its secretary. */
export const IdentitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('secretary') }),
  z.object({ kind: z.literal('deputy'), deputyId: IdSchema }),
]);
export type Identity = z.infer<typeof IdentitySchema>;

export const WorkspaceInfoSchema = z.object({
  /** Where the open workspace lives, for the user to read; no channel takes a path back. */
  path: z.string(),
  name: z.string(),
  workspaceId: z.string(),
  device: z.string(),
  identity: IdentitySchema.nullable(),
  warnings: z.array(z.string()),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>;

/**
 * One entry of the recent list. `id` is what workspace:openRecent takes; `path` is for the user to
 * read on the start screen (their own list) and never comes back from the page.
 */
export const RecentWorkspaceSchema = z.object({ id: z.string(), path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentWorkspace = z.infer<typeof RecentWorkspaceSchema>;

/** What a folder is picked for: a new workspace (workspace:create, workspace:createDemo) or an existing one (workspace:open). */
export const FolderPurposeSchema = z.enum(['create', 'open']);
export type FolderPurpose = z.infer<typeof FolderPurposeSchema>;

const FolderTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
/** A folder the user picked in the main process's dialog: a token to act on it, and its base name to show. */
export const ChosenFolderSchema = z.object({ token: FolderTokenSchema, label: z.string() });
export type ChosenFolder = z.infer<typeof ChosenFolderSchema>;

const NewWorkspaceFields = { name: z.string().trim().min(1).max(300), language: LanguageSchema };
/** The new-workspace form's fields, checked as workspace:create checks them. */
export const NewWorkspaceSchema = z.object(NewWorkspaceFields);

export { AnyRecordOutputSchema, recordOutputSchema, type RecordOutput } from './record-output';

export const ListQuerySchema = z.object({
  where: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  orderBy: z.string().max(60).optional(),
  descending: z.boolean().optional(),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100_000).optional(),
});

export const HistoryEntrySchema = z.object({
  clock: z.string(),
  at: z.string(),
  device: z.string(),
  author: z.string(),
  kind: z.enum(['put', 'patch', 'del']),
  data: z.record(z.string(), z.unknown()).optional(),
  unset: z.array(z.string()).optional(),
});
export type HistoryEntryOutput = z.infer<typeof HistoryEntrySchema>;

export const RecordsChangedSchema = z.object({
  collection: CollectionNameSchema,
  id: z.string(),
  kind: z.enum(['put', 'patch', 'del']),
  origin: z.enum(['local', 'remote']),
});

const Void = z.void();

export const contract = {
  'app:info': {
    input: Void,
    output: z.object({ version: z.string(), platform: z.string(), systemLanguage: LanguageSchema, host: z.enum(['electron', 'browser']) }),
  },
  'settings:get': { input: Void, output: SettingsSchema },
  'settings:update': { input: SettingsSchema.partial(), output: SettingsSchema },
  'workspace:current': { input: Void, output: WorkspaceInfoSchema.nullable() },
  /*
   * Workspace folders. The page never names a path on disk: workspace:chooseFolder shows the native
   * folder picker in the main process, which keeps the folder and answers with a token (null when
   * the user cancels). workspace:create and workspace:createDemo take a token chosen for 'create',
   * workspace:open one chosen for 'open'. A token is spent when the call succeeds, stays usable
   * after a failure (to retry), and goes stale after a while or when more folders are picked; an
   * unknown, stale or wrong-purpose token is refused with 'choice_expired' and nothing happens.
   * Inputs are strict objects, so a `path` is refused, not ignored. A recent workspace opens by its
   * entry's id (workspace:openRecent; 'recent_gone' when the list no longer has it).
   */
  'workspace:recent': { input: Void, output: z.array(RecentWorkspaceSchema) },
  'workspace:chooseFolder': { input: z.strictObject({ purpose: FolderPurposeSchema }), output: ChosenFolderSchema.nullable() },
  'workspace:create': { input: z.strictObject({ token: FolderTokenSchema, ...NewWorkspaceFields }), output: WorkspaceInfoSchema },
  'workspace:createDemo': { input: z.strictObject({ token: FolderTokenSchema, language: LanguageSchema }), output: WorkspaceInfoSchema },
  'workspace:open': { input: z.strictObject({ token: FolderTokenSchema }), output: WorkspaceInfoSchema },
  'workspace:openRecent': { input: z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }), output: WorkspaceInfoSchema },
  'workspace:close': { input: Void, output: z.null() },
  'identity:set': { input: IdentitySchema, output: WorkspaceInfoSchema },
  'records:list': {
    input: z.object({ collection: CollectionNameSchema, query: ListQuerySchema.optional() }),
    output: z.object({ items: z.array(AnyRecordOutputSchema), total: z.number() }),
  },
  'records:get': { input: z.object({ collection: CollectionNameSchema, id: IdSchema }), output: AnyRecordOutputSchema.nullable() },
  'records:create': {
    input: z.object({ collection: CollectionNameSchema, data: z.record(z.string(), z.unknown()) }),
    output: AnyRecordOutputSchema,
  },
  'records:patch': {
    input: z.object({
      collection: CollectionNameSchema,
      id: IdSchema,
      data: z.record(z.string(), z.unknown()),
      unset: z.array(z.string().max(60)).max(50).optional(),
    }),
    output: AnyRecordOutputSchema,
  },
  'records:delete': { input: z.object({ collection: CollectionNameSchema, id: IdSchema }), output: z.null() },
  'records:history': { input: z.object({ collection: CollectionNameSchema, id: IdSchema }), output: z.array(HistoryEntrySchema) },
  'shell:openExternal': { input: z.object({ url: z.url({ protocol: /^https?$/ }) }), output: z.null() },
  ...domainContract,
  ...exportContract,
  ...exchangeContract,
  ...issuesContract,
} as const satisfies Record<InvokeChannel, { input: z.ZodType; output: z.ZodType }>;

export const eventContract = {
  'workspace:changed': WorkspaceInfoSchema.nullable(),
  'records:changed': RecordsChangedSchema,
  'settings:changed': SettingsSchema,
  ...exportEventContract,
  ...exchangeEventContract,
} as const satisfies Record<EventChannel, z.ZodType>;

export type ChannelInput<C extends InvokeChannel> = z.input<(typeof contract)[C]['input']>;
export type ChannelOutput<C extends InvokeChannel> = z.output<(typeof contract)[C]['output']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventContract)[E]>;

/** Error codes crossing IPC; the renderer translates each (i18n key `errors.<code>`). */
export const IpcErrorCodeSchema = z.enum([
  'invalid_input',
  'invalid',
  'not_found',
  'locked',
  'locked_elsewhere',
  'unreadable',
  'closed',
  'newer_format',
  'not_a_workspace',
  'not_empty',
  'choice_expired',
  'recent_gone',
  'no_workspace',
  'forbidden',
  'policy_violation',
  'io',
  'disk_full',
  'write_failed',
  'read_only',
  'internal',
]);
export type IpcErrorCode = z.infer<typeof IpcErrorCodeSchema>;

export const IpcErrorSchema = z.object({
  code: IpcErrorCodeSchema,
  message: z.string(),
  /**
   * Field-level problems (path and an i18n key or message), for forms. For 'invalid_input' the path
   * is relative to the channel's input; for 'invalid' (a record the store refused) to the record's fields.
   */
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).optional(),
});
export type IpcError = z.infer<typeof IpcErrorSchema>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
