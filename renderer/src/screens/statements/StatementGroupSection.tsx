import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../lib/format';
import { SignatureCounts } from './SignatureCounts';
import { StatusBadge } from './StatusBadge';
import type { Grouping, GroupItem, StatementGroup } from './statementGroups';

/** A long group shows this many statements until asked for all (a signer may have hundreds). */
const FIRST_ITEMS = 50;

export function StatementGroupSection({ group, grouping }: { group: StatementGroup; grouping: Grouping }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [all, setAll] = useState(false);
  const shown = all ? group.items : group.items.slice(0, FIRST_ITEMS);
  return (
    <section className="statement-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {grouping === 'signer' && group.subject ? <Link to={`/deputies/${group.subject}`}>{group.title}</Link> : group.title}
        <span className="count-badge">{t(grouping === 'signer' ? 'statements.list.signedCount' : 'statements.list.count', { count: group.items.length })}</span>
      </h2>
      <ul className="statement-list">
        {shown.map((item) => (
          <StatementListItem key={item.statement.id} item={item} showStatus={grouping !== 'status'} />
        ))}
      </ul>
      {shown.length < group.items.length ? (
        <Button className="button" onPress={() => setAll(true)}>
          {t('statements.list.showAll', { count: group.items.length })}
        </Button>
      ) : null}
    </section>
  );
}

/** One statement; its status is left out where the group's heading already says it. */
function StatementListItem({ item, showStatus }: { item: GroupItem; showStatus: boolean }) {
  const { t, i18n } = useTranslation();
  const { statement, signer } = item;
  return (
    <li className="statement-item card">
      <h3 className="statement-item-title">
        <Link to={`/statements/${statement.id}`}>{statement.title}</Link>
      </h3>
      <p className="statement-meta">
        {showStatus ? <StatusBadge status={statement.status} /> : null}
        <span>{statement.versionNumber === null ? t('statements.noVersion') : t('statements.versionNumber', { number: statement.versionNumber })}</span>
        <span>{t(`statements.language.${statement.language}`)}</span>
        <span>{t('statements.list.updated', { when: formatDateTime(statement.updatedAt, i18n.language) })}</span>
      </p>
      {signer ? (
        <p className="statement-signer">{t(`statements.list.signer.${signer.state}${signer.confirmed ? '' : 'Unconfirmed'}`)}</p>
      ) : null}
      <SignatureCounts counts={statement.counts} />
    </li>
  );
}
