import type { AllianceDeskApi } from '../../../shared/ipc/api';
import { INVOKE_CHANNELS, type EventChannel, type InvokeChannel } from '../../../shared/ipc/channels';
import {
  contract,
  type ChosenFolder,
  type EventPayload,
  type FolderPurpose,
  type HistoryEntryOutput,
  type Identity,
  type IpcError,
  type IpcResult,
  type RecentWorkspace,
  type Settings,
  type WorkspaceInfo,
} from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/schema/common';
import { collectionSchemas, type CollectionName } from '../../../shared/schema/collections';
import { fakePositionHandlers } from './fake-positions';
import { allianceHandlers } from './fake-alliance';
import { exchangeHandlers } from './fake-exchange';
import { exportHandlers } from './fake-export';
import { statementHandlers } from './fake-statements';

type Fields = Record<string, unknown>;
type StoredFields = Fields & { id: string; createdAt: string; updatedAt: string };
export interface Call {
  channel: InvokeChannel;
  input: unknown;
}

const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

/**
 * An in-memory AllianceDeskApi for component tests: it validates writes with the shared schemas
 * as the main process does, keeps a per-record history, emits records:changed, and records
 * every call so tests can assert what the UI asked for (and what it did not).
 */
export class FakeApi {
  readonly calls: Call[] = [];
  settings: Settings = { language: 'system', theme: 'system' };
  systemLanguage: Language = 'ru';
  workspace: WorkspaceInfo | null = null;
  recent: RecentWorkspace[] = [];
  /** The folder the next workspace:chooseFolder picks (null: the user cancelled); the page gets only a token and its name. */
  nextFolder: string | null = '/tmp/alliance';
  /** The folders picked so far, by token, as the main process keeps them. */
  readonly picked = new Map<string, { folder: string; purpose: FolderPurpose }>();
  private readonly records = new Map<CollectionName, Map<string, StoredFields>>();
  private readonly history = new Map<string, HistoryEntryOutput[]>();
  private readonly failures = new Map<InvokeChannel, IpcError>();
  private readonly listeners = new Map<EventChannel, Set<(payload: never) => void>>();
  private clock = 0;
  private idCounter = 0;

  /** Makes the next call of a channel fail with this error. */
  failNext(channel: InvokeChannel, error: Omit<IpcError, 'message'> & { message?: string }): void {
    this.failures.set(channel, { message: `${channel} failed`, ...error });
  }

  callsTo(channel: InvokeChannel): unknown[] {
    return this.calls.filter((call) => call.channel === channel).map((call) => call.input);
  }

  openWorkspace(identity: Identity | null = { kind: 'secretary' }, name = 'Тестовый союз'): this {
    this.workspace = { path: '/tmp/alliance', name, workspaceId: 'ws-1', device: 'dev-1', identity, warnings: [] };
    return this;
  }

  /** Puts a record in place without going through the UI (author: secretary). */
  seed(collection: CollectionName, data: Fields, id = this.newId()): StoredFields {
    const parsed = collectionSchemas[collection].parse(data) as Fields;
    return this.put(collection, id, parsed, 'secretary');
  }

