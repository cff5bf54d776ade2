// Trials of editing a workspace on a CrashFs and losing power at a random moment; shared by the
// power-loss test (many short trials) and its bench entry (more of them).
import { SeededRandom } from '../../electron/demo/random';
import { useFileLayer } from '../../electron/store/fs-layer';
import { writeManifest } from '../../electron/store/manifest';
import { verifyWorkspace } from '../../electron/store/verify';
import { WorkspaceStore, type StoreOptions } from '../../electron/store/workspace-store';
import { FORMAT_VERSION } from '../../shared/store/operation';
import { CrashFs } from './crash-fs';

export const POWER_LOSS_DIR = '/power/workspace';
const options: StoreOptions = { device: 'laptop-a', author: 'secretary', snapshotEvery: 4 };

/** A workspace with only its manifest, fully durable: each trial starts from a copy of it. */
export async function emptyWorkspaceDisk(): Promise<CrashFs> {
  const disk = CrashFs.create(new SeededRandom(1));
  const restore = useFileLayer(disk);
  try {
    await disk.mkdir(POWER_LOSS_DIR);
    await writeManifest(`${POWER_LOSS_DIR}/workspace.json`, {
      format: 'alliance-desk-workspace',
      formatVersion: FORMAT_VERSION,
      workspaceId: 'power-loss',
      name: 'Power loss',
      createdAt: new Date(0).toISOString(),
    });
  } finally {
    restore();
  }
  return disk;
}

/** What was acknowledged per group (undefined: deleted), and what an unacknowledged call may have left. */
class Expected {
  readonly acknowledged = new Map<string, string | undefined>();
  inFlight: { id: string; description: string | undefined } | undefined;

  /** After a reopen: every acknowledged edit is there, or the one in flight replaced it. */
  check(store: WorkspaceStore): string[] {
    const problems: string[] = [];
    const seen = (id: string) => (store.get('groups', id) ? store.get('groups', id)!.description ?? '' : undefined);
    for (const [id, description] of this.acknowledged) {
      const actual = seen(id);
      const allowed = actual === description || (this.inFlight?.id === id && actual === this.inFlight.description);
      if (!allowed) problems.push(`groups/${id}: expected ${String(description)}, found ${String(actual)}`);
    }
    // What the files hold is now what counts, the call in flight included or not.
    if (this.inFlight) this.acknowledged.set(this.inFlight.id, seen(this.inFlight.id));
    this.inFlight = undefined;
    return problems;
  }
}

/** Edits until the power goes: creates, patches, deletes, snapshots, and now and then a close and reopen. */
async function editUntilPowerLoss(random: SeededRandom, expected: Expected, counter: { next: number }): Promise<void> {
  let store = await WorkspaceStore.open(POWER_LOSS_DIR, options);
  for (;;) {
    const live = [...expected.acknowledged].filter(([, description]) => description !== undefined).map(([id]) => id);
    const roll = random.next();
    if (roll < 0.45 || live.length === 0) {
      const id = `g${counter.next++}`;
      const description = `created ${id} ${'x'.repeat(random.int(0, 300))}`;
      expected.inFlight = { id, description };
      await store.create('groups', { name: `Группа ${id}`, kind: 'working', description }, id);
      expected.acknowledged.set(id, description);
    } else if (roll < 0.8) {
      const id = random.pick(live);
      const description = `patched ${counter.next++}`;
      expected.inFlight = { id, description };
      await store.patch('groups', id, { description });
      expected.acknowledged.set(id, description);
    } else if (roll < 0.9) {
      const id = random.pick(live);
      expected.inFlight = { id, description: undefined };
      await store.remove('groups', id);
      expected.acknowledged.set(id, undefined);
    } else if (roll < 0.95) {
      await store.writeSnapshot();
    } else {
      await store.close();
      store = await WorkspaceStore.open(POWER_LOSS_DIR, options);
    }
    expected.inFlight = undefined;
  }
}

export interface TrialResult {
  /** What went wrong (empty when nothing did): lost edits, a workspace that would not open, verify problems. */
  problems: string[];
  crashes: number;
  acknowledged: number;
}

/**
 * One trial: from the empty workspace, `crashes` times edit until the power goes at a random
 * change to the disk, then boot again from what was durable, open, check every acknowledged edit
 * and verify. The whole trial follows from `seed`.
 */
export async function powerLossTrial(base: CrashFs, seed: number, crashes = 2): Promise<TrialResult> {
  const random = new SeededRandom(seed);
  const expected = new Expected();
  const counter = { next: 0 };
  const problems: string[] = [];
  let disk = base.clone(random);
  const restore = useFileLayer(disk);
  try {
    for (let crash = 0; crash < crashes && problems.length === 0; crash += 1) {
      disk.losePowerAfter(random.int(1, 160));
      try {
        await editUntilPowerLoss(random, expected, counter);
      } catch (error) {
        if (disk.isPowered) problems.push(`failed with the power on: ${(error as Error).stack ?? String(error)}`);
      }
      disk = disk.powerLoss(random);
      useFileLayer(disk);
      let store: WorkspaceStore;
      try {
        store = await WorkspaceStore.open(POWER_LOSS_DIR, options);
      } catch (error) {
        problems.push(`the workspace did not open after the power loss: ${(error as Error).message}`);
        break;
      }
      problems.push(...expected.check(store));
      await store.close();
      const report = await verifyWorkspace(POWER_LOSS_DIR);
      problems.push(...report.problems.map((problem) => `verify: ${problem}`));
    }
  } finally {
    restore();
  }
  return { problems, crashes, acknowledged: expected.acknowledged.size };
}
