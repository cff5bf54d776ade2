import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import type { ExportOutcome } from '../../../../shared/ipc/export-contract';
import type { Language } from '../../../../shared/schema/common';
import { errorText } from '../../api/errorText';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../layout/Page';
import { formatFileSize } from '../../lib/fileSize';
import { parseWhat, targetOf, type ExportChoice } from '../shared/export/exportWhat';
import { DocumentPreview } from './DocumentPreview';
import { ExportFormatFields, type FormatChoice } from './ExportFormatFields';
import { ExportProgress } from './ExportProgress';
import { ExportTargetFields } from './ExportTargetFields';
import { useExportJob } from './useExportJob';
import { useExportPreview } from './useExportPreview';

type Result = { tone: 'status' | 'error'; text: string };

/** /export?what=issue:ID — a new choice for every link followed (the menu, a record's "Export…"). */
export function ExportRoute() {
  const { search } = useLocation();
  return <ExportPage key={search} search={search} />;
}

/**
 * The export screen: what the summary is about, its format and language; a preview of its content;
 * then the native save dialog, progress with cancel, and a plain word on what happened.
 */
export function ExportPage({ search }: { search: string }) {
  const { t, i18n } = useTranslation();
  const uiLanguage = i18n.language as Language;
  const [choice, setChoice] = useState<ExportChoice>(() => {
    const params = new URLSearchParams(search);
    return parseWhat(params.get('what'), params.get('dissent') === '1');
  });
  const [format, setFormat] = useState<FormatChoice>({ format: 'pdf', lang: uiLanguage, delimiter: uiLanguage === 'ru' ? ';' : ',' });
  const [result, setResult] = useState<Result | null>(null);
  const target = targetOf(choice);
  const preview = useExportPreview(target, format.lang);
  const job = useExportJob();

  const describe = (outcome: ExportOutcome): Result | null => {
    switch (outcome.status) {
      case 'saved':
        return { tone: 'status', text: t('export.saved', { file: outcome.fileName, size: formatFileSize(outcome.bytes, uiLanguage) }) };
      case 'cancelled':
        // Closing the save dialog is the user's own decision: nothing to report.
        return outcome.stage === 'export' ? { tone: 'status', text: t('export.cancelled') } : null;
      case 'failed':
        return { tone: 'error', text: `${t(`export.failed.${outcome.code}`)} ${t('export.nothingWritten')}` };
    }
  };

  const save = async () => {
    if (!target) return;
    setResult(null);
    try {
      setResult(describe(await job.run(target, format)));
    } catch (error) {
      setResult({ tone: 'error', text: errorText(t, error) });
    }
  };

  return (
    <Page title={t('export.title')} intro={t('export.intro')} className="export-page">
      <div className="card export-settings">
        <ExportTargetFields choice={choice} onChange={setChoice} />
        <ExportFormatFields value={format} onChange={setFormat} />
      </div>
      <div className="export-actions">
        <Button className="button button-primary" isDisabled={!target || job.running !== null} onPress={() => void save()}>
          {t('export.save')}
        </Button>
        <span className="field-hint">{target ? t('export.saveHint') : t('export.what.choose')}</span>
        {job.running ? <ExportProgress running={job.running} onCancel={() => void job.cancel()} /> : null}
      </div>
      <div role="status" className="export-result">
        {result?.tone === 'status' ? <p className="notice-inline">{result.text}</p> : null}
      </div>
      <div role="alert">
        {result?.tone === 'error' ? (
          <div className="error-notice">
            <strong>{t('export.failedTitle')}.</strong> {result.text}
          </div>
        ) : null}
      </div>
      <section className="export-preview" aria-labelledby="export-preview-title" aria-busy={preview.loading}>
        <h2 id="export-preview-title">{t('export.preview.title')}</h2>
        <p className="field-hint">{t('export.preview.note')}</p>
        <ErrorNotice error={preview.error} />
        {!target ? <p className="empty-state">{t('export.what.choose')}</p> : null}
        {target && preview.loading ? <p className="muted">{t('export.preview.loading')}</p> : null}
        {target && preview.preview ? <DocumentPreview preview={preview.preview} format={format.format} /> : null}
      </section>
    </Page>
  );
}
