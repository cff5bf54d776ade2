import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useSearchParams } from 'react-router-dom';
import { call, toApiError, type ApiError } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectInput } from '../../components/SelectInput';
import { formatDateTime } from '../../lib/format';
import { useAnnounce } from '../../state/Announcer';
import { statementErrorText } from './data';
import { DiffView, type DiffPart } from './DiffView';
import { isTextEditable, useStatement } from './statementContext';

/** /statements/:id/versions — every saved version, a comparison of any two, and restoring an old one. */
export function VersionsPage() {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const { statement, versions, current, signatures, authorName } = useStatement();
  // The pair to compare starts from the address (the re-sign banner links to it) and then stays
  // local: changing the address would count as a navigation and move focus to the heading.
  const [params] = useSearchParams();
  const [choice, setChoice] = useState(() => ({ from: params.get('from'), to: params.get('to') }));
  const latest = versions.at(-1);
  const previous = versions.at(-2) ?? latest;
  const from = versions.find((version) => version.id === choice.from) ?? previous;
  const to = versions.find((version) => version.id === choice.to) ?? latest;
  const [diff, setDiff] = useState<{ key: string; parts: DiffPart[] }>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const diffKey = from && to ? `${from.id}:${to.id}` : '';
  useEffect(() => {
    if (!from || !to) return;
    let live = true;
    call('statements:diff', { fromVersionId: from.id, toVersionId: to.id }).then(
      (parts) => live && setDiff({ key: `${from.id}:${to.id}`, parts }),
      (failure: unknown) => live && setError(toApiError(failure)),
    );
    return () => {
      live = false;
    };
  }, [from, to]);

  const choose = (which: 'from' | 'to', id: string) => setChoice({ from: from?.id ?? null, to: to?.id ?? null, [which]: id });

  const restore = async (versionId: string, number: number) => {
    setBusy(true);
    try {
      const restored = await call('statements:restoreVersion', { versionId });
      announce(t('statements.versions.restored', { number, newNumber: Number(restored.number) }));
    } catch (failure) {
      announce(statementErrorText(t, failure), 'error');
    } finally {
      setBusy(false);
    }
  };

  const signedWith = (hash: string) => (signatures ?? []).filter((status) => status.signature.hash === hash).length;
  const options = versions.map((version) => ({ id: version.id, label: t('statements.versionTitle', { number: version.number }) }));
  const canRestore = isTextEditable(statement);
  return (
    <>
      <section className="card" aria-labelledby="versions-title">
        <h2 id="versions-title">
          {t('statements.versions.title')}
          <span className="count-badge">{t('statements.versions.count', { count: versions.length })}</span>
        </h2>
        <table className="statement-table">
          <thead>
            <tr>
              <th scope="col">{t('statements.versions.number')}</th>
              <th scope="col">{t('statements.versions.author')}</th>
              <th scope="col">{t('statements.versions.savedAt')}</th>
              <th scope="col">{t('statements.versions.signatures')}</th>
              <th scope="col">{t('statements.versions.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((version) => (
              <tr key={version.id} aria-current={version.id === current?.id ? 'true' : undefined}>
                <th scope="row">
                  {t('statements.versionTitle', { number: version.number })}
                  {version.id === current?.id ? <span className="stmt-tag">{t('statements.versions.current')}</span> : null}
                </th>
                <td>{authorName(version.author)}</td>
                <td>{formatDateTime(version.savedAt, i18n.language)}</td>
                <td>{t('statements.versions.signedWith', { count: signedWith(version.hash) })}</td>
                <td>
                  {version.id !== current?.id && canRestore ? (
                    <Button className="button button-quiet" isDisabled={busy} onPress={() => void restore(version.id, version.number)}>
                      {t('statements.versions.restore', { number: version.number })}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="diff-title">
        <h2 id="diff-title">{t('statements.diff.title')}</h2>
        {versions.length < 2 ? <p className="muted">{t('statements.diff.onlyOne')}</p> : null}
        {from && to && versions.length >= 2 ? (
          <>
            <div className="form-row">
              <SelectInput label={t('statements.diff.from')} options={options} value={from.id} onChange={(id) => choose('from', id)} />
              <SelectInput label={t('statements.diff.to')} options={options} value={to.id} onChange={(id) => choose('to', id)} />
            </div>
            <ErrorNotice error={error} />
            <h3 className="stmt-diff-heading">{t('statements.diff.heading', { from: from.number, to: to.number })}</h3>
            {diff && diff.key === diffKey ? <DiffView parts={diff.parts} lang={statement.language} /> : <p className="muted">{t('common.loading')}</p>}
          </>
        ) : null}
      </section>
    </>
  );
}
