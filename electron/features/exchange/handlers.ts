import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { BundleCheck, ImportOutcome } from '../../../shared/ipc/exchange-contract';
import {
  applyImport,
  BUNDLE_EXTENSION,
  ExchangeError,
  exportBundle,
  parseBundleFor,
  previewImport,
  readBundle,
  resolveConflict,
  type ParsedBundle,
} from '../../exchange';
import { writeError } from '../../export/export-error';
import { writeFileAtomic } from '../../store/durable-file';
import type { WorkspaceStore } from '../../store/workspace-store';
import type { FeatureHandlers } from '../../core/channel-handlers';
import type { EventHub } from '../../core/events';
import { SharedFolderFollower } from './exchange-folder';
import { openConflicts, peersOf, previewView } from './exchange-views';
import type { Platform } from '../../core/platform';
import type { WorkspaceSession } from '../../core/workspace-session';

/** Records per collection and kind an import preview lists (the counts are always exact). */
const PREVIEW_LIST_LIMIT = 200;
const EXTENSION = BUNDLE_EXTENSION.slice(1);

/** The one previewed bundle waiting for the user's "import": kept in the main process, named by a token. */
interface Pending {
  token: string;
  store: WorkspaceStore;
  bundle: ParsedBundle;
}

function bundleName(workspaceName: string, now: Date): string {
  const safe = workspaceName.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 60) || 'alliance-desk';
  return `${safe} ${now.toISOString().slice(0, 10)}${BUNDLE_EXTENSION}`;
}

/**
 * Handlers of the exchange channels: bundles out through the save dialog; bundles in from the open
 * dialog, a drop on the window or the OS — each checked and previewed (a dry run), then applied as a
 * whole by token; text conflicts; and the shared folder's reports.
 */
export function exchangeHandlers(session: WorkspaceSession, platform: Platform, events: EventHub): FeatureHandlers<'exchange'> {
  let pending: Pending | undefined;
  const folder = new SharedFolderFollower(events);
  events.on((event) => {
    if (event.channel !== 'workspace:changed') return;
    if (pending && pending.store !== (event.payload ? session.store() : undefined)) pending = undefined;
    folder.follow(event.payload ? session.store() : undefined);
  });
  platform.onOpenedBundle(() => events.emit('exchange:bundleOpened', null));

  /** Reads and checks a bundle, then previews its import; a refusal is an answer, not an error. */
  const check = async (fileName: string, read: (store: WorkspaceStore) => Promise<ParsedBundle>): Promise<BundleCheck> => {
    const store = session.store();
    try {
      const bundle = await read(store);
      const preview = await previewImport(store, bundle, { listLimit: PREVIEW_LIST_LIMIT });
      // One waiting bundle at a time: a bundle can be large, and only the latest preview is on screen.
      pending = { token: randomUUID(), store, bundle };
      return { status: 'preview', token: pending.token, fileName, preview: previewView(store, preview, bundle.names) };
    } catch (error) {
      if (error instanceof ExchangeError) return { status: 'refused', fileName, code: error.code, message: error.message };
      throw error;
    }
  };

  return {
    'exchange:status': async () => {
      const store = session.store();
      return {
        device: store.device,
        peers: await peersOf(store),
        openConflicts: store.list('conflicts', { where: { status: 'open' } }).total,
        reports: folder.recent(),
      };
    },
    'exchange:exportBundle': async ({ since }) => {
      const store = session.store();
      const file = await platform.chooseSaveFile({ purpose: 'bundle', defaultName: bundleName(store.manifest.name, new Date(store.now())), extension: EXTENSION });
      if (file === null) return { status: 'cancelled' };
      const out = path.extname(file) === '' ? `${file}${BUNDLE_EXTENSION}` : file;
      let bundle;
      try {
        bundle = await exportBundle(store, since === null ? {} : { since });
      } catch (error) {
        if (error instanceof ExchangeError && error.code === 'journal_damaged') return { status: 'failed', code: error.code, message: error.message };
        throw error;
      }
      try {
        // Atomic: a failed write leaves no half-written bundle under the chosen name.
        await writeFileAtomic(out, bundle.bytes);
      } catch (error) {
        const failure = writeError(out, error);
        const code = failure.code === 'no_space' || failure.code === 'no_permission' || failure.code === 'no_folder' ? failure.code : 'io';
        return { status: 'failed', code, message: failure.message };
      }
      return {
        status: 'saved',
        file: out,
        fileName: path.basename(out),
        operations: bundle.header.opCount,
        everything: bundle.everything,
        bytes: bundle.bytes.length,
      };
    },
    'exchange:chooseBundle': async () => {
      session.store();
      const file = await platform.chooseOpenFile({ purpose: 'bundle', extensions: [EXTENSION] });
      if (file === null) return { status: 'none' };
      return check(path.basename(file), (store) => readBundle(store, file));
    },
    'exchange:previewBytes': async ({ fileName, bytes }) => check(path.basename(fileName), async (store) => parseBundleFor(store, bytes)),
    'exchange:takeOpened': async () => {
      session.store();
      const file = platform.takeOpenedBundle();
      if (file === undefined) return { status: 'none' };
      return check(path.basename(file), (store) => readBundle(store, file));
    },
    'exchange:apply': async ({ token, confirmMassDelete }): Promise<ImportOutcome> => {
      const store = session.storeForEdits();
      if (!pending || pending.token !== token || pending.store !== store) {
        return { status: 'refused', code: 'expired', message: 'this preview is no longer current; choose the bundle again' };
      }
      try {
        const result = await applyImport(store, pending.bundle, { confirmMassDelete, listLimit: PREVIEW_LIST_LIMIT });
        pending = undefined;
        return { status: 'applied', written: result.written, preview: previewView(store, result.preview) };
      } catch (error) {
        if (error instanceof ExchangeError) return { status: 'refused', code: error.code, message: error.message };
        throw error;
      }
    },
    'exchange:discard': async ({ token }) => {
      if (pending?.token === token) pending = undefined;
      return null;
    },
    'exchange:conflicts': async () => openConflicts(session.store()),
    'exchange:resolveConflict': async ({ id, text }) => {
      await resolveConflict(session.storeForEdits(), id, text);
      return null;
    },
    'exchange:checkFolder': async () => {
      session.store();
      return folder.checkNow();
    },
  };
}