  all(collection: CollectionName): StoredFields[] {
    return [...this.table(collection).values()];
  }

  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (p: EventPayload<E>) => void)(payload);
  }

  /** The object to install as window.allianceDesk. */
  api(): AllianceDeskApi {
    const handlers = this.handlers();
    const api: Record<string, unknown> = {
      on: (event: EventChannel, listener: (payload: never) => void) => {
        let set = this.listeners.get(event);
        if (!set) this.listeners.set(event, (set = new Set()));
        set.add(listener);
        return () => set.delete(listener);
      },
    };
    for (const channel of INVOKE_CHANNELS) {
      const handler = handlers[channel] ?? (() => Promise.reject({ code: 'internal', message: `${channel} is not faked` } satisfies IpcError));
      api[channel] = async (input?: unknown): Promise<IpcResult<unknown>> => {
        this.calls.push({ channel: channel as InvokeChannel, input });
        const failure = this.failures.get(channel as InvokeChannel);
        if (failure) {
          this.failures.delete(channel as InvokeChannel);
          return { ok: false, error: failure };
        }
        try {
          return { ok: true, value: await (handler as (input: unknown) => unknown)(input) };
        } catch (error) {
          if (isIpcError(error)) return { ok: false, error };
          throw error;
        }
      };
    }
    return api as unknown as AllianceDeskApi;
  }

  /** The channels the screens under test use; any other channel answers with an internal error. */
  private handlers(): Partial<Record<InvokeChannel, (input: never) => unknown>> {
    const open = (path: string, name: string) => {
      this.workspace = { path, name, workspaceId: 'ws-1', device: 'dev-1', identity: null, warnings: [] };
      this.recent = [{ id: fakeRecentId(path), path, name, openedAt: new Date().toISOString() }, ...this.recent.filter((entry) => entry.path !== path)];
      return this.workspace;
    };
    const choose = ({ purpose }: { purpose: FolderPurpose }): ChosenFolder | null => {
      if (this.nextFolder === null) return null;
      const token = `fake-token-${String(this.picked.size + 1).padStart(6, '0')}`;
      this.picked.set(token, { folder: this.nextFolder, purpose });
      return { token, label: this.nextFolder.split('/').filter(Boolean).pop() ?? this.nextFolder };
    };
    /** The folder a token names, spent on use; a forged, spent or wrong-purpose token is refused as the services refuse it. */
    const folderOf = (token: string, purpose: FolderPurpose): string => {
      const pick = this.picked.get(token);
      if (!pick || pick.purpose !== purpose) throw { code: 'choice_expired', message: 'choose the folder again' } satisfies IpcError;
      this.picked.delete(token);
      return pick.folder;
    };
    const nameIn = (path: string) => this.recent.find((entry) => entry.path === path)?.name ?? 'Союз';
    return {
      'app:info': () => ({ version: '0.1.0', platform: 'linux', systemLanguage: this.systemLanguage, host: 'browser' }),
      'settings:get': () => this.settings,
      'settings:update': (change: Partial<Settings>) => (this.settings = { ...this.settings, ...change }),
      'workspace:current': () => this.workspace,
      'workspace:recent': () => this.recent,
      'workspace:chooseFolder': (input: { purpose: FolderPurpose }) => choose(strictInput('workspace:chooseFolder', input)),
      'workspace:create': (input: { token: string; name: string }) => {
        const { token, name } = strictInput('workspace:create', input);
        return open(folderOf(token, 'create'), name);
      },
      'workspace:createDemo': (input: { token: string }) => open(folderOf(strictInput('workspace:createDemo', input).token, 'create'), 'Демо'),
      'workspace:open': (input: { token: string }) => {
        const folder = folderOf(strictInput('workspace:open', input).token, 'open');
        return open(folder, nameIn(folder));
      },
      'workspace:openRecent': (input: { id: string }) => {
        const entry = this.recent.find((recent) => recent.id === strictInput('workspace:openRecent', input).id);
        if (!entry) throw { code: 'recent_gone', message: 'not in the recent list' } satisfies IpcError;
        return open(entry.path, entry.name);
      },
      'workspace:close': () => {
        this.workspace = null;
        return null;
      },
      'identity:set': (identity: Identity) => (this.workspace = { ...this.requireWorkspace(), identity }),
      'records:list': (input: { collection: CollectionName; query?: ListQuery }) => this.list(input.collection, input.query ?? {}),
      'records:get': (input: { collection: CollectionName; id: string }) => this.table(input.collection).get(input.id) ?? null,
      'records:create': (input: { collection: CollectionName; data: Fields }) =>
        this.put(input.collection, this.newId(), this.validate(input.collection, input.data), this.author()),
      'records:patch': (input: { collection: CollectionName; id: string; data: Fields; unset?: string[] }) => this.patch(input),
      'records:delete': (input: { collection: CollectionName; id: string }) => {
        this.table(input.collection).delete(input.id);
        this.log(input.collection, input.id, { kind: 'del' });
        this.emit('records:changed', { collection: input.collection, id: input.id, kind: 'del', origin: 'local' });
        return null;
      },
      'records:history': (input: { collection: CollectionName; id: string }) => this.history.get(`${input.collection}/${input.id}`) ?? [],
      'shell:openExternal': () => null,
      ...fakePositionHandlers(this, { put: (c, id, d) => this.put(c, id, d, this.author()), patch: (i) => this.patch(i), identity: () => this.workspace?.identity }),
      ...allianceHandlers(this, (input) => this.patch(input)),
      ...exportHandlers(this),
      ...exchangeHandlers(this),
      ...statementHandlers(this, { put: (c, id, d) => this.put(c, id, d, this.author()), patch: (i) => this.patch(i), identity: () => this.workspace?.identity }),
    };
  }

  private list(collection: CollectionName, query: ListQuery) {
    let items = this.all(collection).filter((record) =>
      Object.entries(query.where ?? {}).every(([field, expected]) => {
        const actual = record[field];
        return Array.isArray(actual) ? actual.includes(expected) : actual === expected;
      }),
    );
    if (query.orderBy) {
      const field = query.orderBy;
      const sign = query.descending ? -1 : 1;
      items = items.sort((a, b) => {
        const x = a[field];
        const y = b[field];
        if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
        return collator.compare(String(x ?? ''), String(y ?? '')) * sign;
      });
    }
    const total = items.length;
    const offset = query.offset ?? 0;
    return { items: items.slice(offset, query.limit === undefined ? undefined : offset + query.limit), total };
  }

  private patch(input: { collection: CollectionName; id: string; data: Fields; unset?: string[] }) {
    const current = this.table(input.collection).get(input.id);
    if (!current) throw { code: 'not_found', message: `${input.collection}/${input.id}` } satisfies IpcError;
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = current;
    const merged: Fields = { ...fields, ...input.data };
    for (const field of input.unset ?? []) delete merged[field];
    const parsed = this.validate(input.collection, merged);
    const changed = Object.fromEntries(Object.entries(parsed).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(fields[key])));
    const cleared = (input.unset ?? []).filter((field) => fields[field] !== undefined);
    const record = { ...parsed, id: input.id, createdAt: current.createdAt, updatedAt: this.now() };
    this.table(input.collection).set(input.id, record);
    this.log(input.collection, input.id, { kind: 'patch', data: changed, ...(cleared.length ? { unset: cleared } : {}) });
    this.emit('records:changed', { collection: input.collection, id: input.id, kind: 'patch', origin: 'local' });
    return record;
  }

  private put(collection: CollectionName, id: string, data: Fields, author: string): StoredFields {
    const now = this.now();
    const record = { ...data, id, createdAt: now, updatedAt: now };
    this.table(collection).set(id, record);
    this.log(collection, id, { kind: 'put', data }, author);
    this.emit('records:changed', { collection, id, kind: 'put', origin: 'local' });
    return record;
  }

  private validate(collection: CollectionName, data: unknown): Fields {
    const parsed = collectionSchemas[collection].safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map(({ path, message }) => ({ path: path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message }));
      throw { code: 'invalid', message: `${collection}: invalid`, issues } satisfies IpcError;
    }
    return parsed.data as Fields;
  }

  private log(collection: CollectionName, id: string, entry: Pick<HistoryEntryOutput, 'kind' | 'data' | 'unset'>, author = this.author()): void {
    const key = `${collection}/${id}`;
    const at = this.now();
    const list = this.history.get(key) ?? [];
    list.push({ clock: `${at}-${list.length}`, at, device: 'dev-1', author, ...entry });
    this.history.set(key, list);
  }

  private author(): string {
    const identity = this.workspace?.identity;
    return identity?.kind === 'deputy' ? identity.deputyId : 'secretary';
  }

  private requireWorkspace(): WorkspaceInfo {
    if (!this.workspace) throw { code: 'no_workspace', message: 'no workspace' } satisfies IpcError;
    return this.workspace;
  }

  private table(collection: CollectionName): Map<string, StoredFields> {
    let table = this.records.get(collection);
    if (!table) this.records.set(collection, (table = new Map()));
    return table;
  }

  private newId(): string {
    return `r${++this.idCounter}`;
  }

  private now(): string {
    // Strictly increasing, a minute apart, so history order and dates are predictable.
    return new Date(Date.UTC(2025, 2, 1, 9, 0) + ++this.clock * 60_000).toISOString();
  }
}

interface ListQuery {
  where?: Record<string, string | number | boolean>;
  orderBy?: string;
  descending?: boolean;
  offset?: number;
  limit?: number;
}

/** The id the fake gives a recent entry (the services derive theirs from the folder too). */
const fakeRecentId = (path: string) => `recent-${[...path].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7).toString(36)}`;

type WorkspaceChannel = 'workspace:chooseFolder' | 'workspace:create' | 'workspace:createDemo' | 'workspace:open' | 'workspace:openRecent';

/** A workspace channel's input as the main process parses it: what the contract refuses (a path, say) fails here too. */
function strictInput<C extends WorkspaceChannel>(channel: C, input: unknown) {
  const parsed = contract[channel].input.safeParse(input);
  if (!parsed.success) throw { code: 'invalid_input', message: `${channel}: invalid input` } satisfies IpcError;
  return parsed.data as ReturnType<(typeof contract)[C]['input']['parse']>;
}

function isIpcError(value: unknown): value is IpcError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
