import { runCli } from '../../electron/cli/main';

/** Runs the CLI in-process as `device`, capturing what it prints. */
export async function cliAs(device: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--device', device], { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs the CLI as the tests' usual device. */
export const cli = (...args: string[]) => cliAs('cli-test', ...args);
