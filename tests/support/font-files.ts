import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFontAdvances, type FontAdvances } from './font-advances';

const require = createRequire(import.meta.url);
const LIBERATION = '/usr/share/fonts/truetype/liberation2';

/** PT Sans as the app ships it (@fontsource/pt-sans, split into a Cyrillic and a Latin file). */
export function ptSans(weight: 'regular' | 'bold'): FontAdvances {
  const faces = ['cyrillic', 'latin'].map((subset) =>
    readFontAdvances(require.resolve(`@fontsource/pt-sans/files/pt-sans-${subset}-${weight === 'bold' ? 700 : 400}-normal.woff`)),
  );
  return { advance: (char) => faces.map((face) => face.advance(char)).find((em) => em !== undefined) };
}

/**
 * Liberation Sans, which LibreOffice draws the DOCX's Arial with (metric-compatible with Arial);
 * `.ci/run` installs it (fonts-liberation2). Undefined on a machine without it.
 */
export function liberationSans(weight: 'regular' | 'bold'): FontAdvances | undefined {
  const file = `${LIBERATION}/LiberationSans-${weight === 'bold' ? 'Bold' : 'Regular'}.ttf`;
  return existsSync(file) ? readFontAdvances(file) : undefined;
}

/** The width of text in em with a font's own advances; a character the font lacks counts as 1 em. */
export function fontWidth(font: FontAdvances, text: string): number {
  let em = 0;
  for (const char of text) em += font.advance(char) ?? 1;
  return em;
}
