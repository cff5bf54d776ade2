import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { exportPath } from './exportWhat';

interface Props {
  /** What to export, as the CLI says it: `issue:ID`, `deputy:ID`, `district:ID`, `group:ID`, `statement:ID` or `alliance`. */
  what: string;
  /** For a statement: preselect the dissent annex. */
  dissent?: boolean;
}

/**
 * "Export a summary…": a link to the export screen with this record chosen; place it among a
 * record page's actions (the page itself says which record it is).
 */
export function ExportButton({ what, dissent }: Props) {
  const { t } = useTranslation();
  return (
    <Link className="button" to={exportPath(what, { dissent })}>
      {t('export.button')}
    </Link>
  );
}
