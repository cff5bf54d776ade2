import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The names the `electron` module really exports to the main process, read from Electron's own
// type declarations (node_modules/electron/electron.d.ts), so the stand-in can refuse an import of
// anything else exactly as Electron's module would — the list is never written by hand.
//
// In the main process, `electron` holds Electron's main-process modules and the common ones. In
// electron.d.ts those are `declare module 'electron/main' { export = Electron.Main; }` and
// 'electron/common' (Electron.Common); each namespace lists its modules as `const x: X;` and
// `class X extends Electron.X {}`, while `type …` lines are types only and export nothing at run time.

/** The value exports of `namespace <name> { … }` inside `declare namespace Electron`. */
export function namespaceValueExports(declarations: string, namespace: string): string[] {
  const start = new RegExp(`^([ \\t]*)namespace ${namespace} \\{[ \\t]*$`, 'm').exec(declarations);
  if (!start) throw new Error(`electron.d.ts: no namespace ${namespace}`);
  const indent = start[1]!;
  const end = declarations.indexOf(`\n${indent}}`, start.index + start[0].length);
  if (end < 0) throw new Error(`electron.d.ts: namespace ${namespace} is not closed`);
  const body = declarations.slice(start.index + start[0].length, end);
  const names = new Set<string>();
  for (const match of body.matchAll(/^\s*(?:export\s+)?(?:const|let|var|class|function|enum)\s+([A-Za-z_$][\w$]*)/gm)) {
    names.add(match[1]!);
  }
  if (names.size === 0) throw new Error(`electron.d.ts: namespace ${namespace} exports no values`);
  return [...names].sort();
}

/** Which namespace `declare module '<specifier>'` re-exports (`export = Electron.Main;`). */
export function moduleNamespace(declarations: string, specifier: string): string {
  const escaped = specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`declare module '${escaped}' \\{\\s*export = Electron\\.(\\w+);\\s*\\}`).exec(declarations);
  if (!match) throw new Error(`electron.d.ts: no declare module '${specifier}'`);
  return match[1]!;
}

/** The names `import { … } from 'electron'` can take in the main process, from the installed electron.d.ts. */
export function mainProcessExports(declarationsFile = electronDeclarationsFile()): string[] {
  const declarations = readFileSync(declarationsFile, 'utf8');
  const names = ['electron/main', 'electron/common'].flatMap((specifier) => namespaceValueExports(declarations, moduleNamespace(declarations, specifier)));
  return [...new Set(names)].sort();
}

export function electronDeclarationsFile(): string {
  // Resolves the .d.ts file only: nothing of the electron package is loaded.
  return createRequire(import.meta.url).resolve('electron/electron.d.ts');
}
