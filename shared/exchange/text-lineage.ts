import { mergeAll } from './text-merge';

/** One write of a long-text field, as the journals record it. */
export interface TextWrite {
  clock: string;
  device: string;
  author: string;
  text: string;
  /**
   * Clocks of the versions this write started from: [] for a creation; undefined for an edit
   * written before versions were tracked, which is taken as made after every earlier write.
   */
  parents?: readonly string[];
}

export type TextResolution =
  /**
   * One text among the newest versions: nothing to merge. (The value shown may still be another:
   * a later write that made the same edit as one these versions built on; then show `text`.)
   */
  | { kind: 'settled'; text: string; parents: string[] }
  /** Concurrent versions that merge cleanly; write `text` as a version started from all `parents`. */
  | { kind: 'merge'; text: string; parents: string[]; versions: TextWrite[]; base: string }
  /** Concurrent versions that overlap: keep every one visibly until someone resolves it. */
  | { kind: 'conflict'; parents: string[]; versions: TextWrite[]; base: string };

/**
 * Decides what concurrent edits of one long text come to, from the set of its writes alone, so that
 * every device holding the same writes decides the same (convergence). The writes form a graph by
 * their parents; the heads are the versions nobody built on yet. Writes that started from the same
 * versions and hold the same text count as one version: two devices that resolved the same heads
 * the same way agree rather than conflict with each other.
 */
export function resolveText(input: readonly TextWrite[]): TextResolution {
  const { classes, heads } = lineage(input);
  const parents = heads.flatMap((head) => head.members.map((member) => member.clock)).sort(compare);
  if (heads.length === 0) return { kind: 'settled', text: '', parents };
  const texts = new Set(heads.map((head) => head.text));
  if (texts.size === 1) return { kind: 'settled', text: heads[0]!.text, parents };

  const common = classes.filter((candidate) => heads.every((head) => head.ancestors.has(candidate)));
  const base = common.sort((a, b) => compare(a.newest.clock, b.newest.clock)).at(-1)?.text ?? '';
  // One version per distinct text, the newest write standing for it, oldest first (a fixed order).
  const byText = new Map<string, TextWrite>();
  for (const head of heads) {
    const current = byText.get(head.text);
    if (!current || head.newest.clock > current.clock) byText.set(head.text, head.newest);
  }
  const versions = [...byText.values()].sort((a, b) => compare(a.clock, b.clock));
  const merged = mergeAll(base, versions.map((version) => version.text));
  return merged.clean ? { kind: 'merge', text: merged.text, parents, versions, base } : { kind: 'conflict', parents, versions, base };
}

/**
 * The clocks of the newest versions (the heads): an edit that replaces all of them, such as a
 * person's resolution of a conflict, names these as the versions it started from.
 */
export function headClocks(input: readonly TextWrite[]): string[] {
  return resolveText(input).parents;
}

function lineage(input: readonly TextWrite[]): { classes: Version[]; heads: Version[] } {
  const writes = [...new Map(input.map((write) => [write.clock, write])).values()].sort((a, b) => compare(a.clock, b.clock));
  const classes = groupIntoVersions(writes);
  const heads = classes.filter((candidate) => !classes.some((other) => other !== candidate && other.ancestors.has(candidate)));
  return { classes, heads };
}

interface Version {
  members: TextWrite[];
  newest: TextWrite;
  text: string;
  ancestors: Set<Version>;
}

function groupIntoVersions(writes: readonly TextWrite[]): Version[] {
  const position = new Map(writes.map((write, i) => [write.clock, i]));
  const ancestorsOf: Set<number>[] = [];
  const versionOf: Version[] = [];
  const byKey = new Map<string, Version>();
  writes.forEach((write, i) => {
    // Parents come before their children in clock order (the clock observed them); a reference
    // forwards in time is not causal and is ignored, which also rules out cycles.
    const direct = write.parents === undefined
      ? writes.map((_, j) => j).slice(0, i)
      : write.parents.map((clock) => position.get(clock)).filter((j): j is number => j !== undefined && j < i);
    const ancestors = new Set<number>();
    for (const j of direct) {
      ancestors.add(j);
      for (const k of ancestorsOf[j]!) ancestors.add(k);
    }
    ancestorsOf.push(ancestors);
    const key = write.parents === undefined ? `#${write.clock}` : JSON.stringify([[...write.parents].sort(), write.text]);
    let version = byKey.get(key);
    if (!version) {
      version = { members: [], newest: write, text: write.text, ancestors: new Set() };
      byKey.set(key, version);
    }
    version.members.push(write);
    version.newest = write;
    versionOf.push(version);
  });
  for (const [i, version] of versionOf.entries()) {
    for (const j of ancestorsOf[i]!) if (versionOf[j] !== version) version.ancestors.add(versionOf[j]!);
  }
  return [...byKey.values()];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
