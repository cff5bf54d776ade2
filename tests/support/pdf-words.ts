import { spawnSync } from 'node:child_process';
import type { Block, ExportDocument } from '../../shared/export/model/schema';
import { displayCell, formatterFor } from '../../shared/export/render/cells';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The words of a PDF as poppler lays them out (pdftotext -bbox): a word broken across two
 * lines comes out as two words. This reads the document, not the machine: the text and its
 * positions are in the PDF, whatever fonts this machine has.
 */
export function pdfWords(file: string): string[] {
  const run = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pdftotext -bbox ${file}: ${run.stderr}`);
  return [...run.stdout.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((match) =>
    match[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!),
  );
}

/**
 * Words for comparing: cut at white space and after a hyphen, dash or slash (where a line may
 * rightly break), so "Жилищно-коммунальное" counts the same whether or not it was wrapped there;
 * punctuation around a word is dropped ("Статус:" in a DOCX is "Статус" in the model).
 */
export function tokens(text: string): string[] {
  return text
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=[-‐–—/])/))
    .map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter(Boolean);
}

/** The words of texts, as a count per word. */
function counts(texts: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const text of texts) for (const token of tokens(text)) result.set(token, (result.get(token) ?? 0) + 1);
  return result;
}

/**
 * Words of `expected` that the PDF does not hold whole as often as they occur: a word broken
 * across lines is missing (its pieces are other words). Given the whole body (documentTexts),
 * every occurrence counts, so the same word printed whole elsewhere cannot hide a broken one;
 * only the running header and footer add words the body does not have.
 */
export function wordsNotWhole(pdf: readonly string[], expected: readonly string[]): string[] {
  const have = counts(pdf);
  return [...counts(expected)].filter(([token, n]) => (have.get(token) ?? 0) < n).map(([token]) => token);
}

/** Every text of a document's body as the renderers print it (title, blocks, table cells), without the letterhead. */
export function documentTexts(doc: ExportDocument, timeZone?: string): string[] {
  const fmt = formatterFor(doc, timeZone);
  const texts = [doc.title, ...(doc.subtitle ? [doc.subtitle] : [])];
  const block = (item: Block): string[] => {
    switch (item.type) {
      case 'heading':
        return [item.text];
      case 'paragraph':
        return [item.runs.map((run) => run.text).join('')];
      case 'facts':
        return item.items.flatMap(({ label, value }) => [label, value]);
      case 'list':
        return item.items.map((runs) => runs.map((run) => run.text).join(''));
      case 'table':
        if (item.rows.length === 0) return [item.emptyText ?? fmt.labels.text.none];
        return [...item.columns.map((column) => column.label), ...item.rows.flatMap((row) => row.map((cell, i) => displayCell(fmt, cell, item.columns[i]!)))];
    }
  };
  return [...texts, ...doc.blocks.flatMap(block)];
}

