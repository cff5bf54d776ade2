import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConflict } from '../../electron/exchange';
import { verifyWorkspace } from '../../electron/store/verify';
import type { WorkspaceStore } from '../../electron/store/workspace-store';
import { resolveText } from '../../shared/exchange/text-lineage';
import { textWrites } from '../../electron/exchange/text-resolutions';
import { fieldClock, isLive } from '../../shared/store/state';
import { canonicalState, makeLaptops, sendBundle, syncAll } from '../support/exchange-laptops';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const DEVICES = ['laptop-a', 'laptop-b', 'laptop-c'] as const;
const SENTENCES = ['Жители просят сохранить сквер.', 'Застройщик предлагает парковку.', 'Совет обсудит вопрос в марте.', 'Нужны публичные слушания.'];

type Action =
  | { kind: 'title'; laptop: number; issue: number; value: string }
  | { kind: 'text'; laptop: number; issue: number; sentence: number; word: string }
  | { kind: 'delete'; laptop: number; issue: number }
  | { kind: 'create'; laptop: number; name: string }
  | { kind: 'resolve'; laptop: number; pick: number }
  | { kind: 'send'; from: number; to: number; mode: 'everything' | 'since' };

const laptop = fc.integer({ min: 0, max: 2 });
const issue = fc.integer({ min: 0, max: 2 });
const word = fc.constantFrom('срочно', 'повторно', 'вновь', 'также', 'обязательно');
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('title' as const), laptop, issue, value: fc.constantFrom('Сквер', 'Парк', 'Двор', 'Сад') }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('text' as const), laptop, issue, sentence: fc.integer({ min: 0, max: 3 }), word }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), laptop, issue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('create' as const), laptop, name: fc.constantFrom('Транспорт', 'ЖКХ') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('resolve' as const), laptop, pick: fc.integer({ min: 0, max: 2 }) }) },
  {
    weight: 4,
    arbitrary: fc
      .record({ kind: fc.constant('send' as const), from: laptop, to: laptop, mode: fc.constantFrom('everything' as const, 'since' as const) })
      .filter((send) => send.from !== send.to),
  },
);

/** An acknowledged write of a plain field: after every exchange, the field holds it or something later. */
interface Acknowledged {
  id: string;
  field: string;
  clock: string;
}

async function run(stores: WorkspaceStore[], issueIds: string[], actions: Action[], acknowledged: Acknowledged[]): Promise<void> {
  for (const step of actions) {
    if (step.kind === 'send') {
      await sendBundle(stores[step.from]!, stores[step.to]!, step.mode);
      continue;
    }
    const store = stores[step.laptop]!;
    if (step.kind === 'create') {
      await store.create('groups', { name: step.name, kind: 'working' });
      continue;
    }
    if (step.kind === 'resolve') {
      // A person settles an open conflict: one of its versions, or both one after the other.
      const open = store.list('conflicts', { where: { status: 'open' } }).items[0];
      if (!open) continue;
      const texts = open.versions.map((version) => version.text);
      await resolveConflict(store, open.id, texts[step.pick] ?? texts.join('\n'));
      continue;
    }
    const id = issueIds[step.issue]!;
    const current = store.get('issues', id);
    if (!current) continue;
    if (step.kind === 'delete') {
      await store.remove('issues', id);
    } else if (step.kind === 'title') {
      await store.patch('issues', id, { title: step.value });
      acknowledged.push({ id, field: 'title', clock: fieldClock(store.rawState().issues[id]!, 'title')! });
    } else {
      // Edit one sentence (one line): a word put in front of it.
      const lines = current.description.split('\n');
      lines[step.sentence] = `${step.word} ${lines[step.sentence] ?? ''}`;
      await store.patch('issues', id, { description: lines.join('\n') });
      acknowledged.push({ id, field: 'description', clock: fieldClock(store.rawState().issues[id]!, 'description')! });
    }
  }
}

async function checkNothingLost(store: WorkspaceStore, issueIds: string[], acknowledged: Acknowledged[]): Promise<void> {
  for (const write of acknowledged) {
    const entry = store.rawState().issues[write.id]!;
    if (!isLive(entry)) continue; // deleted: deletes win by design, and the mass-delete guard asks first
    const history = await store.history('issues', write.id);
    expect(history.map((h) => h.clock)).toContain(write.clock);
    if (write.field === 'title') expect(fieldClock(entry, 'title')! >= write.clock).toBe(true);
  }
  for (const id of issueIds) {
    const record = store.get('issues', id);
    if (!record) continue;
    // Every newest version of the text is the text shown, or kept in an open conflict record.
    const resolution = resolveText(textWrites(await store.history('issues', id), 'description'));
    expect(resolution.kind).not.toBe('merge'); // a clean merge would have been written already
    if (resolution.kind === 'settled') {
      expect(record.description).toBe(resolution.text);
    } else {
      const conflicts = store.byIndex('conflicts', 'recordId', id).filter((c) => c.field === 'description' && c.status === 'open');
      expect(conflicts).toHaveLength(1);
      const kept = conflicts[0]!.versions.map((v) => v.text).sort();
      expect(kept).toEqual(resolution.versions.map((v) => v.text).sort());
      expect(kept).toContain(record.description);
    }
  }
}

describe('exchange between three laptops (property)', () => {
  it('converges in any order of edits and bundles, loses no acknowledged edit, and a re-import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 4, maxLength: 28 }), async (actions) => {
        const stores = await makeLaptops(await tempDir(), DEVICES);
        try {
          const issueIds: string[] = [];
          for (let i = 0; i < 3; i += 1) {
            issueIds.push((await stores[0]!.create('issues', { title: `Вопрос ${i}`, category: 'environment', description: SENTENCES.join('\n') })).id);
          }
          await syncAll(stores);
          const acknowledged: Acknowledged[] = [];
          await run(stores, issueIds, actions, acknowledged);
          await syncAll(stores);

          const states = stores.map(canonicalState);
          expect(states[1]).toBe(states[0]);
          expect(states[2]).toBe(states[0]);
          for (const store of stores) await checkNothingLost(store, issueIds, acknowledged);

          const again = await sendBundle(stores[0]!, stores[1]!, 'everything');
          expect(again.written).toBe(0);
          expect(again.preview.empty).toBe(true);
          expect(canonicalState(stores[1]!)).toBe(states[0]);
        } finally {
          for (const store of stores) await store.close();
        }
        for (const store of stores) {
          const report = await verifyWorkspace(store.layout.dir);
          expect(report.problems).toEqual([]);
        }
      }),
      { numRuns: 30 },
    );
  });
});
