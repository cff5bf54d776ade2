import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyWorkspace } from '../../electron/store/verify';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { SeededRandom } from '../../electron/demo/random';
import { bundleScript } from '../support/bundle-script';
import { useTempDirs } from '../support/temp-dir';

const KILLS = 30;
const tempDir = useTempDirs();
let writerScript: string;

beforeAll(async () => {
  // Bundled once, so each child starts in milliseconds with plain node.
  writerScript = await bundleScript(path.join(import.meta.dirname, '../support/crash-writer.ts'), 'crash-writer');
});

/** Runs the writer until a random moment after it is ready, kills it, and returns what it acknowledged. */
function runAndKill(dir: string, counterId: string, delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, dir, counterId], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const wasReady = output.includes('ready\n');
      output += chunk.toString();
      if (!wasReady && output.includes('ready\n')) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself: ${stderr}`));
      // A line cut by the kill was never fully reported: count only complete lines.
      else resolve(output.split('\n').slice(0, -1).filter((line) => line !== 'ready'));
    });
  });
}

describe('crash safety', () => {
  it(`never loses an acknowledged edit when the writer is killed (${KILLS} kills)`, async () => {
    const dir = await tempDir();
    const setup = await WorkspaceStore.init(dir, { device: 'crash-dev', author: 'secretary' });
    const counter = await setup.create('groups', { name: 'counter', kind: 'caucus', description: '0' });
    await setup.close();

    const random = new SeededRandom(42);
    const acknowledgedGroups = new Set<string>();
    let lastCounter = 0;
    let totalAcks = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const acks = await runAndKill(dir, counter.id, random.int(5, 120));
      totalAcks += acks.length;
      for (const line of acks) {
        const [kind, value] = line.split(' ');
        if (kind === 'created') acknowledgedGroups.add(value!);
        else lastCounter = Math.max(lastCounter, Number(value));
      }
      const store = await WorkspaceStore.open(dir, { device: 'crash-dev', author: 'secretary' });
      for (const id of acknowledgedGroups) expect(store.get('groups', id), `acknowledged group ${id}`).toBeDefined();
      expect(Number(store.get('groups', counter.id)!.description)).toBeGreaterThanOrEqual(lastCounter);
      await store.close();
      const report = await verifyWorkspace(dir);
      expect(report.problems).toEqual([]);
    }
    // The test means something only if the writer got real work done between kills.
    expect(totalAcks).toBeGreaterThan(KILLS * 5);
  });
});
