import { describe, expect, it } from 'vitest';
import { decideNavigation, decidePermission } from '../../electron/main/navigation';
import { isSafeExternalUrl } from '../../electron/features/app/external-url';

const isApp = (url: string) => url.startsWith('app://alliance-desk/index.html');

describe('external links', () => {
  it('accepts only http(s) URLs with a host and no credentials', () => {
    expect(isSafeExternalUrl('https://mos.ru/news')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/a?b=c#d')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>1</script>',
      'vbscript:x',
      'smb://server/share',
      'mailto:a@b.c',
      'https://user:pass@evil.example/',
      '/relative/path',
      'https://',
      '',
      42,
      null,
    ]) {
      expect(isSafeExternalUrl(url), String(url)).toBe(false);
    }
  });
});

describe('navigation guards', () => {
  it('keeps our own page and denies everything else', () => {
    expect(decideNavigation('app://alliance-desk/index.html#/deputies', isApp)).toEqual({ allow: true });
    for (const url of ['https://evil.example/', 'http://mos.ru/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(decideNavigation(url, isApp), url).toEqual({ allow: false });
    }
  });

  it('denies every permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(decidePermission(permission)).toBe(false);
    }
  });
});
