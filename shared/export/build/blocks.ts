import type { EntityOf } from '../../schema/collections';
import type { ExportFormatter } from '../i18n/format';
import type { ExportIndex } from '../index-data';
import type { ExportOptions } from '../input';
import {
  EXPORT_FORMAT_NAME,
  EXPORT_FORMAT_VERSION,
  type Block,
  type Cell,
  type Column,
  type ExportDocument,
  type ExportKind,
  type FactsBlock,
  type Inline,
  type TableBlock,
} from '../model/schema';

/** What every builder works with: the data, the words and formats of the export language, the options. */
export interface BuildContext {
  index: ExportIndex;
  fmt: ExportFormatter;
  options: ExportOptions;
}

export function documentShell(
  ctx: BuildContext,
  fields: { kind: ExportKind; title: string; subtitle?: string; subjectId?: string; primaryTable: string },
): ExportDocument {
  return {
    format: EXPORT_FORMAT_NAME,
    formatVersion: EXPORT_FORMAT_VERSION,
    kind: fields.kind,
    ...(fields.subjectId ? { subjectId: fields.subjectId } : {}),
    lang: ctx.fmt.lang,
    alliance: ctx.index.data.allianceName,
    title: fields.title,
    ...(fields.subtitle ? { subtitle: fields.subtitle } : {}),
    generatedAt: ctx.options.generatedAt,
    primaryTable: fields.primaryTable,
    blocks: [],
  };
}

export const heading = (text: string, level: 2 | 3 | 4 = 2): Block => ({ type: 'heading', level, text });

export const paragraph = (text: string | Inline[], tone?: 'normal' | 'muted' | 'quote'): Block => ({
  type: 'paragraph',
  runs: typeof text === 'string' ? [{ text }] : text,
  ...(tone && tone !== 'normal' ? { tone } : {}),
});

/** Label–value pairs; pairs without a value are left out rather than printed empty. */
export function facts(items: readonly (readonly [key: string, label: string, value: string | undefined])[]): FactsBlock {
  return {
    type: 'facts',
    items: items.filter(([, , value]) => value !== undefined && value.trim() !== '').map(([key, label, value]) => ({ key, label, value: value! })),
  };
}

export type ColumnSpec = readonly [key: string, label: string, type?: Column['type'], width?: number];

export function table(key: string, columns: readonly ColumnSpec[], rows: Cell[][], emptyText?: string, compact = false): TableBlock {
  return {
    type: 'table',
    key,
    columns: columns.map(([columnKey, label, type, width]) => ({ key: columnKey, label, type: type ?? 'text', ...(width ? { width } : {}) })),
    rows,
    ...(emptyText ? { emptyText } : {}),
    ...(compact ? { compact } : {}),
  };
}

/** A deputy id as a name; the secretary role in words. */
export function authorName(ctx: BuildContext, author: string): string {
  if (author === 'secretary') return ctx.fmt.labels.text.secretary;
  return ctx.index.deputies.get(author)?.name ?? author;
}

/** How a stance or signature came in: "by phone, not confirmed" until the deputy confirms. */
export function provenanceText(ctx: BuildContext, provenance: EntityOf<'positions'>['provenance']): string {
  const { labels } = ctx.fmt;
  const channel = labels.channel[provenance.channel];
  return ctx.fmt.fill(provenance.confirmed ? labels.text.confirmed : labels.text.unconfirmed, { channel });
}

export function joinNonEmpty(values: readonly (string | undefined)[], separator = ', '): string {
  return values.filter((value): value is string => value !== undefined && value !== '').join(separator);
}
