/** Record shape the query helpers work on. */
export type AnyRecord = Record<string, unknown> & { id: string; createdAt: string; updatedAt: string };

/** Field equality; for array fields, "contains". */
export function matches(fields: Record<string, unknown>, where: [string, unknown][]): boolean {
  for (const [field, expected] of where) {
    const actual = fields[field];
    if (Array.isArray(actual) ? !actual.includes(expected) : actual !== expected) return false;
  }
  return true;
}

const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

/** Sorts in place: numbers numerically, text with Russian collation, missing values last. */
export function sortBy(items: AnyRecord[], field: string, descending: boolean): AnyRecord[] {
  const sign = descending ? -1 : 1;
  return items.sort((a, b) => {
    const x = a[field];
    const y = b[field];
    if (x === y) return 0;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
    return collator.compare(String(x), String(y)) * sign;
  });
}

