import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';

/**
 * Who a process is, as the writer lock records it. Names that could identify the computer (host
 * name, machine id) are stored only as hashes: a lock file says "this computer" or "another one"
 * without telling a reader of the folder which. Boot and start time (Linux) tell a pid reused
 * after a reboot, or by another program, from the process that wrote the lock.
 */
export interface ProcessIdentity {
  pid: number;
  /** Hash of the host name. */
  host: string;
  /** Hash of the machine id (survives renaming the computer), where the system has one. */
  machine?: string;
  /** Hash of this boot's id, where the system has one. */
  boot?: string;
  /** When the process started (clock ticks since boot), where the system tells. */
  start?: string;
}

export interface Machine {
  /** This process. */
  current(): Promise<ProcessIdentity>;
  /**
   * Whether a process of this machine and boot is still running. `start` (when known) must match,
   * so that a pid now used by another program does not count.
   */
  isRunning(pid: number, start: string | undefined): Promise<boolean>;
}

/** A short hash of an identifying name (not reversible to the name at a glance; enough to compare). */
export function identityHash(kind: string, value: string): string {
  return createHash('sha256').update(`alliance-desk ${kind}\0${value}`).digest('hex').slice(0, 24);
}

async function readTrimmed(file: string): Promise<string | undefined> {
  try {
    const text = (await readFile(file, 'utf8')).trim();
    return text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/<pid>/stat: the start time in clock ticks since boot (Linux only). */
async function processStart(pid: number): Promise<string | undefined> {
  const stat = await readTrimmed(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19];
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by another user
  }
}

let self: Promise<ProcessIdentity> | undefined;

/** The real machine: host name, /etc/machine-id, the boot id and /proc where they exist. */
export const nodeMachine: Machine = {
  current: () =>
    (self ??= (async () => {
      const [machineId, bootId, start] = await Promise.all([
        readTrimmed('/etc/machine-id').then((id) => id ?? readTrimmed('/var/lib/dbus/machine-id')),
        readTrimmed('/proc/sys/kernel/random/boot_id'),
        processStart(process.pid),
      ]);
      return {
        pid: process.pid,
        host: identityHash('host', hostname()),
        ...(machineId ? { machine: identityHash('machine', machineId) } : {}),
        ...(bootId ? { boot: identityHash('boot', bootId) } : {}),
        ...(start ? { start } : {}),
      };
    })()),
  isRunning: async (pid, start) => {
    if (!pidAlive(pid)) return false;
    if (start === undefined) return true;
    const now = await processStart(pid);
    return now === undefined || now === start;
  },
};
