import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { zodIssueKey } from './zodMessages';

/**
 * A react-hook-form resolver that validates with one of the shared zod schemas — the same one the
 * main process applies — after turning the form's raw values (strings from inputs) into the
 * schema's input with `toInput` (e.g. '' → undefined for optional fields).
 */
export function schemaResolver<TValues extends FieldValues, TSchema extends z.ZodType>(
  schema: TSchema,
  toInput: (values: TValues) => unknown,
): Resolver<TValues, unknown, z.output<TSchema>> {
  const resolve = zodResolver(schema as never, { error: (issue) => zodIssueKey(issue as z.core.$ZodRawIssue) });
  // The one cast left at this boundary: the resolver is typed by the schema's input, the form by its
  // raw values. They share field names (errors land on the form's fields), but `toInput` may give
  // what the schema rejects (an empty required field), so no type can join the two.
  return (values, context, options) =>
    (resolve as unknown as Resolver<TValues, unknown, z.output<TSchema>>)(toInput(values) as TValues, context, options);
}

/** '' and whitespace-only text become undefined, so optional fields left empty stay absent. */
export function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
