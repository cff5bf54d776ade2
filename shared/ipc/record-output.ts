import { z } from 'zod';

/** A stored record as it crosses the boundary: the collection schemas check content on writes. */
export const RecordOutputSchema = z.looseObject({ id: z.string(), createdAt: z.string(), updatedAt: z.string() });
export type RecordOutput = z.infer<typeof RecordOutputSchema>;
