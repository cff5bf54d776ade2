import { describe, expect, it } from 'vitest';
import { DeputySchema, PrincipleSchema } from '../../shared/schema/entities';
import { createI18n } from '../../renderer/src/i18n';
import { zodIssueKey } from '../../renderer/src/forms/zodMessages';

describe('form error messages', () => {
  it('turns zod default messages into translation keys, keeping the schemas own keys', async () => {
    const keysOf = (schema: typeof PrincipleSchema | typeof DeputySchema, data: unknown) =>
      schema.safeParse(data, { error: (issue) => zodIssueKey(issue) }).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);

    expect(keysOf(PrincipleSchema, { number: undefined, title: ' ' })).toEqual(['number:error.required', 'title:error.required']);
    expect(keysOf(PrincipleSchema, { number: Number('x'), title: 'A' })).toEqual(['number:error.number']);
    expect(keysOf(PrincipleSchema, { number: 1.5, title: 'A' })).toEqual(['number:error.number']);
    expect(keysOf(PrincipleSchema, { number: 0, title: 'A' })).toEqual(['number:error.tooSmall']);
    expect(keysOf(DeputySchema, { name: 'A', districtId: 'x', status: 'retired', email: 'nope' })).toEqual(['email:error.email', 'status:error.choose']);

    const ru = await createI18n('ru');
    for (const key of ['error.required', 'error.number', 'error.tooSmall', 'error.email', 'error.choose', 'error.phone', 'error.oktmo']) {
      expect(ru.exists(key)).toBe(true);
    }
  });
});
