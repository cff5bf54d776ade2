import { useTranslation } from 'react-i18next';
import type { StatementStatus } from '../../../../shared/statements/workflow';

/** The status in words (the colour only repeats it). */
export function StatusBadge({ status }: { status: StatementStatus }) {
  const { t } = useTranslation();
  return <span className={`stmt-status stmt-status-${status}`}>{t(`statements.status.${status}`)}</span>;
}
