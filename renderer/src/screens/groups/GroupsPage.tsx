import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCollection } from '../../api/useCollection';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../layout/Page';

export function GroupsPage() {
  const { t } = useTranslation();
  const groups = useCollection('groups', { orderBy: 'name' });
  const deputies = useCollection('deputies');
  // Membership lives on deputies (groupIds), so a group's size is counted from them.
  const sizes = useMemo(() => {
    const counts = new Map<string, number>();
    for (const deputy of deputies.items ?? []) for (const id of deputy.groupIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }, [deputies.items]);

  return (
    <Page
      title={t('groups.title')}
      intro={t('groups.intro')}
      actions={
        <Link className="button button-primary" to="/groups/new">
          {t('groups.add')}
        </Link>
      }
    >
      <ErrorNotice error={groups.error ?? deputies.error} />
      {groups.items === undefined ? <p className="muted">{t('common.loading')}</p> : null}
      {groups.items?.length === 0 ? <p className="empty-state">{t('groups.empty')}</p> : null}
      <ul className="card-list">
        {(groups.items ?? []).map((group) => (
          <li key={group.id} className="card group-card">
            <h2 className="group-title">
              <Link to={`/groups/${group.id}`}>{group.name}</Link>
            </h2>
            <p className="muted">
              {t(`groups.kinds.${group.kind}`)} · {t('groups.members', { count: sizes.get(group.id) ?? 0 })}
            </p>
            {group.description ? <p className="group-description">{group.description}</p> : null}
          </li>
        ))}
      </ul>
    </Page>
  );
}
