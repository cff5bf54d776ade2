import { useCallback, useRef, useState } from 'react';
import type { ExportTarget } from '../../../../shared/export/input';
import type { ExportOutcome, ExportProgressEvent } from '../../../../shared/ipc/export-contract';
import { api } from '../../api/bridge';
import { call } from '../../api/client';
import { newJobId } from '../shared/export/exportWhat';
import type { FormatChoice } from './ExportFormatFields';

export interface RunningExport {
  jobId: string;
  progress: Pick<ExportProgressEvent, 'phase' | 'done'> | null;
  cancelling: boolean;
}

/**
 * One export at a time: asks the main process to save (it shows the save dialog), follows the
 * progress events of this run, and can cancel it — also before the run's answer arrives, since
 * the run's id is chosen here.
 */
export function useExportJob() {
  const [running, setRunning] = useState<RunningExport | null>(null);
  const current = useRef<string | null>(null);

  const run = useCallback(async (what: ExportTarget, options: FormatChoice): Promise<ExportOutcome> => {
    const jobId = newJobId();
    current.current = jobId;
    setRunning({ jobId, progress: null, cancelling: false });
    const unsubscribe = api().on('export:progress', (event) => {
      if (event.jobId !== jobId) return;
      setRunning((state) => (state?.jobId === jobId ? { ...state, progress: { phase: event.phase, done: event.done } } : state));
    });
    try {
      return await call('export:run', { jobId, what, format: options.format, lang: options.lang, delimiter: options.delimiter });
    } finally {
      unsubscribe();
      current.current = null;
      setRunning(null);
    }
  }, []);

  const cancel = useCallback(async () => {
    const jobId = current.current;
    if (!jobId) return;
    setRunning((state) => (state ? { ...state, cancelling: true } : state));
    await call('export:cancel', { jobId });
  }, []);

  return { running, run, cancel };
}
