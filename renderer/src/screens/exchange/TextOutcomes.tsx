import { useTranslation } from 'react-i18next';
import type { TextOutcomeOutput } from '../../../../shared/ipc/exchange-contract';
import { authorText, conflictFieldText, joinNames } from './exchangeText';

function OutcomeList({ outcomes }: { outcomes: readonly TextOutcomeOutput[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="import-texts">
      {outcomes.map((outcome) => (
        <li key={`${outcome.collection}/${outcome.id}/${outcome.field}`}>
          <strong>{t('exchange.conflicts.heading', { title: outcome.title, field: conflictFieldText(t, outcome.field) })}</strong>
          <span className="muted">
            {' — '}
            {t('exchange.preview.versions', { authors: joinNames([...new Set(outcome.versions.map((v) => authorText(t, v.author, v.authorName)))], i18n.language) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Long texts edited on both sides: those merged cleanly, and those kept as conflicts to resolve. */
export function TextOutcomes({ merged, conflicts }: { merged: readonly TextOutcomeOutput[]; conflicts: readonly TextOutcomeOutput[] }) {
  const { t } = useTranslation();
  if (merged.length === 0 && conflicts.length === 0) return null;
  return (
    <section className="card import-texts-card" aria-labelledby="import-texts-title">
      <h2 id="import-texts-title">{t('exchange.preview.textsTitle')}</h2>
      {merged.length > 0 ? (
        <>
          <p>{t('exchange.preview.mergedIntro')}</p>
          <OutcomeList outcomes={merged} />
        </>
      ) : null}
      {conflicts.length > 0 ? (
        <div className="import-conflicts">
          <p>{t('exchange.preview.conflictsIntro')}</p>
          <OutcomeList outcomes={conflicts} />
        </div>
      ) : null}
    </section>
  );
}
