import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ExportFormatter } from '../../../../shared/export/i18n/format';
import { richTextToBlocks } from '../../../../shared/export/rich-text';
import type { ConflictView } from '../../../../shared/ipc/exchange-contract';
import type { Language } from '../../../../shared/schema/common';
import { TextInput } from '../../components/TextInput';
import { formatDateTime } from '../../lib/format';
import { DocumentBlocks } from '../shared/export/DocumentBlocks';
import { authorText, conflictFieldText } from './exchangeText';

/** A text as a reader sees it: a statement's rich text drawn safely as elements, plain text with its line breaks. */
function TextView({ text, rich }: { text: string; rich: boolean }) {
  const { t, i18n } = useTranslation();
  const fmt = useMemo(() => new ExportFormatter(i18n.language as Language), [i18n.language]);
  if (text.trim() === '') return <p className="muted">{t('exchange.conflicts.emptyText')}</p>;
  if (!rich) return <p className="conflict-plain">{text}</p>;
  return <DocumentBlocks blocks={richTextToBlocks(text)} fmt={fmt} tableLabel={(name) => name} />;
}

/**
 * One text conflict: the common original and every version side by side; keep one version, or
 * start from one and edit it into the final text.
 */
export function ConflictCard({ conflict, onResolve }: { conflict: ConflictView; onResolve: (text: string) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = conflictFieldText(t, conflict.field);
  const headingId = `conflict-${conflict.id}`;
  const resolve = async (text: string) => {
    setBusy(true);
    try {
      await onResolve(text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card conflict" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exchange.conflicts.heading', { title: conflict.title, field })}</h2>
      <p className="muted">{t('exchange.conflicts.showing')}</p>
      <div className="conflict-base">
        <h3>{t('exchange.conflicts.base')}</h3>
        {conflict.base === '' ? <p className="muted">{t('exchange.conflicts.noBase')}</p> : <TextView text={conflict.base} rich={conflict.rich} />}
      </div>
      <div className="conflict-versions">
        {conflict.versions.map((version) => {
          const who = authorText(t, version.author, version.authorName);
          const when = version.at ? formatDateTime(version.at, i18n.language) : '';
          return (
            <div key={version.clock} className="conflict-version">
              <h3>{t('exchange.conflicts.version', { author: who, date: when })}</h3>
              <TextView text={version.text} rich={conflict.rich} />
              <div className="conflict-version-actions">
                <Button className="button" isDisabled={busy} aria-label={t('exchange.conflicts.useVersionLabel', { author: who, date: when })} onPress={() => void resolve(version.text)}>
                  {t('exchange.conflicts.useVersion')}
                </Button>
                <Button className="button button-quiet" isDisabled={busy} aria-label={t('exchange.conflicts.startFromLabel', { author: who, date: when })} onPress={() => setDraft(version.text)}>
                  {t('exchange.conflicts.startFrom')}
                </Button>
              </div>
            </div>
          );
        })}
      </div>
      {draft === null ? null : (
        <div className="conflict-merge">
          <TextInput label={t('exchange.conflicts.merged')} description={t('exchange.conflicts.mergedHint')} value={draft} onChange={setDraft} multiline rows={8} />
          <div className="form-actions">
            <Button className="button button-primary" isDisabled={busy} onPress={() => void resolve(draft)}>
              {t('exchange.conflicts.save')}
            </Button>
            <Button className="button" isDisabled={busy} onPress={() => setDraft(null)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
