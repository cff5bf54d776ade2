import { useTranslation } from 'react-i18next';
import { formatCount } from './figures';

interface Props {
  withStance: number;
  abstain: number;
  withoutStance: number;
}

/** What every figure of an issue rests on: who took a stance, who abstained, who gave none. */
export function CountsList({ withStance, abstain, withoutStance }: Props) {
  const { t, i18n } = useTranslation();
  const n = (count: number) => formatCount(count, i18n.language);
  return (
    // A named group around the list: a <dl> itself takes no accessible name.
    <div role="group" aria-label={t('alliance.counts.label')}>
      <dl className="counts-list">
        <div>
          <dt>{t('alliance.counts.withStance')}</dt>
          <dd>{n(withStance)}</dd>
        </div>
        <div>
          <dt>{t('alliance.counts.abstained')}</dt>
          <dd>{n(abstain)}</dd>
        </div>
        <div>
          <dt>
            {t('alliance.counts.without')} <span className="muted">({t('alliance.counts.withoutHint')})</span>
          </dt>
          <dd>{n(withoutStance)}</dd>
        </div>
        <div>
          <dt>{t('alliance.counts.total')}</dt>
          <dd>{n(withStance + withoutStance)}</dd>
        </div>
      </dl>
    </div>
  );
}
