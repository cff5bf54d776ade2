import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { WorkspaceInfo } from '../../../shared/ipc/contract';
import { api } from '../api/bridge';

interface WorkspaceContextValue {
  /** The open workspace, or null on the start screen. */
  workspace: WorkspaceInfo | null;
  /** Records what a workspace call returned (open, create, identity:set, close). */
  setWorkspace: (workspace: WorkspaceInfo | null) => void;
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside WorkspaceProvider');
  return value;
}

/** The open workspace; an open workspace is what the whole UI works against. */
export function useOpenWorkspace(): WorkspaceInfo {
  const { workspace } = useWorkspace();
  if (!workspace) throw new Error('No workspace is open');
  return workspace;
}

export function WorkspaceProvider({ initial, children }: { initial: WorkspaceInfo | null; children: ReactNode }) {
  const [workspace, setWorkspace] = useState(initial);
  // The main process announces workspaces opened from the menu, a second launch, or a close.
  useEffect(() => api().on('workspace:changed', setWorkspace), []);
  const value = useMemo(() => ({ workspace, setWorkspace }), [workspace]);
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}
