import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectInput } from '../../components/SelectInput';
import { compareText } from '../../lib/search';
import { formatCount, formatPercent } from '../shared/agreement/figures';
import { useAgreement } from '../shared/agreement/useAgreement';
import { DeputyPicker } from '../shared/DeputyPicker';
import type { Directory } from './directory';
import { PairsPanel } from './PairsPanel';
import type { Scope } from './scope';

const THRESHOLDS = ['0.7', '0.75', '0.8', '0.9'] as const;

/** Groups of deputies who tend to agree, and, for one deputy, whom they agree with most and least. */
export function BlocsView({ scope, directory }: { scope: Scope; directory: Directory }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [threshold, setThreshold] = useState<(typeof THRESHOLDS)[number]>('0.75');
  const [deputyId, setDeputyId] = useState<string | null>(null);
  const { value: blocs, error, loading } = useAgreement('agreement:blocs', { scope, threshold: Number(threshold) });
  const inScope = useAgreement('agreement:deputies', { scope }).value?.length;

  return (
    <section className="alliance-view" aria-labelledby="alliance-view-title" aria-busy={loading}>
      <h2 id="alliance-view-title">{t('alliance.blocs.title')}</h2>
      <p className="view-intro">{t('alliance.blocs.intro')}</p>
      <ErrorNotice error={error} />
      <div className="toolbar">
        <SelectInput
          label={t('alliance.blocs.threshold')}
          options={THRESHOLDS.map((id) => ({ id, label: formatPercent(Number(id), language) }))}
          value={threshold}
          onChange={setThreshold}
        />
        {blocs && inScope !== undefined ? (
          <p className="toolbar-count" role="status">
            {t('alliance.blocs.summary', { count: blocs.length, deputies: t('alliance.deputies', { count: inScope }) })}
          </p>
        ) : null}
      </div>
      {!blocs ? (
        error ? null : <p className="muted">{t('alliance.loading')}</p>
      ) : blocs.length === 0 ? (
        <p className="empty-state">{t('alliance.blocs.empty')}</p>
      ) : (
        <ol className="bloc-list">
          {blocs.map((bloc, index) => {
            const members = [...bloc.deputyIds].sort((a, b) => compareText(directory.deputyName(a), directory.deputyName(b)));
            const headingId = `bloc-${index}`;
            return (
              <li key={bloc.deputyIds.join(',')} className="bloc-card">
                <h3 id={headingId}>{t('alliance.blocs.bloc', { number: index + 1, deputies: t('alliance.deputies', { count: bloc.deputyIds.length }) })}</h3>
                <p className="bloc-cohesion">
                  {t('alliance.blocs.cohesion', {
                    value: formatPercent(bloc.cohesion, language),
                    pairs: t('alliance.blocs.pairs', { count: bloc.pairs }),
                    issues: formatCount(bloc.pairIssues, language),
                  })}
                </p>
                <ul className="bloc-members">
                  {members.map((id) => (
                    <li key={id}>
                      <Link to={`/deputies/${id}`}>{directory.deputyName(id)}</Link>
                      <span className="cell-aside"> · {directory.deputyDistrict(id)}</span>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
      <section className="pairs-section" aria-labelledby="pairs-title">
        <h3 id="pairs-title">{t('alliance.blocs.pickTitle')}</h3>
        <DeputyPicker
          deputies={directory.deputies}
          value={deputyId}
          onChange={setDeputyId}
          label={t('alliance.blocs.pick')}
          placeholder={t('alliance.blocs.pickPlaceholder')}
          description={t('alliance.blocs.pickHint')}
          districts={directory.districts}
          onlyActive
        />
        {deputyId ? <PairsPanel key={deputyId} deputyId={deputyId} scope={scope} directory={directory} /> : null}
      </section>
    </section>
  );
}
