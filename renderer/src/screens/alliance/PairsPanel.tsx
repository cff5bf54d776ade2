import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatPercent } from '../shared/agreement/figures';
import { useAgreement } from '../shared/agreement/useAgreement';
import type { Directory } from './directory';
import type { Scope } from './scope';

const MIN_COMMON = 3;
const SHOWN = 10;

/** Whom one deputy agrees with most and least, each share with its count of common issues. */
export function PairsPanel({ deputyId, scope, directory }: { deputyId: string; scope: Scope; directory: Directory }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { value, error } = useAgreement('agreement:pairs', { deputyId, scope });
  if (!value) return <ErrorNotice error={error} />;
  const enough = value.filter((pair) => pair.share !== null && pair.issues >= MIN_COMMON);
  const few = value.length - enough.length;
  const most = enough.slice(0, SHOWN);
  // The least agreeing, lowest first; a short list never repeats the names already shown.
  const least = enough.slice(Math.max(SHOWN, enough.length - SHOWN)).reverse();
  const list = (title: string, pairs: typeof enough, id: string) => (
    <div className="pairs-list">
      <h4 id={id}>{title}</h4>
      <ol aria-labelledby={id}>
        {pairs.map((pair) => (
          <li key={pair.deputyId}>
            <Link to={`/deputies/${pair.deputyId}`}>{directory.deputyName(pair.deputyId)}</Link>{' '}
            <span className="cell-aside">· {directory.deputyDistrict(pair.deputyId)}</span>
            {' — '}
            {t('alliance.blocs.pairShare', {
              share: formatPercent(pair.share!, language),
              issues: t('alliance.blocs.commonIssues', { count: pair.issues }),
            })}
          </li>
        ))}
      </ol>
    </div>
  );
  return (
    <div className="pairs-panel">
      <ErrorNotice error={error} />
      {enough.length === 0 ? (
        <p className="empty-state">{t('alliance.blocs.noPairs')}</p>
      ) : (
        <div className="pairs-columns">
          {list(t('alliance.blocs.most'), most, 'pairs-most')}
          {least.length > 0 ? list(t('alliance.blocs.least'), least, 'pairs-least') : null}
        </div>
      )}
      {few > 0 ? <p className="muted">{t('alliance.blocs.fewCommon', { count: few })}</p> : null}
    </div>
  );
}
