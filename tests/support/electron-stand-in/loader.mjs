// Module hooks (node:module register) for the boot test's child process: `import … from 'electron'`
// resolves to a generated stand-in module that exports exactly the names Electron's main process
// exports (given in `data.names`, read from electron.d.ts by electron-exports.ts), each bound to a
// fake installed on globalThis by fake-electron.ts. A name Electron does not export fails at link
// time, as it would in Electron. The real electron package is never loaded: it is refused here.

const STAND_IN_URL = 'alliance-desk-electron-stand-in:electron';
const SPECIFIERS = new Set(['electron', 'electron/main']);
let names = [];

export function initialize(data) {
  names = data.names;
}

export async function resolve(specifier, context, nextResolve) {
  if (SPECIFIERS.has(specifier)) return { url: STAND_IN_URL, shortCircuit: true };
  if (specifier.startsWith('electron/')) throw new Error(`electron stand-in: '${specifier}' is not a main-process module`);
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url === STAND_IN_URL) {
    const registry = "globalThis[Symbol.for('alliance-desk.electron-stand-in')]";
    const source = [
      `const standIn = ${registry};`,
      "if (!standIn) throw new Error('electron stand-in: fake-electron.ts was not installed before the import');",
      ...names.map((name) => `export const ${name} = standIn.value(${JSON.stringify(name)});`),
      'export default standIn.module();',
    ].join('\n');
    return { format: 'module', source, shortCircuit: true };
  }
  if (/[/\\]node_modules[/\\]electron[/\\]/.test(url)) throw new Error(`electron stand-in: the real electron package was about to load (${url})`);
  return nextLoad(url, context);
}
