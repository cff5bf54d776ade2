// A writer for the crash test: edits a workspace as fast as it can and reports each acknowledged
// edit on stdout, until the test kills it with SIGKILL.
import { WorkspaceStore } from '../../electron/store/workspace-store';

const [dir, counterId] = process.argv.slice(2) as [string, string];
const store = await WorkspaceStore.open(dir, { device: 'crash-dev', author: 'secretary', snapshotEvery: 25 });
process.stdout.write('ready\n');
// Continue the count where the last run's acknowledged (or later) edits left it.
const start = Number(store.get('groups', counterId)!.description) + 1;
for (let n = start; ; n += 1) {
  if (n % 2 === 0) {
    const group = await store.create('groups', { name: `group ${n}`, kind: 'working', description: 'x'.repeat(n % 500) });
    process.stdout.write(`created ${group.id} ${n}\n`);
  } else {
    await store.patch('groups', counterId, { description: String(n) });
    process.stdout.write(`counter ${n}\n`);
  }
}
