import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '../..');

/** `file:line` of a diagnostic, the file relative to the repo; line 1-based. */
function where(d: ts.Diagnostic): string {
  if (!d.file) return '';
  const line = d.start === undefined ? 0 : d.file.getLineAndCharacterOfPosition(d.start).line + 1;
  return `${path.relative(root, d.file.fileName)}:${line}`;
}

/** An absolute path in the repo from a repo-relative one. */
export const repoPath = (relative: string) => path.join(root, relative);

/**
 * Type-checks a few files of the renderer with tsconfig.web.json's options, some of them replaced or
 * added in memory (so a fixture with a wrong key never sits in the tree for `npm run typecheck` to
 * trip over). Only the files named and what they import are compiled, not the whole renderer;
 * parsed files are kept between calls, as the lib and React types dominate the cost.
 */
export function createWebChecker() {
  const config = ts.getParsedCommandLineOfConfigFile(repoPath('tsconfig.web.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('tsconfig.web.json did not parse');
  const options = config.options;
  const parsed = new Map<string, ts.SourceFile>();
  let previous: ts.Program | undefined;

  return function check(rootNames: readonly string[], files: Readonly<Record<string, string>> = {}): string[] {
    const virtual = new Map(Object.entries(files).map(([name, text]) => [repoPath(name), text]));
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    host.fileExists = (name) => virtual.has(name) || ts.sys.fileExists(name);
    host.readFile = (name) => virtual.get(name) ?? readFile(name);
    host.getSourceFile = (name, language) => {
      const text = virtual.get(name);
      if (text !== undefined) return ts.createSourceFile(name, text, language);
      let file = parsed.get(name);
      if (!file) {
        const disk = readFile(name);
        if (disk === undefined) return undefined;
        parsed.set(name, (file = ts.createSourceFile(name, disk, language)));
      }
      return file;
    };
    const program = ts.createProgram({ rootNames: rootNames.map(repoPath), options, host, oldProgram: previous });
    previous = program;
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${where(d)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  };
}
