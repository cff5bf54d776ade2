import { buildExportDocument, ExportTargetNotFound } from '../../../shared/export/build';
import type { ExportData, ExportTarget } from '../../../shared/export/input';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import type { IpcError } from '../../../shared/ipc/contract';
import type { ExportOutcome, ExportPreview, ExportTargetKind } from '../../../shared/ipc/export-contract';
import type { Language } from '../../../shared/schema/common';
import type { CollectionName } from '../../../shared/schema/collections';
import type { FakeApi } from './fakeApi';

/** What the export channels of one fake answer; tests set it through exportFake(fake). */
export interface ExportFakeState {
  /** The answer of the next export:run (after its progress events); saved by default. */
  nextOutcome: ExportOutcome | undefined;
  /** While true, export:run waits after its first progress events until export:cancel. */
  hold: boolean;
  /** Replaces the built preview (e.g. to show a cut table). */
  preview: ExportPreview | undefined;
  /** Each export:run's request, as the main process received it. */
  runs: { jobId: string; what: ExportTarget; format: string; lang: Language; delimiter?: string }[];
}

const states = new WeakMap<FakeApi, ExportFakeState>();

export function exportFake(fake: FakeApi): ExportFakeState {
  let state = states.get(fake);
  if (!state) states.set(fake, (state = { nextOutcome: undefined, hold: false, preview: undefined, runs: [] }));
  return state;
}

/** Every record of the fake as export data: the real document builder runs over it. */
function exportData(fake: FakeApi): ExportData {
  const all = <C extends CollectionName>(collection: C) => fake.all(collection) as never[];
  return {
    allianceName: fake.workspace?.name ?? 'Союз',
    principles: all('principles'),
    districts: all('districts'),
    groups: all('groups'),
    deputies: all('deputies'),
    issues: all('issues'),
    positions: all('positions'),
    allianceLines: all('allianceLines'),
    statements: all('statements'),
    statementVersions: all('statementVersions'),
    signatures: all('signatures'),
  };
}

/** Case and ё/е folded, as the main process searches. */
const fold = (text: string) => text.toLocaleLowerCase('ru').replaceAll('ё', 'е');
const collator = new Intl.Collator('ru');

const LABEL_FIELD: Record<ExportTargetKind, string> = { issue: 'title', deputy: 'name', district: 'name', group: 'name', statement: 'title' };
const COLLECTION: Record<ExportTargetKind, CollectionName> = { issue: 'issues', deputy: 'deputies', district: 'districts', group: 'groups', statement: 'statements' };

/**
 * The export channels for component tests: the preview is the real document model built from the
 * fake's records (shared/export/build); a run emits progress events like the main process and
 * answers as the test scripted, waiting for export:cancel when asked to hold.
 */
export function exportHandlers(fake: FakeApi): Partial<Record<InvokeChannel, (input: never) => unknown>> {
  const state = exportFake(fake);
  const cancels = new Map<string, () => void>();
  return {
    'export:preview': (input: { what: ExportTarget; lang: Language }) => {
      if (state.preview) return state.preview;
      try {
        return { document: buildExportDocument(input.what, exportData(fake), { lang: input.lang, generatedAt: '2025-03-01T09:00:00.000Z', timeZone: 'Europe/Moscow' }), shortened: [] };
      } catch (error) {
        if (error instanceof ExportTargetNotFound) throw { code: 'not_found', message: error.message } satisfies IpcError;
        throw error;
      }
    },
    'export:targets': (input: { kind: ExportTargetKind; query?: string; id?: string; limit?: number }) => {
      const field = LABEL_FIELD[input.kind];
      const options = fake
        .all(COLLECTION[input.kind])
        .map((record) => ({ id: record.id, label: String(record[field]) }))
        .filter((option) => (input.id ? option.id === input.id : fold(option.label).includes(fold(input.query ?? '').trim())))
        .sort((a, b) => collator.compare(a.label, b.label));
      return { items: options.slice(0, input.limit ?? 50), total: options.length };
    },
    'export:run': async (input: ExportFakeState['runs'][number]) => {
      state.runs.push(input);
      fake.emit('export:progress', { jobId: input.jobId, phase: 'collect', done: 0 });
      fake.emit('export:progress', { jobId: input.jobId, phase: 'render', done: 0.4 });
      if (state.hold) {
        await new Promise<void>((resolve) => cancels.set(input.jobId, resolve));
        return { status: 'cancelled', stage: 'export' } satisfies ExportOutcome;
      }
      const outcome = state.nextOutcome ?? { status: 'saved', file: `/home/user/Документы/summary.${input.format}`, fileName: `summary.${input.format}`, bytes: 48_213 };
      state.nextOutcome = undefined;
      if (outcome.status === 'saved') fake.emit('export:progress', { jobId: input.jobId, phase: 'done', done: 1 });
      return outcome;
    },
    'export:cancel': (input: { jobId: string }) => {
      const cancel = cancels.get(input.jobId);
      cancels.delete(input.jobId);
      cancel?.();
      return cancel !== undefined;
    },
  };
}
