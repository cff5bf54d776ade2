import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../schema/common';
import { PrincipleCheckSchema, StanceSchema } from '../schema/entities';

/** A stance as a user records it: the provenance is worked out from who records it, not sent. */
export const RecordStanceSchema = z
  .object({
    issueId: IdSchema,
    deputyId: IdSchema,
    stance: StanceSchema,
    reasons: z.string().max(100_000).default(''),
    principleChecks: z.array(PrincipleCheckSchema).max(50).default([]),
    /** For a secretary recording a stance given by someone else: how and when it was given. */
    onBehalf: z
      .object({ channel: z.enum(['phone', 'meeting', 'message']), givenAt: TimestampSchema })
      .optional(),
  })
  .superRefine((input, ctx) => {
    input.principleChecks.forEach((check, index) => {
      if (check.verdict === 'tension' && check.note.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['principleChecks', index, 'note'], message: 'error.tensionNote' });
      }
    });
  });
export type RecordStanceInput = z.input<typeof RecordStanceSchema>;

export { positionId } from './record-ids';
