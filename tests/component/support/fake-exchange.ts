import type { InvokeChannel } from '../../../shared/ipc/channels';
import type { ArrivalReport, BundleCheck, BundleSaveOutcome, ConflictView, ImportOutcome, ImportPreviewOutput, Peer } from '../../../shared/ipc/exchange-contract';
import type { FakeApi } from './fakeApi';

/** What the exchange channels of one fake answer; tests set it through exchangeFake(fake). */
export interface ExchangeFakeState {
  device: string;
  peers: Peer[];
  reports: ArrivalReport[];
  /** The answer of the next exchange:chooseBundle (the open dialog). */
  chosen: BundleCheck;
  /** The answer of exchange:previewBytes (a dropped file), and what was dropped. */
  dropped: BundleCheck;
  droppedFiles: { fileName: string; size: number }[];
  /** A bundle the OS handed over, answered once by exchange:takeOpened. */
  opened: BundleCheck | undefined;
  /** Answers of exchange:apply, in order; the last one repeats. */
  applyOutcomes: ImportOutcome[];
  saveOutcome: BundleSaveOutcome;
  conflicts: ConflictView[];
  /** Texts chosen by exchange:resolveConflict, by conflict id. */
  resolved: Map<string, string>;
  checkFolder: ArrivalReport | null;
}

const states = new WeakMap<FakeApi, ExchangeFakeState>();

export function exchangeFake(fake: FakeApi): ExchangeFakeState {
  let state = states.get(fake);
  if (!state) {
    state = {
      device: 'dev-1',
      peers: [],
      reports: [],
      chosen: { status: 'none' },
      dropped: { status: 'none' },
      droppedFiles: [],
      opened: undefined,
      applyOutcomes: [],
      saveOutcome: { status: 'saved', file: '/media/usb/Союз 2025-03-01.adbundle', fileName: 'Союз 2025-03-01.adbundle', operations: 128, everything: true, bytes: 40_960 },
      conflicts: [],
      resolved: new Map(),
      checkFolder: null,
    };
    states.set(fake, state);
  }
  return state;
}

/** A preview with nothing in it, to build on in tests. */
export function emptyPreview(overrides: Partial<ImportPreviewOutput> = {}): ImportPreviewOutput {
  return {
    bundle: { device: 'dev-anna', author: 'secretary', authorName: null, createdAt: '2025-03-01T09:30:00.000Z', workspaceName: 'Союз', opCount: 0, everything: true },
    operations: { total: 0, known: 0, new: 0, byDevice: {} },
    collections: {},
    merged: [],
    conflicts: [],
    massDelete: { required: false, deleted: 0, byCollection: {} },
    empty: false,
    ...overrides,
  };
}

/** The exchange channels for component tests, answering as the test scripted. */
export function exchangeHandlers(fake: FakeApi): Partial<Record<InvokeChannel, (input: never) => unknown>> {
  const state = exchangeFake(fake);
  return {
    'exchange:status': () => ({
      device: state.device,
      peers: state.peers,
      openConflicts: state.conflicts.filter((conflict) => !state.resolved.has(conflict.id)).length,
      reports: state.reports,
    }),
    'exchange:exportBundle': () => state.saveOutcome,
    'exchange:chooseBundle': () => state.chosen,
    'exchange:previewBytes': (input: { fileName: string; bytes: Uint8Array }) => {
      state.droppedFiles.push({ fileName: input.fileName, size: input.bytes.length });
      return state.dropped;
    },
    'exchange:takeOpened': () => {
      const opened = state.opened ?? { status: 'none' };
      state.opened = undefined;
      return opened;
    },
    'exchange:apply': () => (state.applyOutcomes.length > 1 ? state.applyOutcomes.shift()! : state.applyOutcomes[0]),
    'exchange:discard': () => null,
    'exchange:conflicts': () => state.conflicts.filter((conflict) => !state.resolved.has(conflict.id)),
    'exchange:resolveConflict': (input: { id: string; text: string }) => {
      state.resolved.set(input.id, input.text);
      fake.emit('records:changed', { collection: 'conflicts', id: input.id, kind: 'patch', origin: 'local' });
      return null;
    },
    'exchange:checkFolder': () => state.checkFolder,
  };
}
