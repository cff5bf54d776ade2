import { randomUUID } from 'node:crypto';
import { collectionSchemas, type CollectionName } from '../../shared/schema/collections';
import { StoreError } from './errors';

export function newId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 20);
}

export function stripUndefined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

/** Parses a whole record with its collection schema, or throws an 'invalid' StoreError with the issues. */
export function parseOrThrow(collection: CollectionName, data: unknown, what: string): Record<string, unknown> {
  const parsed = collectionSchemas[collection].safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError('invalid', `${what}: ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`, parsed.error.issues.map(({ path, message }) => ({ path, message })));
  }
  return parsed.data as Record<string, unknown>;
}

