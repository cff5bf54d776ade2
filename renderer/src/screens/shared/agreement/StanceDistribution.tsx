import { useTranslation } from 'react-i18next';
import type { StanceCounts } from '../../../../../shared/agreement/stances';
import { formatCount, formatPercent, STANCE_ORDER } from './figures';

interface Props {
  counts: StanceCounts;
  /** Deputies in scope without a stance (no position, or undecided). */
  withoutStance: number;
  withStance: number;
}

type Part = keyof StanceCounts | 'none';

/**
 * The stance distribution as one stacked bar with the numbers beside it. The bar is decoration
 * for sighted readers; the list under it carries every figure, for everyone.
 */
export function StanceDistribution({ counts, withoutStance, withStance }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const total = withStance + withoutStance;
  const parts: { part: Part; count: number }[] = [
    ...STANCE_ORDER.map((stance) => ({ part: stance as Part, count: counts[stance] })),
    { part: 'none', count: Math.max(0, withoutStance - counts.undecided) },
  ];
  const share = (count: number) => (total === 0 ? 0 : count / total);
  return (
    <div className="stance-distribution">
      <div className="stance-bar" aria-hidden="true">
        {parts
          .filter(({ count }) => count > 0)
          .map(({ part, count }) => (
            // The width is data, set through the CSSOM (allowed by the CSP), not a style attribute.
            <span key={part} className={`stance-bar-part stance-${part}`} style={{ flexGrow: count }} />
          ))}
      </div>
      <ul className="stance-legend">
        {parts.map(({ part, count }) => (
          <li key={part}>
            <span className={`stance-swatch stance-${part}`} aria-hidden="true" />
            <span className="stance-legend-label">{t(`alliance.stances.${part}`)}</span>
            <span className="stance-legend-count">
              {t('alliance.panel.share', { n: formatCount(count, language), percent: formatPercent(share(count), language) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
