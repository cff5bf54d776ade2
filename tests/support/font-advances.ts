import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/**
 * Glyph advance widths read straight from a font file (TrueType/OpenType, or WOFF 1.0, which is
 * the same tables zlib-compressed): cmap (format 4 or 12) maps a character to a glyph, hmtx gives
 * the glyph's advance, head its units per em. Tests use it as a measure independent of the
 * estimate in shared/export/render/text-width.ts. Kerning is left out: it narrows far more pairs
 * than it widens.
 */
export interface FontAdvances {
  /** The advance of a character in em, or undefined when the font has no glyph for it. */
  advance(char: string): number | undefined;
}

export function readFontAdvances(file: string): FontAdvances {
  const tables = sfntTables(readFileSync(file));
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  const cmap = tables.get('cmap');
  if (!head || !hhea || !hmtx || !cmap) throw new Error(`${file}: not a font with head, hhea, hmtx and cmap`);
  const unitsPerEm = head.readUInt16BE(18);
  const metrics = hhea.readUInt16BE(34);
  const glyphOf = characterMap(cmap);
  return {
    advance(char) {
      const glyph = glyphOf(char.codePointAt(0)!);
      if (glyph === 0) return undefined;
      return hmtx.readUInt16BE(4 * Math.min(glyph, metrics - 1)) / unitsPerEm;
    },
  };
}

function sfntTables(data: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  const woff = data.toString('latin1', 0, 4) === 'wOFF';
  const count = data.readUInt16BE(woff ? 12 : 4);
  for (let i = 0; i < count; i += 1) {
    const entry = woff ? 44 + 20 * i : 12 + 16 * i;
    const tag = data.toString('latin1', entry, entry + 4);
    if (woff) {
      const [offset, compressed, length] = [data.readUInt32BE(entry + 4), data.readUInt32BE(entry + 8), data.readUInt32BE(entry + 12)];
      const bytes = data.subarray(offset, offset + compressed);
      tables.set(tag, compressed < length ? inflateSync(bytes) : bytes);
    } else {
      const [offset, length] = [data.readUInt32BE(entry + 8), data.readUInt32BE(entry + 12)];
      tables.set(tag, data.subarray(offset, offset + length));
    }
  }
  return tables;
}

/** The Unicode subtable of cmap as a function from code point to glyph id (0 = missing). */
function characterMap(cmap: Buffer): (code: number) => number {
  const subtables = cmap.readUInt16BE(2);
  let best: { format: number; at: number } | undefined;
  for (let i = 0; i < subtables; i += 1) {
    const [platform, encoding, offset] = [cmap.readUInt16BE(4 + 8 * i), cmap.readUInt16BE(6 + 8 * i), cmap.readUInt32BE(8 + 8 * i)];
    const format = cmap.readUInt16BE(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (format === 12 || (format === 4 && best?.format !== 12))) best = { format, at: offset };
  }
  if (!best) throw new Error('the font has no Unicode cmap of format 4 or 12');
  const at = best.at;
  if (best.format === 12) {
    const groups = cmap.readUInt32BE(at + 12);
    return (code) => {
      for (let g = 0; g < groups; g += 1) {
        const entry = at + 16 + 12 * g;
        const [start, end, glyph] = [cmap.readUInt32BE(entry), cmap.readUInt32BE(entry + 4), cmap.readUInt32BE(entry + 8)];
        if (code >= start && code <= end) return glyph + (code - start);
      }
      return 0;
    };
  }
  const segments = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (code) => {
    for (let s = 0; s < segments; s += 1) {
      if (code > cmap.readUInt16BE(ends + 2 * s)) continue;
      const start = cmap.readUInt16BE(starts + 2 * s);
      if (code < start) return 0;
      const delta = cmap.readInt16BE(deltas + 2 * s);
      const rangeOffset = cmap.readUInt16BE(rangeOffsets + 2 * s);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = cmap.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
