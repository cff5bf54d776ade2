import path from 'node:path';
import type { Identity, WorkspaceInfo } from '../../shared/ipc/contract';
import type { Language } from '../../shared/schema/common';
import { populateDemo } from '../demo/generate';
import { WorkspaceStore } from '../store/workspace-store';
import type { EventHub } from './events';
import { withoutFileNames } from './folder-errors';
import { authorOf } from '../../shared/domain/author';
import { readIdentity, writeIdentity } from './identity-file';
import type { RecentList } from './recent-list';
import { ServiceError } from './service-error';

/** Author stamped while nobody has said who they are: seeding a new or demo workspace only. */
const SETUP_AUTHOR = 'secretary';

const DEMO_NAMES: Record<Language, string> = {
  ru: 'Демо: союз муниципальных депутатов',
  en: 'Demo: alliance of municipal deputies',
};

interface OpenState {
  store: WorkspaceStore;
  identity: Identity | null;
  warnings: string[];
  unsubscribe: () => void;
}

/**
 * The one open workspace of the app (one writer process per workspace on a device). Opening
 * another closes the current one, but only after the new one opened, so a failed open leaves the
 * user where they were. Switches run one at a time. The folders come from the main process (a
 * folder the user picked, or an entry of the recent list), never from the page; failures on them
 * are reported without file names (folder-errors.ts).
 */
export class WorkspaceSession {
  private state: OpenState | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly device: string,
    private readonly events: EventHub,
    private readonly recent: RecentList,
  ) {}

  info(): WorkspaceInfo | null {
    const state = this.state;
    if (!state) return null;
    return {
      path: state.store.layout.dir,
      name: state.store.manifest.name,
      workspaceId: state.store.manifest.workspaceId,
      device: this.device,
      identity: state.identity,
      warnings: [...state.warnings, ...state.store.warnings],
    };
  }

  create(folder: string, name: string, language: Language): Promise<WorkspaceInfo> {
    return this.onFolder(async () => {
      const store = await WorkspaceStore.init(path.resolve(folder), { device: this.device, author: SETUP_AUTHOR, name, language });
      return this.switchTo(store, null, []);
    });
  }

  /** A new workspace filled with fictional data (a small alliance), for trying the app out. */
  createDemo(folder: string, language: Language): Promise<WorkspaceInfo> {
    return this.onFolder(async () => {
      const store = await WorkspaceStore.init(path.resolve(folder), {
        device: this.device,
        author: SETUP_AUTHOR,
        name: DEMO_NAMES[language],
        language,
      });
      try {
        // Subscribed only afterwards: the renderer needs one workspace:changed, not a record event per demo row.
        await populateDemo(store, { scale: 'small', language });
      } catch (error) {
        await store.close().catch(() => undefined);
        throw error;
      }
      return this.switchTo(store, null, []);
    });
  }

  open(folder: string): Promise<WorkspaceInfo> {
    return this.onFolder(async () => {
      const resolved = path.resolve(folder);
      const current = this.info();
      if (current && current.path === resolved) return current;
      // The store first: it checks that this is a workspace before anything in the folder is read.
      const store = await WorkspaceStore.open(resolved, { device: this.device, author: SETUP_AUTHOR });
      const warnings: string[] = [];
      let identity: Identity | null;
      try {
        identity = await readIdentity(resolved, this.device, warnings);
        if (identity) store.setAuthor(authorOf(identity));
      } catch (error) {
        await store.close().catch(() => undefined);
        throw error;
      }
      return this.switchTo(store, identity, warnings);
    });
  }

  close(): Promise<void> {
    return this.exclusive(async () => {
      if (!this.state) return;
      await this.closeCurrent();
      this.events.emit('workspace:changed', null);
    });
  }

  setIdentity(identity: Identity): Promise<WorkspaceInfo> {
    return this.exclusive(async () => {
      const state = this.requireState();
      if (identity.kind === 'deputy' && !state.store.get('deputies', identity.deputyId)) {
        throw new ServiceError('not_found', `deputies/${identity.deputyId}: no such deputy in this workspace`);
      }
      await writeIdentity(state.store.layout.dir, this.device, identity);
      state.store.setAuthor(authorOf(identity));
      state.identity = identity;
      const info = this.info()!;
      this.events.emit('workspace:changed', info);
      return info;
    });
  }

  /** The open store, for reads. */
  store(): WorkspaceStore {
    return this.requireState().store;
  }

  /** The open store, for edits: only once this device has said who is editing, so every edit has a real author. */
  storeForEdits(): WorkspaceStore {
    const state = this.requireState();
    if (!state.identity) throw new ServiceError('forbidden', 'choose who you are (a deputy or the secretary) before editing');
    return state.store;
  }

  /** The open store and who is editing, for rules that depend on the identity (stances, signatures). */
  editor(): { store: WorkspaceStore; identity: Identity } {
    const store = this.storeForEdits();
    return { store, identity: this.state!.identity! };
  }

  private requireState(): OpenState {
    if (!this.state) throw new ServiceError('no_workspace', 'no workspace is open');
    return this.state;
  }

  private async switchTo(store: WorkspaceStore, identity: Identity | null, warnings: string[]): Promise<WorkspaceInfo> {
    await this.closeCurrent();
    const unsubscribe = store.subscribe((change) => this.events.emit('records:changed', change));
    this.state = { store, identity, warnings, unsubscribe };
    try {
      await this.recent.add({ path: store.layout.dir, name: store.manifest.name });
    } catch (error) {
      warnings.push(`recent workspaces not saved: ${(error as Error).message}`);
    }
    const info = this.info()!;
    this.events.emit('workspace:changed', info);
    return info;
  }

  private async closeCurrent(): Promise<void> {
    const state = this.state;
    if (!state) return;
    this.state = undefined;
    state.unsubscribe();
    await state.store.close();
  }

  /** A switch to another folder, with the store's failures said without file names. */
  private onFolder(task: () => Promise<WorkspaceInfo>): Promise<WorkspaceInfo> {
    return this.exclusive(async () => {
      try {
        return await task();
      } catch (error) {
        throw withoutFileNames(error);
      }
    });
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
