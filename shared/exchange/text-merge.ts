import { diff3Merge } from 'node-diff3';

export type MergeOutcome = { clean: true; text: string } | { clean: false };

/** Above this many words a side is merged line by line, which keeps the diff fast on long texts. */
const MAX_WORD_TOKENS = 30_000;

const WORD_TOKENS = /[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu;
const LINE_TOKENS = /[^\n]*\n|[^\n]+$/g;

/**
 * Words, runs of whitespace and single punctuation marks as tokens, so that joining the tokens
 * gives the text back exactly, two people editing different sentences of one paragraph (or
 * different nodes of rich text stored as JSON) merge cleanly, and edits of the same words conflict.
 */
export function tokenize(text: string, unit: 'word' | 'line' = 'word'): string[] {
  return text.match(unit === 'word' ? WORD_TOKENS : LINE_TOKENS) ?? [];
}

/**
 * Three-way merge of two versions of a text against the version both started from. Clean only
 * when the two sides changed different parts; a text that was JSON on every side (rich text from
 * an editor) must still be JSON after the merge, or the merge counts as not clean.
 */
export function mergeThreeWay(base: string, a: string, b: string): MergeOutcome {
  if (a === b || b === base) return { clean: true, text: a };
  if (a === base) return { clean: true, text: b };
  const unit = [base, a, b].some((text) => text.length / 3 > MAX_WORD_TOKENS) ? 'line' : 'word';
  const regions = diff3Merge(tokenize(a, unit), tokenize(base, unit), tokenize(b, unit), { excludeFalseConflicts: true });
  const parts: string[] = [];
  for (const region of regions) {
    if (region.conflict) return { clean: false };
    parts.push(...(region.ok ?? []));
  }
  const text = parts.join('');
  if (isJson(base) && isJson(a) && isJson(b) && !isJson(text)) return { clean: false };
  return { clean: true, text };
}

/** Merges several versions in the order given, each against the same common base. */
export function mergeAll(base: string, versions: readonly string[]): MergeOutcome {
  if (versions.length === 0) return { clean: true, text: base };
  let text = versions[0]!;
  for (const next of versions.slice(1)) {
    const merged = mergeThreeWay(base, text, next);
    if (!merged.clean) return merged;
    text = merged.text;
  }
  return { clean: true, text };
}

function isJson(text: string): boolean {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
