/** A web address split for reading: the host stands out from what comes before and after it. */
export interface WebAddress {
  /** The address as it will be opened (normalised by the URL parser, so what is shown is what opens). */
  href: string;
  /** "https://" and any user name before "@" — which is not the site, however it reads. */
  before: string;
  host: string;
  /** The path, query and fragment. */
  after: string;
  secure: boolean;
}

/** The parts of an http(s) address, or null for anything else (no other scheme is ever opened). */
export function webAddress(text: string): WebAddress | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.host === '') return null;
  const credentials = url.username ? `${url.username}${url.password ? `:${url.password}` : ''}@` : '';
  const before = `${url.protocol}//${credentials}`;
  if (!url.href.startsWith(before + url.host)) return null;
  return { href: url.href, before, host: url.host, after: url.href.slice(before.length + url.host.length), secure: url.protocol === 'https:' };
}
