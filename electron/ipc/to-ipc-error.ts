import { z } from 'zod';
import { IpcErrorCodeSchema, type IpcError } from '../../shared/ipc/contract';
import { StoreError } from '../store/errors';
import { ServiceError } from '../core/service-error';

const IssuesSchema = z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }));

/** Field-level problems from zod, in the shape forms use (path + i18n key or message). */
export function issuesOf(error: z.ZodError): NonNullable<IpcError['issues']> {
  return error.issues.map(({ path, message }) => ({
    path: path.map((part) => (typeof part === 'number' ? part : String(part))),
    message,
  }));
}

/**
 * What a failure looks like to the renderer. Known errors keep their code and message (the store's
 * 'invalid' carries field issues relative to the record); anything unexpected becomes 'internal'
 * with a fixed message, so no stack trace or file content leaks into the page.
 */
export function toIpcError(error: unknown): IpcError {
  if (error instanceof ServiceError) {
    return { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) };
  }
  if (error instanceof StoreError) {
    const code = IpcErrorCodeSchema.safeParse(error.code);
    const issues = IssuesSchema.safeParse(error.details);
    return {
      code: code.success ? code.data : 'io',
      message: error.message,
      ...(issues.success && issues.data.length > 0 ? { issues: issues.data } : {}),
    };
  }
  if (error instanceof z.ZodError) {
    return { code: 'invalid', message: 'invalid data', issues: issuesOf(error) };
  }
  return { code: 'internal', message: 'internal error' };
}
