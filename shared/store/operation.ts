import { z } from 'zod';
import { AuthorSchema, DeviceIdSchema, IdSchema } from '../schema/common';
import { CollectionNameSchema } from '../schema/collections';
import { isHlc } from './hlc';

/** The version of the journal line and snapshot formats this build writes. */
export const FORMAT_VERSION = 1;

const HlcSchema = z.string().refine(isHlc, { message: 'error.clock' });

/** Field values are plain JSON objects; the collection schema checks their content. */
const FieldsSchema = z.record(z.string(), z.unknown());

/**
 * For long-text fields (see longText in shared/schema/collections.ts): the clocks of the versions an edit started from, so
 * that edits made concurrently on two devices can be told apart from edits made one after the
 * other, and merged three-way instead of one silently replacing the other. Optional: older lines
 * have none and are taken as made after every earlier write.
 */
const BaseSchema = z.record(z.string().max(60), z.array(HlcSchema).max(32));

const OperationBase = z.object({
  v: z.number().int().min(1),
  hlc: HlcSchema,
  dev: DeviceIdSchema,
  by: AuthorSchema,
  col: CollectionNameSchema,
  id: IdSchema,
});

/**
 * One edit, as stored in a journal line. `put` creates a record (all its fields), `patch` sets some
 * fields and may clear optional ones (`unset`), `del` leaves a tombstone.
 */
export const OperationSchema = z.discriminatedUnion('op', [
  OperationBase.extend({ op: z.literal('put'), data: FieldsSchema }),
  OperationBase.extend({
    op: z.literal('patch'),
    data: FieldsSchema,
    unset: z.array(z.string()).optional(),
    base: BaseSchema.optional(),
  }),
  OperationBase.extend({ op: z.literal('del') }),
]);
export type Operation = z.infer<typeof OperationSchema>;
export type OperationKind = Operation['op'];
