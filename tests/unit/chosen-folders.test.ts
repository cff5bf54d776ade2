import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHOICE_LIFETIME_MS, ChosenFolders, MAX_CHOICES } from '../../electron/core/chosen-folders';
import { ServiceError } from '../../electron/core/service-error';

const folder = path.resolve('/home/deputy/Союз');
const expired = { name: 'ServiceError', code: 'choice_expired' };

describe('folders chosen in the picker, named by tokens', () => {
  it('gives a random token and the base name, and hands the folder to one successful use', async () => {
    const chosen = new ChosenFolders();
    const first = chosen.remember(folder, 'open');
    const second = chosen.remember(folder, 'open');
    expect(first.label).toBe('Союз');
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first.token).not.toBe(second.token);
    expect(first.token).not.toContain('Союз');

    expect(await chosen.use(first.token, 'open', async (picked) => picked)).toBe(folder);
    await expect(chosen.use(first.token, 'open', async (picked) => picked)).rejects.toMatchObject(expired);
  });

  it('refuses an unknown token and one chosen for another purpose, without running the task', async () => {
    const chosen = new ChosenFolders();
    const { token } = chosen.remember(folder, 'open');
    let ran = false;
    const task = async () => {
      ran = true;
    };
    await expect(chosen.use('A'.repeat(32), 'open', task)).rejects.toBeInstanceOf(ServiceError);
    await expect(chosen.use(token, 'create', task)).rejects.toMatchObject(expired);
    expect(ran).toBe(false);
    // The wrong-purpose attempt did not spend it.
    expect(await chosen.use(token, 'open', async (picked) => picked)).toBe(folder);
  });

  it('keeps the token after a failed use, for a retry, and lends it to one use at a time', async () => {
    const chosen = new ChosenFolders();
    const { token } = chosen.remember(folder, 'create');
    await expect(chosen.use(token, 'create', async () => Promise.reject(new Error('locked')))).rejects.toThrow('locked');

    let release!: () => void;
    const slow = chosen.use(token, 'create', () => new Promise<string>((resolve) => (release = () => resolve('done'))));
    await expect(chosen.use(token, 'create', async () => 'twice')).rejects.toMatchObject(expired);
    release();
    expect(await slow).toBe('done');
  });

  it('lets a token go stale after its lifetime', async () => {
    let now = 1_000;
    const chosen = new ChosenFolders(() => now);
    const { token } = chosen.remember(folder, 'open');
    now += CHOICE_LIFETIME_MS;
    await expect(chosen.use(token, 'open', async (picked) => picked)).rejects.toMatchObject(expired);
  });

  it('forgets the oldest picks beyond the limit', async () => {
    const chosen = new ChosenFolders();
    const tokens = Array.from({ length: MAX_CHOICES + 1 }, (_, i) => chosen.remember(`${folder}-${i}`, 'open').token);
    await expect(chosen.use(tokens[0]!, 'open', async (picked) => picked)).rejects.toMatchObject(expired);
    expect(await chosen.use(tokens[MAX_CHOICES]!, 'open', async (picked) => picked)).toBe(`${folder}-${MAX_CHOICES}`);
    expect(await chosen.use(tokens[1]!, 'open', async (picked) => picked)).toBe(`${folder}-1`);
  });
});
