import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { IssueCategorySchema } from '../../../../shared/schema/entities';
import { oneOf } from '../../lib/oneOf';
import { formatCount, formatIndex } from '../shared/agreement/figures';

export type IssueFigures = ChannelOutput<'agreement:overview'>['common'][number];

interface Props {
  caption: string;
  rows: readonly IssueFigures[];
}

/** Issues with their figures, each beside the counts it rests on; titles link to the issue. */
export function FiguresTable({ caption, rows }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const n = (count: number) => formatCount(count, language);
  return (
    <div className="table-scroll figures-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table figures-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('alliance.common.columns.issue')}</th>
            <th scope="col">{t('alliance.common.columns.category')}</th>
            <th scope="col">{t('alliance.common.columns.majority')}</th>
            <th scope="col" className="num">
              {t('alliance.common.columns.index')}
            </th>
            <th scope="col" className="num">
              {t('alliance.common.columns.consensus')}
            </th>
            <th scope="col" className="num">
              {t('alliance.common.columns.counts')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.issueId}>
              <th scope="row" className="figures-issue">
                <Link to={`/issues/${row.issueId}`}>{row.title}</Link>
              </th>
              <td>{oneOf(IssueCategorySchema.options, row.category) ? t(`alliance.categories.${row.category}`) : row.category}</td>
              <td>{row.majoritySide ? t(`alliance.sides.${row.majoritySide}`) : t('alliance.common.noMajority')}</td>
              <td className="num">{row.agreementIndex === null ? '—' : formatIndex(row.agreementIndex, language)}</td>
              <td className="num">
                {row.districtConsensus
                  ? t('alliance.common.consensusValue', {
                      value: formatIndex(row.districtConsensus.score, language),
                      groups: t('alliance.common.districts', { count: row.districtConsensus.groups }),
                    })
                  : '—'}
              </td>
              <td className="num">
                {n(row.withStance)} / {n(row.counts.abstain)} / {n(row.withoutStance)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
