import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { DeviceIdSchema } from '../../shared/schema/common';
import { writeFileAtomic } from '../store/durable-file';
import { CliError } from './cli-error';

/**
 * The CLI's device id: --device, else $ALLIANCE_DESK_DEVICE, else one made once and kept in the
 * user's config folder, so that every run from this account appends to the same journal.
 */
export async function resolveDevice(flag: string | undefined): Promise<string> {
  const given = flag ?? process.env.ALLIANCE_DESK_DEVICE;
  if (given !== undefined) {
    if (!DeviceIdSchema.safeParse(given).success) throw new CliError(`invalid device id "${given}" (letters, digits, - and _)`, 2);
    return given;
  }
  const configDir = path.join(process.env.XDG_CONFIG_HOME ?? path.join(homedir(), '.config'), 'alliance-desk');
  const file = path.join(configDir, 'cli-device.json');
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as { device?: unknown };
    if (DeviceIdSchema.safeParse(stored.device).success) return stored.device as string;
  } catch {
    // none yet (or unreadable): make one below
  }
  const device = `cli-${randomBytes(6).toString('hex')}`;
  await mkdir(configDir, { recursive: true });
  await writeFileAtomic(file, JSON.stringify({ device }));
  return device;
}
