import { diffWordsWithSpace } from 'diff';
import { normalizeText } from './hash';

export interface DiffPart {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

/** Plain text of a statement body stored as HTML: block ends become line breaks, tags go, entities decode. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/\s*(p|h[1-6]|li|blockquote|div)\s*>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return normalizeText(text);
}

/** A word-level diff of two versions' text, for a readable "what changed". */
export function diffVersions(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(htmlToText(before), htmlToText(after)).map((part) => ({
    kind: part.added ? 'inserted' : part.removed ? 'deleted' : 'same',
    text: part.value,
  }));
}
