import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceLayout } from '../../electron/store/layout';
import { nodeMachine } from '../../electron/store/machine';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { bundleScript } from '../support/bundle-script';
import { useTempDirs } from '../support/temp-dir';
import { initWorkspace, secretary } from '../support/workspace';

const CONTENDERS = 8;
const ROUNDS = 40;
/** Beyond the largest pid Linux hands out (2^22): never a running process. */
const DEAD_PID = 2 ** 22 + 12_345;
const tempDir = useTempDirs();

/** A lock file as a process of this machine that is gone would have left it. */
async function lockOfDeadProcess(device: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const me = await nodeMachine.current();
  return JSON.stringify({ v: 2, token: `dead-${Math.random().toString(36).slice(2)}`, device, since: '2025-01-01T00:00:00.000Z', ...me, pid: DEAD_PID, start: undefined, ...overrides });
}

describe('writer lock: many processes at once', () => {
  let script: string;
  let contenders: { child: ChildProcessWithoutNullStreams; next: () => Promise<string> }[] = [];

  beforeAll(async () => {
    script = await bundleScript(path.join(import.meta.dirname, '../support/lock-contender.ts'), 'lock-contender');
    contenders = Array.from({ length: CONTENDERS }, () => {
      const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'pipe'] });
      const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
      return { child, next: async () => String((await lines.next()).value) };
    });
    for (const contender of contenders) expect(await contender.next()).toBe('ready');
  });

  afterAll(async () => {
    for (const { child } of contenders) child.kill();
    await rm(path.dirname(script), { recursive: true, force: true });
  });

  it(`lets exactly one of ${CONTENDERS} processes take a stale lock, every time (${ROUNDS} rounds)`, async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'writer.lock');
    const winners: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      await writeFile(file, await lockOfDeadProcess('race-dev'));
      for (const { child } of contenders) child.stdin.write(`go ${file}\n`);
      const answers = await Promise.all(contenders.map(({ next }) => next()));
      winners.push(answers.filter((answer) => answer === 'won').length);
      // The losers found a live holder (the winner), not a failure of their own.
      expect(answers.filter((answer) => answer !== 'won').every((answer) => answer === 'refused locked')).toBe(true);
      // Nothing of the takeover is left beside the lock.
      expect((await readdir(dir)).sort()).toEqual(['writer.lock']);
    }
    expect(winners).toEqual(Array.from({ length: ROUNDS }, () => 1));
  });
});

describe('writer lock: what it records and when it is stale', () => {
  it('names no host in clear, only a hash of it', async () => {
    const dir = await tempDir();
    const store = await initWorkspace(dir);
    const text = await readFile(workspaceLayout(dir, 'laptop-a').lock, 'utf8');
    expect(text).not.toContain(hostname());
    expect(JSON.parse(text)).toMatchObject({ pid: process.pid, device: 'laptop-a', host: expect.stringMatching(/^[0-9a-f]{24}$/) });
    await store.close();
  });

  it('refuses a lock of another computer with advice on clearing it, and opens once it is removed', async () => {
    const dir = await tempDir();
    await (await initWorkspace(dir)).close();
    const { lock } = workspaceLayout(dir, 'laptop-a');
    await writeFile(lock, await lockOfDeadProcess('laptop-a', { host: 'f'.repeat(24), machine: 'e'.repeat(24) }));
    const refused = WorkspaceStore.open(dir, secretary());
    await expect(refused).rejects.toMatchObject({ code: 'locked_elsewhere' });
    await expect(refused).rejects.toThrow(/no other program of this user has it open.*remove local\/laptop-a\/writer\.lock/);
    expect(await readFile(lock, 'utf8')).toContain('f'.repeat(24)); // refused without touching it
    await rm(lock);
    await (await WorkspaceStore.open(dir, secretary())).close();
  });

  it('gives the same advice when the lock names a running process', async () => {
    const dir = await tempDir();
    await (await initWorkspace(dir)).close();
    await writeFile(workspaceLayout(dir, 'laptop-a').lock, await lockOfDeadProcess('laptop-a', { pid: process.ppid }));
    await expect(WorkspaceStore.open(dir, secretary())).rejects.toThrow(new RegExp(`pid ${process.ppid} on this computer.*remove local/laptop-a/writer\\.lock`));
  });

  it('takes over a lock written before the last restart, even when its pid now runs', async () => {
    const dir = await tempDir();
    await (await initWorkspace(dir)).close();
    const { lock } = workspaceLayout(dir, 'laptop-a');
    await writeFile(lock, await lockOfDeadProcess('laptop-a', { pid: process.ppid, boot: '0'.repeat(24) }));
    const store = await WorkspaceStore.open(dir, secretary());
    expect(JSON.parse(await readFile(lock, 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  it.skipIf(!existsSync('/proc/self/stat'))('takes over a lock whose pid is now used by another program (start time differs; needs /proc)', async () => {
    const dir = await tempDir();
    await (await initWorkspace(dir)).close();
    const { lock } = workspaceLayout(dir, 'laptop-a');
    await writeFile(lock, await lockOfDeadProcess('laptop-a', { pid: process.ppid, start: '1' }));
    const store = await WorkspaceStore.open(dir, secretary());
    expect(JSON.parse(await readFile(lock, 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  it('takes over an older lock that named the host in clear', async () => {
    const dir = await tempDir();
    await (await initWorkspace(dir)).close();
    const { lock } = workspaceLayout(dir, 'laptop-a');
    await writeFile(lock, JSON.stringify({ pid: DEAD_PID, host: hostname(), device: 'laptop-a', since: 'then' }));
    const store = await WorkspaceStore.open(dir, secretary());
    expect(await readFile(lock, 'utf8')).not.toContain(hostname());
    await store.close();
  });
});
