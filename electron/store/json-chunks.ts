const CHUNK_CHARS = 1 << 16;

/**
 * The JSON text of a plain document (what JSON.stringify gives), as UTF-8 chunks of about 64 K
 * characters (small enough to stay out of V8's large-object space, which only a full collection
 * empties): the objects of the first `splitDepth` levels (for a snapshot: the document, its
 * collections, each collection's records) are written key by key, everything deeper with
 * JSON.stringify. So a snapshot of 150,000 records never becomes one string of 80 MB (twice that
 * in memory, as V8 keeps Cyrillic text two bytes a character) plus its encoded copy.
 */
export function* jsonChunks(value: unknown, splitDepth = 3): Generator<Buffer> {
  let pending: string[] = [];
  let size = 0;
  const take = (text: string): Buffer | undefined => {
    pending.push(text);
    size += text.length;
    if (size < CHUNK_CHARS) return undefined;
    const chunk = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    size = 0;
    return chunk;
  };
  function* write(item: unknown, depth: number): Generator<Buffer> {
    if (depth >= splitDepth || !isPlainObject(item)) {
      const full = take(JSON.stringify(item) ?? 'null');
      if (full) yield full;
      return;
    }
    let separator = '{';
    for (const key of Object.keys(item)) {
      const field = item[key];
      // As JSON.stringify: properties without a JSON value are left out.
      if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
      const head = take(`${separator}${JSON.stringify(key)}:`);
      if (head) yield head;
      separator = ',';
      yield* write(field, depth + 1);
    }
    const tail = take(separator === '{' ? '{}' : '}');
    if (tail) yield tail;
  }
  yield* write(value, 0);
  if (pending.length > 0) yield Buffer.from(pending.join(''), 'utf8');
}

/** An object written key by key: a plain (or null-prototype) object without its own toJSON. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
