// Runs one exchange step in a fresh process and prints its peak resident memory as JSON (run by
// import-bench.ts): `import PEER_DIR BUNDLE` imports a bundle as the CLI does (read and check,
// plan, write, apply, close); `verify DIR` verifies a workspace.
import { applyImport, readBundle } from '../../electron/exchange';
import { verifyWorkspace } from '../../electron/store/verify';
import { WorkspaceStore } from '../../electron/store/workspace-store';

const [mode, dir, bundle] = process.argv.slice(2) as ['import' | 'verify', string, string | undefined];
const started = performance.now();
let detail: Record<string, unknown>;
if (mode === 'import') {
  const store = await WorkspaceStore.open(dir, { device: 'bench-peer', author: 'secretary' });
  const result = await applyImport(store, await readBundle(store, bundle!), { confirmMassDelete: true });
  await store.close();
  detail = { written: result.written };
} else {
  const report = await verifyWorkspace(dir);
  detail = { ok: report.ok, operations: report.operations };
}
// resourceUsage().maxRSS is the true high-water mark of the process (kilobytes), not a sample.
console.log(JSON.stringify({ peakRss: Math.round(process.resourceUsage().maxRSS / 100) / 10, ms: Math.round(performance.now() - started), ...detail }));
