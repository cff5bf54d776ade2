/**
 * The only URLs the app hands to the system browser: absolute http(s) with a host and no embedded
 * credentials (which can disguise the real destination). Everything else — javascript:, file:,
 * data:, custom schemes — is refused.
 */
export function isSafeExternalUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length > 4096) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return false;
  return true;
}
