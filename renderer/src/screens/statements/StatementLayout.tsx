import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useParams } from 'react-router-dom';
import { useCollection } from '../../api/useCollection';
import { useRecord } from '../../api/useRecord';
import { ErrorNotice } from '../../components/ErrorNotice';
import { BackLink } from '../../layout/BackLink';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { Page } from '../../layout/Page';
import { useOpenWorkspace } from '../../state/WorkspaceProvider';
import { ExportButton } from '../shared/export/ExportButton';
import { useSignatures } from './data';
import { ResignBanner } from './ResignBanner';
import type { StatementContextValue } from './statementContext';
import { StatusBar } from './StatusBar';

const SECRETARY = { kind: 'secretary' } as const;

const SECTIONS = [
  { path: '', key: 'text' },
  { path: 'edit', key: 'edit' },
  { path: 'versions', key: 'versions' },
  { path: 'review', key: 'review' },
  { path: 'signatures', key: 'signatures' },
  { path: 'dissent', key: 'dissent' },
] as const;

/** /statements/:id/* — the statement's title, status and sections; each section is a child route. */
export function StatementLayout() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // Inside the app shell "who am I" is always set; the fallback only satisfies the type.
  const identity = useOpenWorkspace().identity ?? SECRETARY;
  const { record: statement, error } = useRecord('statements', id);
  const { items: versions, error: versionsError } = useCollection('statementVersions', { where: { statementId: id }, orderBy: 'number' });
  const { signatures, error: signaturesError } = useSignatures(id);
  const { items: deputies } = useCollection('deputies');
  const { items: principles } = useCollection('principles', { orderBy: 'number' });

  const names = useMemo(() => new Map((deputies ?? []).map((deputy) => [deputy.id, deputy.name])), [deputies]);
  const deputyName = useCallback((deputyId: string) => names.get(deputyId) ?? t('statements.unknownDeputy'), [names, t]);
  const authorName = useCallback((author: string) => (author === 'secretary' ? t('statements.secretary') : deputyName(author)), [deputyName, t]);
  const numbers = useMemo(() => new Map((versions ?? []).map((version) => [version.id, version.number])), [versions]);

  const value = useMemo<StatementContextValue | undefined>(() => {
    if (!statement || !versions || !principles) return undefined;
    return {
      statement,
      versions,
      current: versions.find((version) => version.id === statement.currentVersionId),
      signatures,
      principles,
      identity,
      deputyName,
      authorName,
      versionNumber: (versionId) => numbers.get(versionId),
    };
  }, [statement, versions, signatures, principles, identity, deputyName, authorName, numbers]);

  if (statement === null) return <NotFoundPage listPath="/statements" />;
  const back = <BackLink to="/statements" label={t('statements.title')} />;
  if (!value) {
    return (
      <Page title={t('statements.title')} back={back}>
        <ErrorNotice error={error ?? versionsError} />
        <p className="muted">{t('common.loading')}</p>
      </Page>
    );
  }
  return (
    <Page
      title={value.statement.title}
      back={back}
      className="statement-page"
      actions={<ExportButton what={`statement:${id}`} dissent={value.statement.dissentAnnex.trim() !== ''} />}
    >
      <ErrorNotice error={error ?? versionsError ?? signaturesError} />
      <StatusBar context={value} />
      <ResignBanner context={value} />
      <nav className="stmt-sections" aria-label={t('statements.sections.label')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.key}>
              <NavLink end to={section.path === '' ? `/statements/${id}` : `/statements/${id}/${section.path}`} className={({ isActive }) => `stmt-section-link${isActive ? ' is-active' : ''}`}>
                {t(`statements.sections.${section.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={value} />
    </Page>
  );
}
