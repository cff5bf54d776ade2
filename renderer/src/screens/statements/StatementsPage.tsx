import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Input, Label, SearchField } from 'react-aria-components';
import { Link } from 'react-router-dom';
import { useCollection } from '../../api/useCollection';
import { ErrorNotice } from '../../components/ErrorNotice';
import { RadioChoice } from '../../components/RadioChoice';
import { Page } from '../../layout/Page';
import { useStatementList } from './data';
import { StatementGroupSection } from './StatementGroupSection';
import { GROUPINGS, groupStatements, type Grouping } from './statementGroups';

/** /statements — every joint statement by status, by issue or by signer, with its signature counts. */
export function StatementsPage() {
  const { t, i18n } = useTranslation();
  const { statements, error } = useStatementList();
  const { items: issues } = useCollection('issues');
  const { items: deputies } = useCollection('deputies');
  const [grouping, setGrouping] = useState<Grouping>('status');
  const [query, setQuery] = useState('');

  const groups = useMemo(() => {
    const issueTitles = new Map((issues ?? []).map((issue) => [issue.id, issue.title]));
    const deputyNames = new Map((deputies ?? []).map((deputy) => [deputy.id, deputy.name]));
    return groupStatements(statements ?? [], grouping, query, {
      status: (status) => t(`statements.status.${status}`),
      issue: (id) => issueTitles.get(id) ?? t('statements.unknownIssue'),
      deputy: (id) => deputyNames.get(id) ?? t('statements.unknownDeputy'),
      noIssue: t('statements.list.noIssue'),
      locale: i18n.language,
    });
  }, [statements, grouping, query, issues, deputies, t, i18n.language]);

  const unsigned = (statements ?? []).filter((statement) => statement.signers.length === 0).length;
  const found = new Set(groups.flatMap((group) => group.items.map((item) => item.statement.id))).size;
  return (
    <Page
      title={t('statements.title')}
      intro={t('statements.intro')}
      actions={
        <Link className="button button-primary" to="/statements/new">
          {t('statements.add')}
        </Link>
      }
    >
      <ErrorNotice error={error} />
      {statements === undefined ? <p className="muted">{t('common.loading')}</p> : null}
      {statements?.length === 0 ? <p className="empty-state">{t('statements.list.empty')}</p> : null}
      {statements && statements.length > 0 ? (
        <>
          <div className="statement-filters card">
            <RadioChoice<Grouping>
              legend={t('statements.list.groupBy')}
              choices={GROUPINGS.map((value) => ({ value, label: t(`statements.list.by.${value}`) }))}
              value={grouping}
              onChange={setGrouping}
            />
            <SearchField className="field field-search" value={query} onChange={setQuery}>
              <Label className="field-label">{t('statements.list.search')}</Label>
              <Input className="field-control" />
            </SearchField>
          </div>
          <p className="muted" role="status">
            {query.trim() ? t('statements.list.shown', { shown: found, count: statements.length }) : t('statements.list.count', { count: statements.length })}
            {grouping === 'signer' && unsigned > 0 ? ` ${t('statements.list.unsigned', { count: unsigned })}` : ''}
          </p>
          {groups.length === 0 ? <p className="empty-state">{t('statements.list.noMatches')}</p> : null}
          {groups.map((group) => (
            <StatementGroupSection key={group.key} group={group} grouping={grouping} />
          ))}
        </>
      ) : null}
    </Page>
  );
}
