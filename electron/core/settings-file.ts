import { SettingsSchema, type Settings } from '../../shared/ipc/contract';
import { readJsonFile, writeJsonFile } from './json-file';

export const DEFAULT_SETTINGS: Settings = { language: 'system', theme: 'system' };

/** Language and theme, kept in memory and persisted on every change. */
export class SettingsFile {
  private constructor(
    private readonly file: string,
    private current: Settings,
  ) {}

  static async load(file: string, warnings: string[]): Promise<SettingsFile> {
    const read = await readJsonFile(file, SettingsSchema.partial());
    if (read.status === 'set_aside') warnings.push(`${file}: unreadable; kept aside as ${read.movedTo}, defaults used`);
    return new SettingsFile(file, { ...DEFAULT_SETTINGS, ...(read.status === 'ok' ? read.value : {}) });
  }

  get(): Settings {
    return { ...this.current };
  }

  async update(change: Partial<Settings>): Promise<Settings> {
    const next = SettingsSchema.parse({ ...this.current, ...stripUndefined(change) });
    await writeJsonFile(this.file, next);
    this.current = next;
    return this.get();
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
