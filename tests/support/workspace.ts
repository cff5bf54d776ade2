import { WorkspaceStore, type StoreOptions } from '../../electron/store/workspace-store';

export const secretary = (device = 'laptop-a'): StoreOptions => ({ device, author: 'secretary', snapshotEvery: 50 });

export async function initWorkspace(dir: string, options: StoreOptions = secretary()): Promise<WorkspaceStore> {
  return WorkspaceStore.init(dir, { ...options, name: 'Test alliance', language: 'ru' });
}

export const sampleDeputy = (districtId = 'msk-45374000') => ({
  name: 'Анна Петрова',
  districtId,
  councilRole: 'member' as const,
  status: 'active' as const,
  groupIds: [],
});
