/**
 * Whether a value is one of the given options, narrowing it to their union: for a value the type
 * system knows only as a string (a form field, a table column id, stored history) that picks a
 * translation key by a zod enum's options, e.g. IssueCategorySchema.options.
 */
export function oneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}
