import { ExchangeError } from './errors';

/** Keys that reach object prototypes in careless code; refused anywhere in a bundle. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const LETTER_U = 0x75;

export interface JsonLimits {
  maxDepth: number;
  maxStringLength: number;
}

/**
 * Parses untrusted JSON text. A linear pre-scan measures nesting depth and string lengths and
 * refuses the text before the parser allocates anything for it; a walk of the result then refuses
 * prototype-touching keys wherever they occur (JSON.parse makes them plain own properties, so
 * nothing is polluted even before the refusal). The result holds only plain data.
 */
export function parseUntrustedJson(text: string, limits: JsonLimits): unknown {
  prescan(text, limits);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ExchangeError('malformed', 'not valid JSON');
  }
  refuseForbiddenKeys(value);
  return value;
}

/**
 * Walks the parsed value for prototype-touching keys. (A walk over the objects costs far less than
 * a JSON.parse reviver, which is called for every value; the depth is bounded by the pre-scan.)
 */
function refuseForbiddenKeys(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) refuseForbiddenKeys(item);
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) throw new ExchangeError('forbidden_key', `the key "${key}" is not allowed in a bundle`);
    refuseForbiddenKeys((value as Record<string, unknown>)[key]);
  }
}

function prescan(text: string, { maxDepth, maxStringLength }: JsonLimits): void {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      let length = 0;
      i += 1;
      for (; i < text.length; i += 1) {
        const inner = text.charCodeAt(i);
        if (inner === QUOTE) break;
        // An escape stands for one character: \uXXXX spans six, the others two.
        if (inner === BACKSLASH) i += text.charCodeAt(i + 1) === LETTER_U ? 5 : 1;
        length += 1;
        if (length > maxStringLength) {
          throw new ExchangeError('string_too_long', `a text in the bundle is longer than ${maxStringLength} characters`);
        }
      }
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > maxDepth) throw new ExchangeError('too_deep', `the bundle nests data deeper than ${maxDepth} levels`);
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
}
