import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { EmbeddedFont } from '../../shared/export/render/html-style';

// PT Sans (ParaType, SIL OFL 1.1) was drawn for Russian; it ships with the app as an npm dependency.
const FAMILY = 'PT Sans';
const PACKAGE = '@fontsource/pt-sans';
const SUBSETS = {
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
} as const;
const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 700, style: 'normal' },
  // Bold italic is rare enough in statements that Chromium's synthesized slant will do.
  { weight: 400, style: 'italic' },
] as const;

let cached: Promise<EmbeddedFont[]> | undefined;

/** The shipped font's Cyrillic and Latin faces, read once per process and kept as base64. */
export function loadEmbeddedFonts(): Promise<EmbeddedFont[]> {
  cached ??= readFonts().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function readFonts(): Promise<EmbeddedFont[]> {
  const require = createRequire(import.meta.url);
  const fonts: EmbeddedFont[] = [];
  for (const [subset, unicodeRange] of Object.entries(SUBSETS)) {
    for (const { weight, style } of FACES) {
      const file = require.resolve(`${PACKAGE}/files/pt-sans-${subset}-${weight}-${style}.woff2`);
      fonts.push({ family: FAMILY, weight, style, unicodeRange, woff2Base64: (await readFile(file)).toString('base64') });
    }
  }
  return fonts;
}
