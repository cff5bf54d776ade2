import { isClockAhead } from '../../shared/store/hlc';
import { errorCode } from './fs-layer';
import { clockAheadWarning, readQuarantined } from './quarantine';
import type { StoreCore } from './store-core';
import { describeRange, pushWarning, rangesOf, scanForDamage, UNREADABLE_WARNING } from './unreadable-lines';

/**
 * What opening does before replaying the files' tails, beyond what the snapshot gives:
 *  - the operations the snapshot says are quarantined are read back; those whose time has come
 *    are applied, the others stay held (returns how many were applied);
 *  - the part of each file the snapshot already includes is looked over for damage, because
 *    replay never reads it again: a zeroed block there would otherwise go unnoticed until a
 *    bundle or a synced laptop lacks what it held.
 */
export async function checkBeforeReplay(core: StoreCore, quarantined: unknown): Promise<number> {
  const applied = await restoreQuarantine(core, quarantined);
  await warnAboutIncludedDamage(core);
  return applied;
}

async function restoreQuarantine(core: StoreCore, saved: unknown): Promise<number> {
  const { entries, problems } = await readQuarantined(core.layout, saved, core.options.registry);
  for (const problem of problems) pushWarning(core.warnings, problem);
  const now = core.now();
  let applied = 0;
  const stillAhead = entries.filter((entry) => isClockAhead(entry.op.hlc, now));
  for (const entry of entries) {
    if (stillAhead.includes(entry)) {
      core.quarantine.hold(entry);
      continue;
    }
    core.clock.observe(entry.op.hlc);
    core.live.apply(entry.op, entry.source, entry.location, 'local');
    applied += 1;
  }
  if (stillAhead.length > 0) pushWarning(core.warnings, clockAheadWarning('the snapshot', stillAhead.map((entry) => entry.op)));
  return applied;
}

async function warnAboutIncludedDamage(core: StoreCore): Promise<void> {
  const files = [
    ...[...core.journals.offsets()].map(([device, offset]) => ({ file: core.layout.journalOf(device), offset })),
    ...[...core.imports.offsets()].map(([device, offset]) => ({ file: core.layout.importsOf(device), offset })),
  ];
  for (const { file, offset } of files) {
    let problems;
    try {
      problems = await scanForDamage(file, offset);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') continue;
      throw error;
    }
    const ranges = rangesOf(core.layout, problems, true);
    if (ranges.length === 0) continue;
    pushWarning(
      core.warnings,
      `${UNREADABLE_WARNING} ${ranges.map(describeRange).join(', ')} cannot be read: this workspace still shows what they held, but a bundle or another laptop reading the folder would lack it`,
    );
  }
}
