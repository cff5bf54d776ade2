import { z } from 'zod';
import { ExportTargetSchema } from '../export/input';
import { ExportDocumentSchema } from '../export/model/schema';
import { IdSchema, LanguageSchema } from '../schema/common';

// Channels of the export screen. The renderer never names a file path: the main process
// asks the user where to save through the native dialog, so a page cannot make it write anywhere.
// An export's outcome (saved, cancelled, or why writing failed) is a value, not an IPC error, so the
// screen can say exactly what happened with the engine's codes.


/** The formats the app offers (the engine's print HTML is for the PDF only). */
export const ExportFormatChoiceSchema = z.enum(['pdf', 'docx', 'md', 'csv', 'json']);
export type ExportFormatChoice = z.infer<typeof ExportFormatChoiceSchema>;
export const CsvDelimiterSchema = z.enum([',', ';']);

/** Chosen by the renderer for one run, so it can cancel the run before the run's answer arrives. */
export const ExportJobIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/** Why an export did not write its file (electron/export/export-error.ts, minus 'cancelled'). */
export const ExportFailureCodeSchema = z.enum(['not_found', 'ambiguous', 'invalid', 'no_space', 'no_permission', 'no_folder', 'io', 'no_chromium', 'pdf_failed']);
export type ExportFailureCode = z.infer<typeof ExportFailureCodeSchema>;

export const ExportOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), file: z.string(), fileName: z.string(), bytes: z.number() }),
  /** 'dialog': the user closed the save dialog; 'export': the user cancelled the running export. No file is written either way. */
  z.object({ status: z.literal('cancelled'), stage: z.enum(['dialog', 'export']) }),
  z.object({ status: z.literal('failed'), code: ExportFailureCodeSchema, message: z.string() }),
]);
export type ExportOutcome = z.infer<typeof ExportOutcomeSchema>;

export const ExportPhaseSchema = z.enum(['collect', 'build', 'render', 'print', 'write', 'done']);
export const ExportProgressSchema = z.object({ jobId: ExportJobIdSchema, phase: ExportPhaseSchema, done: z.number().min(0).max(1) });
export type ExportProgressEvent = z.infer<typeof ExportProgressSchema>;

/** Rows a preview shows of one table; the saved file has every row. */
export const PREVIEW_TABLE_ROWS = 100;

export const ExportPreviewSchema = z.object({
  document: ExportDocumentSchema,
  /** Tables cut to PREVIEW_TABLE_ROWS rows in the preview, with their full row count. */
  shortened: z.array(z.object({ table: z.string(), shown: z.number(), total: z.number() })),
});
export type ExportPreview = z.infer<typeof ExportPreviewSchema>;

export const ExportTargetKindSchema = z.enum(['issue', 'deputy', 'district', 'group', 'statement']);
export type ExportTargetKind = z.infer<typeof ExportTargetKindSchema>;

export const ExportTargetOptionSchema = z.object({ id: z.string(), label: z.string(), detail: z.string().optional() });
export type ExportTargetOption = z.infer<typeof ExportTargetOptionSchema>;

const ExportRequestSchema = z.object({
  what: ExportTargetSchema,
  /** The export's own language, independent of the UI's. */
  lang: LanguageSchema,
});

export const exportContract = {
  /** The document model of an export, for the preview (drawn as React, never as HTML). */
  'export:preview': { input: ExportRequestSchema, output: ExportPreviewSchema },
  /** Records an export can be about, matching a search (ё/е and case folded); or the one with `id`. */
  'export:targets': {
    input: z.object({
      kind: ExportTargetKindSchema,
      query: z.string().max(200).default(''),
      id: IdSchema.optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({ items: z.array(ExportTargetOptionSchema), total: z.number() }),
  },
  /** Asks where to save (native dialog), then exports with progress events; cancel with export:cancel. */
  'export:run': {
    input: ExportRequestSchema.extend({ jobId: ExportJobIdSchema, format: ExportFormatChoiceSchema, delimiter: CsvDelimiterSchema.default(',') }),
    output: ExportOutcomeSchema,
  },
  /** Cancels a running export; false when no such export runs (it has finished already). */
  'export:cancel': { input: z.object({ jobId: ExportJobIdSchema }), output: z.boolean() },
} as const;

export const exportEventContract = {
  'export:progress': ExportProgressSchema,
} as const;
