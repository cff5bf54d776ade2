import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the layers of electron/', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  /** The no-restricted-imports messages for `code` as if it were `filePath`. */
  async function restricted(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
  }

  it('reports the core reaching up into the features, the cycle the layers exist to prevent', async () => {
    expect(await restricted("export { x } from '../features/x';\n", 'electron/core/Fixture.ts')).toEqual([expect.stringMatching(/electron\/core may import only electron\/store, electron\/exchange, electron\/export/)]);
  });

  it('keeps feature modules apart: one feature importing another is reported, as is a feature reaching up', async () => {
    expect(await restricted("export { recordStance } from '../positions/positions-service';\n", 'electron/features/statements/Fixture.ts')).toEqual([expect.stringMatching(/A feature imports no other feature/)]);
    expect(await restricted("export { x } from '../../services/app-services';\n", 'electron/features/statements/Fixture.ts')).toEqual([expect.stringMatching(/electron\/features may import only/)]);
    const allowed = ["export { a } from './statements-service';", "export { b } from '../../store/workspace-store';", "export { c } from '../../core/workspace-session';", "export { d } from '../../../shared/schema/collections';", ''].join('\n');
    expect(await restricted(allowed, 'electron/features/statements/Fixture.ts')).toEqual([]);
  });

  it('keeps the store at the bottom: it imports no other folder of electron/', async () => {
    expect(await restricted("export { x } from '../exchange/x';\n", 'electron/store/Fixture.ts')).toEqual([expect.stringMatching(/electron\/store may import only itself/)]);
  });

  it('reports the IPC layer reaching into the window code of electron/main', async () => {
    expect(await restricted("export { x } from '../main/x';\n", 'electron/ipc/Fixture.ts')).toEqual([expect.stringMatching(/electron\/ipc may import only/)]);
  });

  it('allows a lower layer, the folder itself and shared/', async () => {
    const code = ["export { a } from './a';", "export { b } from '../store/b';", "export { c } from '../features/positions/handlers';", "export { s } from '../../shared/schema/collections';", ''].join('\n');
    expect(await restricted(code, 'electron/services/Fixture.ts')).toEqual([]);
  });

  it('keeps the zone rules inside a layer: Node-side folders never load Electron, none imports the renderer', async () => {
    expect(await restricted("export { app } from 'electron';\n", 'electron/core/Fixture.ts')).toEqual([expect.stringMatching(/must not load Electron/)]);
    expect(await restricted("export { app } from 'electron';\n", 'electron/main/Fixture.ts')).toEqual([]);
    expect(await restricted("export { x } from '../../renderer/src/x';\n", 'electron/main/Fixture.ts')).toEqual([expect.stringMatching(/Only the renderer/)]);
  });
});
