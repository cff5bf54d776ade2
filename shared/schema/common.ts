import { z } from 'zod';

const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

/** Record ids: random or deterministic (built-in districts), safe as file and URL parts. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'error.id' })
  // Ids are keys of plain objects in the state; names that object prototypes carry are refused.
  .refine((id) => !RESERVED_IDS.has(id), { message: 'error.id' });
export type Id = z.infer<typeof IdSchema>;

/** A device id names the one journal file that device writes. */
export const DeviceIdSchema = IdSchema;

/** ISO 8601 timestamp with time (UTC). */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** A calendar date (YYYY-MM-DD), e.g. a hearing or a council vote. */
export const DateSchema = z.iso.date();

/** Trimmed, non-empty, bounded text for names and titles. */
export const NameSchema = z.string().trim().min(1, { message: 'error.required' }).max(300, { message: 'error.tooLong' });

/** Longer free text (reasons, descriptions); may be empty. */
export const TextSchema = z.string().max(100_000, { message: 'error.tooLong' });

export const LanguageSchema = z.enum(['ru', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** Fields every stored record carries; the store sets them, callers never do. */
export const RecordBaseSchema = z.object({
  id: IdSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type RecordBase = z.infer<typeof RecordBaseSchema>;

/** An author: a deputy id or the literal secretary role of a device. */
export const AuthorSchema = z.string().min(1).max(100);
export type Author = z.infer<typeof AuthorSchema>;
