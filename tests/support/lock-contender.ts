// A process for the lock race test: on each "go FILE" line from stdin it tries to take the writer
// lock FILE and answers "won" or "refused CODE"; it keeps what it won (never releases) until told
// to go again, so that exactly one contender may win each round.
import { createInterface } from 'node:readline';
import { StoreError } from '../../electron/store/errors';
import { WriterLock } from '../../electron/store/lock';

const held: WriterLock[] = [];
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const [command, file] = line.split(' ');
  if (command !== 'go' || !file) continue;
  try {
    held.push(await WriterLock.acquire(file, 'race-dev'));
    process.stdout.write('won\n');
  } catch (error) {
    process.stdout.write(`refused ${error instanceof StoreError ? error.code : String(error)}\n`);
  }
}
