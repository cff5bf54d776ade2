/**
 * The content hash a signature is bound to: SHA-256 over a canonical form of the statement's
 * title and body, so that the same text always hashes the same (key order, line endings, runs of
 * spaces and Unicode composition do not matter) and any change of wording changes the hash.
 */
export interface SignedContent {
  title: string;
  body: string;
  language: string;
}

export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Canonical JSON with sorted keys, so field order never changes the hash. */
export function canonicalContent(content: SignedContent): string {
  const normalized: Record<string, string> = {
    body: normalizeText(content.body),
    language: content.language,
    title: normalizeText(content.title),
  };
  return JSON.stringify(normalized, Object.keys(normalized).sort());
}

export async function contentHash(content: SignedContent): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalContent(content));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
