import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DeviceIdSchema } from '../../shared/schema/common';
import { readJsonFile, writeJsonFile } from './json-file';

const DeviceFileSchema = z.object({ device: DeviceIdSchema, createdAt: z.string() });

/**
 * This installation's device id: random, created once and kept in the config dir. It names the
 * journal this device writes in every workspace, so it must never change silently.
 */
export async function loadOrCreateDeviceId(file: string, warnings: string[]): Promise<string> {
  const read = await readJsonFile(file, DeviceFileSchema);
  if (read.status === 'ok') return read.value.device;
  if (read.status === 'set_aside') warnings.push(`${file}: unreadable; kept aside as ${read.movedTo}, a new device id was created`);
  const device = `dev-${randomBytes(8).toString('hex')}`;
  await writeJsonFile(file, { device, createdAt: new Date().toISOString() });
  return device;
}
