import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { RunningExport } from './useExportJob';

/** How far the running export is, and a way to stop it (no file is left behind). */
export function ExportProgress({ running, onCancel }: { running: RunningExport; onCancel: () => void }) {
  const { t } = useTranslation();
  const phase = running.progress?.phase;
  // Until the first progress event the user is choosing the file in the save dialog.
  if (!running.progress) return null;
  return (
    <div className="export-progress">
      <label className="export-progress-label">
        <span>{t('export.progress.label')}</span>
        <progress max={1} value={running.progress.done} />
      </label>
      <span className="muted">{phase ? t(`export.progress.phases.${phase}`) : null}</span>
      <Button className="button" isDisabled={running.cancelling} onPress={onCancel}>
        {running.cancelling ? t('export.progress.cancelling') : t('export.progress.cancel')}
      </Button>
    </div>
  );
}
