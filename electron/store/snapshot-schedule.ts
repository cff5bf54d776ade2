import { FORMAT_VERSION } from '../../shared/store/operation';
import { saveSnapshot, type SnapshotDocument } from './snapshot';
import type { StoreCore } from './store-core';

/**
 * When to write a snapshot of an open store, and writing it: after every so many operations (in
 * the background, one at a time) and on close. Read-only stores never write one.
 */
export class SnapshotSchedule {
  private opsSinceSnapshot = 0;
  private writing: Promise<void> | undefined;
  /** Snapshots are written one after another: two at once would share the staged file. */
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly core: StoreCore,
    private readonly workspaceId: string,
    private readonly writable: boolean,
  ) {}

  /** Counts operations the state took in since the last snapshot, replayed ones included. */
  count(operations: number): void {
    this.opsSinceSnapshot += operations;
  }

  /** After a write: counts its operations and starts a snapshot when one is due. */
  afterWrite(operations: number): void {
    this.count(operations);
    // Snapshot cost grows with the workspace; space snapshots out in proportion so edits stay flat.
    const every = Math.max(this.core.options.snapshotEvery ?? 500, Math.floor(this.core.live.entries() * 0.05));
    if (this.opsSinceSnapshot >= every && !this.writing && this.writable) {
      this.writing = this.write()
        .catch((error: unknown) => {
          this.core.warnings.push(`snapshot not written: ${(error as Error).message}`);
        })
        .finally(() => {
          this.writing = undefined;
        });
    }
  }

  /** Whether the state took in anything since the snapshot it was loaded from (or last wrote). */
  get dirty(): boolean {
    return this.opsSinceSnapshot > 0;
  }

  /** The snapshot being written in the background, if any. */
  get pending(): Promise<void> | undefined {
    return this.writing;
  }

  /**
   * Writes a snapshot now (after one being written, if any). The document is built and serialized
   * synchronously, so it is one consistent state.
   */
  write(): Promise<void> {
    const run = this.saving.then(() => this.writeNow());
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async writeNow(): Promise<void> {
    const { core } = this;
    const journals = core.journals.record();
    const imports = core.imports.record();
    const document: SnapshotDocument = {
      format: 'alliance-desk-snapshot',
      formatVersion: FORMAT_VERSION,
      workspaceId: this.workspaceId,
      device: core.device,
      savedAt: new Date().toISOString(),
      journals: journals.offsets,
      digests: journals.digests,
      imports: imports.offsets,
      importDigests: imports.digests,
      devices: core.live.devices,
      clock: core.clock.latest,
      quarantined: core.quarantine.locations(),
      collections: core.live.state,
    };
    this.opsSinceSnapshot = 0;
    await saveSnapshot(core.layout, document);
  }
}
