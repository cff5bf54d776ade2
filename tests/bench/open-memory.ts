// Opens a workspace in a fresh process and prints its memory use as JSON (run by the benchmark).
import { WorkspaceStore } from '../../electron/store/workspace-store';

const [dir, device] = process.argv.slice(2) as [string, string];
const mb = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;
const baselineRss = mb(process.memoryUsage().rss);
const store = await WorkspaceStore.open(dir, { device, author: 'secretary', readOnly: true });
const peakRss = mb(process.memoryUsage().rss);
// Steady state: let the parser's garbage go, as it would in a running app, before reading the figure
// (V8 returns freed pages to the system a little after a full collection, hence two rounds).
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
for (const pause of [500, 2_000]) {
  await new Promise((resolve) => setTimeout(resolve, pause));
  gc();
}
console.log(JSON.stringify({ rss: mb(process.memoryUsage().rss), peakRss, heapUsed: mb(process.memoryUsage().heapUsed), baselineRss, records: store.count('positions') }));
await store.close();
