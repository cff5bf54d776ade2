import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BOUNDARY = /screens\/issues may import only from itself/;

describe('the feature boundaries of renderer/src/screens', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  /** The no-restricted-imports messages for `code` as if it were `filePath`. */
  async function restricted(code: string, filePath = 'renderer/src/screens/issues/Fixture.tsx'): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
  }

  it('reports an import from another feature folder', async () => {
    const messages = await restricted("import { something } from '../positions/something';\nexport const x = something;\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(BOUNDARY);
  });

  it('reports a path that climbs out of screens/ and back into another feature', async () => {
    expect(await restricted("export { x } from '../../screens/positions/x';\n")).toEqual([expect.stringMatching(BOUNDARY)]);
  });

  it('reports another feature from a subfolder of a feature', async () => {
    const messages = await restricted("export { x } from '../../export/x';\n", 'renderer/src/screens/statements/editor/Fixture.tsx');
    expect(messages).toEqual([expect.stringMatching(/screens\/statements may import only from itself/)]);
  });

  it('allows the feature itself, screens/shared and the non-screen folders', async () => {
    const code = [
      "export { a } from './a';",
      "export { x } from '../shared/x';",
      "export { y } from '../shared/positions/y';",
      "export { z } from '../../api/x';",
      "export { c } from '../../components/c';",
      "export { s } from '../../../../shared/schema/collections';",
      '',
    ].join('\n');
    expect(await restricted(code)).toEqual([]);
  });

  it('lets renderer/src/app compose any screen', async () => {
    expect(await restricted("export { x } from '../screens/positions/x';\n", 'renderer/src/app/Fixture.tsx')).toEqual([]);
  });

  it('keeps the renderer-wide rules inside a feature folder', async () => {
    expect(await restricted("export { readFile } from 'node:fs';\n")).toEqual([expect.stringMatching(/no Node/)]);
  });
});
