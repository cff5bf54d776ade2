import { z } from 'zod';
import { LanguageSchema } from '../../schema/common';

/**
 * The export document model: what every renderer draws and, as is, the JSON export format.
 * It is presentational (headings, facts, tables, lists) so that each renderer stays small, yet
 * tables keep stable column keys and raw values, so the JSON and CSV are data, not print.
 */
export const EXPORT_FORMAT_NAME = 'alliance-desk-export';
export const EXPORT_FORMAT_VERSION = 1;

export const ExportKindSchema = z.enum(['issue', 'deputy', 'district', 'group', 'alliance', 'statement']);
export type ExportKind = z.infer<typeof ExportKindSchema>;

export const InlineSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** Only http(s) and mailto links survive (see rich-text.ts). */
  href: z.string().optional(),
});
export type Inline = z.infer<typeof InlineSchema>;

/** How a column's raw values are shown: shares are 0..1, dates are YYYY-MM-DD. */
export const ColumnTypeSchema = z.enum(['text', 'integer', 'decimal', 'percent', 'date']);
export type ColumnType = z.infer<typeof ColumnTypeSchema>;

export const ColumnSchema = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  label: z.string(),
  type: ColumnTypeSchema,
  /** Relative width for print and DOCX (defaults to 1). */
  width: z.number().positive().optional(),
});
export type Column = z.infer<typeof ColumnSchema>;

export const CellSchema = z.union([z.string(), z.number(), z.null()]);
export type Cell = z.infer<typeof CellSchema>;

const HeadingBlock = z.object({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3), z.literal(4)]), text: z.string() });
const ParagraphBlock = z.object({
  type: z.literal('paragraph'),
  runs: z.array(InlineSchema),
  tone: z.enum(['normal', 'muted', 'quote']).optional(),
});
const FactsBlock = z.object({
  type: z.literal('facts'),
  items: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
});
const ListBlock = z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(InlineSchema)) });
const TableBlock = z
  .object({
    type: z.literal('table'),
    key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
    columns: z.array(ColumnSchema).min(1),
    rows: z.array(z.array(CellSchema)),
    /** Shown instead of an empty table. */
    emptyText: z.string().optional(),
    /** A small table (a few short columns) printed narrower than the page. */
    compact: z.boolean().optional(),
  })
  .refine((table) => table.rows.every((row) => row.length === table.columns.length), { message: 'every row has one cell per column' });

export const BlockSchema = z.union([HeadingBlock, ParagraphBlock, FactsBlock, ListBlock, TableBlock]);
export type Block = z.infer<typeof BlockSchema>;
export type TableBlock = z.infer<typeof TableBlock>;
export type FactsBlock = z.infer<typeof FactsBlock>;

export const ExportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT_NAME),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  kind: ExportKindSchema,
  /** The record the summary is about (absent for the whole alliance). */
  subjectId: z.string().optional(),
  lang: LanguageSchema,
  alliance: z.string(),
  title: z.string(),
  subtitle: z.string().optional(),
  generatedAt: z.iso.datetime({ offset: true }),
  /** The table a CSV export writes (each document has one main table). */
  primaryTable: z.string(),
  blocks: z.array(BlockSchema),
});
export type ExportDocument = z.infer<typeof ExportDocumentSchema>;
