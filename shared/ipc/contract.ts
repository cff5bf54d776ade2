import { z } from 'zod';
import { CollectionNameSchema } from '../schema/collections';
import { IdSchema, LanguageSchema } from '../schema/common';
import type { EventChannel, InvokeChannel } from './channels';
import { domainContract } from './domain-contract';
import { exchangeContract, exchangeEventContract } from './exchange-contract';
import { exportContract, exportEventContract } from './export-contract';
import { issuesContract } from './issues-contract';
import { RecordOutputSchema } from './record-output';

// The one IPC contract (DESIGN.md §5): every channel's input and output schema. The main process
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
  path: z.string(),
  name: z.string(),
  workspaceId: z.string(),
  device: z.string(),
  identity: IdentitySchema.nullable(),
  warnings: z.array(z.string()),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>;

export const RecentWorkspaceSchema = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentWorkspace = z.infer<typeof RecentWorkspaceSchema>;

const PathInput = z.object({ path: z.string().min(1).max(4096) });

export { RecordOutputSchema, type RecordOutput } from './record-output';

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
  'workspace:recent': { input: Void, output: z.array(RecentWorkspaceSchema) },
  /** Opens the native folder picker; null when the user cancels. */
  'workspace:chooseFolder': { input: z.object({ purpose: z.enum(['create', 'open']) }), output: z.string().nullable() },
  'workspace:create': {
    input: PathInput.extend({ name: z.string().trim().min(1).max(300), language: LanguageSchema }),
    output: WorkspaceInfoSchema,
  },
  'workspace:createDemo': { input: PathInput.extend({ language: LanguageSchema }), output: WorkspaceInfoSchema },
  'workspace:open': { input: PathInput, output: WorkspaceInfoSchema },
  'workspace:close': { input: Void, output: z.null() },
  'identity:set': { input: IdentitySchema, output: WorkspaceInfoSchema },
  'records:list': {
    input: z.object({ collection: CollectionNameSchema, query: ListQuerySchema.optional() }),
    output: z.object({ items: z.array(RecordOutputSchema), total: z.number() }),
  },
  'records:get': { input: z.object({ collection: CollectionNameSchema, id: IdSchema }), output: RecordOutputSchema.nullable() },
  'records:create': {
    input: z.object({ collection: CollectionNameSchema, data: z.record(z.string(), z.unknown()) }),
    output: RecordOutputSchema,
  },
  'records:patch': {
    input: z.object({
      collection: CollectionNameSchema,
      id: IdSchema,
      data: z.record(z.string(), z.unknown()),
      unset: z.array(z.string().max(60)).max(50).optional(),
    }),
    output: RecordOutputSchema,
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
  'unreadable',
  'closed',
  'newer_format',
  'not_a_workspace',
  'not_empty',
  'no_workspace',
  'forbidden',
  'io',
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
