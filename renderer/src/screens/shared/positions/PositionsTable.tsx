import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router-dom';
import type { ChannelOutput } from '../../../../../shared/ipc/contract';
import type { Deputy, Position } from '../../../../../shared/schema/collections';
import { ProvenanceLine } from './ProvenanceLine';

export type StanceItem = ChannelOutput<'stances:list'>['items'][number];

interface Props {
  items: readonly StanceItem[];
  /** Show whose position each row is (the secretary's list across the alliance). */
  deputies?: ReadonlyMap<string, Deputy>;
  /** The deputy looking at their own positions: unconfirmed rows get "Confirm". */
  onConfirm?: (position: Position, title: string) => void;
  /** Who may change these positions: the deputy themself ('own'), the secretary ('onBehalf'), or nobody here. */
  editable?: 'own' | 'onBehalf';
  label: string;
}

/** Positions with their issue, stance and provenance, and what can be done with each. */
export function PositionsTable({ items, deputies, onConfirm, editable, label }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      <table className="positions-table">
        <thead>
          <tr>
            <th scope="col" className="col-issue">
              {t('positions.page.columns.issue')}
            </th>
            {deputies ? <th scope="col">{t('positions.page.columns.deputy')}</th> : null}
            <th scope="col">{t('positions.page.columns.stance')}</th>
            <th scope="col" className="col-provenance">
              {t('positions.page.columns.provenance')}
            </th>
            {editable ? <th scope="col">{t('positions.page.columns.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map(({ position, issue }) => {
            const title = issue?.title ?? t('positions.page.issueGone');
            const unconfirmedOwn = editable === 'own' && !position.provenance.confirmed;
            const formPath = `/issues/${position.issueId}/position${editable === 'onBehalf' ? `?deputy=${position.deputyId}` : ''}`;
            return (
              // In a deputy's own list the few rows awaiting their confirmation stand out; in the list of those awaiting it, all would.
              <tr key={position.id} className={unconfirmedOwn ? 'is-unconfirmed' : undefined}>
                <th scope="row">
                  {issue ? <Link to={`/issues/${issue.id}`}>{title}</Link> : title}
                </th>
                {deputies ? (
                  <td>
                    <Link to={`/deputies/${position.deputyId}/view`}>{deputies.get(position.deputyId)?.name ?? position.deputyId}</Link>
                  </td>
                ) : null}
                <td>
                  <span className={`stance-badge stance-badge-${position.stance}`}>{t(`positions.stances.${position.stance}`)}</span>
                </td>
                <td>
                  <ProvenanceLine provenance={position.provenance} />
                </td>
                {editable ? (
                  <td className="cell-actions">
                    {onConfirm && !position.provenance.confirmed ? (
                      <Button className="button button-primary" aria-label={t('positions.confirmLabel', { title })} onPress={() => onConfirm(position, title)}>
                        {t('positions.confirm')}
                      </Button>
                    ) : null}
                    {issue ? (
                      <Link className="button" to={formPath} aria-label={unconfirmedOwn ? t('positions.correctLabel', { title }) : t('positions.changeLabel', { title })}>
                        {unconfirmedOwn ? t('positions.correct') : t('positions.change')}
                      </Link>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
