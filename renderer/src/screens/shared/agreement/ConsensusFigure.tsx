import { useTranslation } from 'react-i18next';
import type { GroupConsensus } from '../../../../../shared/agreement/group-consensus';
import type { Side } from '../../../../../shared/agreement/stances';
import { formatCount, formatIndex, formatPercent, sideLabel } from './figures';

interface Props {
  kind: 'districts' | 'groups';
  consensus: GroupConsensus | null;
  side: Side;
  /** The display name of a district or group id. */
  nameOf: (id: string) => string;
}

/**
 * Consensus across districts (or groups), with the small-group correction said in one sentence
 * and, behind a disclosure, each district's counts that the figure rests on.
 */
export function ConsensusFigure({ kind, consensus, side, nameOf }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const districts = kind === 'districts';
  const title = t(districts ? 'alliance.consensus.districts' : 'alliance.consensus.groups');
  if (!consensus) {
    return (
      <div className="figure">
        <h3 className="figure-title">{title}</h3>
        <p className="figure-value">{t(districts ? 'alliance.consensus.none' : 'alliance.consensus.noGroups')}</p>
      </div>
    );
  }
  const groupsText = t(districts ? 'alliance.consensus.groupsCount' : 'alliance.consensus.groupsOfGroups', { count: consensus.groups });
  const rows = [...consensus.perGroup].sort((a, b) => b.stances - a.stances || nameOf(a.group).localeCompare(nameOf(b.group), language));
  return (
    <div className="figure">
      <h3 className="figure-title">{title}</h3>
      <p className="figure-value">{t('alliance.consensus.value', { value: formatIndex(consensus.score, language), groups: groupsText })}</p>
      <p className="figure-hint">{t(districts ? 'alliance.consensus.correction' : 'alliance.consensus.correctionGroups')}</p>
      <details className="rests-on">
        <summary>{t('alliance.consensus.restsOn')}</summary>
        <table className="data-table compact-table">
          <caption className="visually-hidden">
            {t(districts ? 'alliance.consensus.tableCaption' : 'alliance.consensus.tableCaptionGroups', { side: sideLabel(t, side) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t(districts ? 'alliance.consensus.group' : 'alliance.consensus.groupOfGroups')}</th>
              <th scope="col" className="num">
                {t('alliance.consensus.stances')}
              </th>
              <th scope="col" className="num">
                {t('alliance.consensus.onSide', { side: sideLabel(t, side) })}
              </th>
              <th scope="col" className="num">
                {t('alliance.consensus.smoothed')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.group}>
                <th scope="row">{nameOf(row.group)}</th>
                <td className="num">{formatCount(row.stances, language)}</td>
                <td className="num">{formatCount(row.onSide, language)}</td>
                <td className="num">{formatPercent(row.share, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
