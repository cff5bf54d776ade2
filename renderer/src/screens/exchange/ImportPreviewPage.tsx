import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { BundleCheck, ExchangeRefusalCode, ImportOutcome } from '../../../../shared/ipc/exchange-contract';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { BackLink } from '../../layout/BackLink';
import { Page } from '../../layout/Page';
import { useAnnounce } from '../../state/Announcer';
import { BundleReceiveCard } from './BundleReceiveCard';
import { CollectionChanges } from './CollectionChanges';
import { ImportSummary } from './ImportSummary';
import { MassDeleteConfirm } from './MassDeleteConfirm';
import { TextOutcomes } from './TextOutcomes';
import type { ImportPageState } from './useBundleCheck';

type Preview = Extract<BundleCheck, { status: 'preview' }>;

/** A refused bundle: why, in plain words, and that nothing changed. */
function Refusal({ code }: { code: ExchangeRefusalCode }) {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <div className="error-notice">
        <strong>{t('exchange.preview.refusedTitle')}.</strong> {t(`exchange.refused.${code}`)}{' '}
        {t('exchange.preview.unchanged')}
      </div>
    </div>
  );
}

/** The dry run of one bundle, and the import as a whole once the user agrees. */
function PreviewView({ check }: { check: Preview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { preview } = check;
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const needsConfirm = preview.massDelete.required && !confirmed;

  const apply = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const answer = await call('exchange:apply', { token: check.token, confirmMassDelete: confirmed });
      if (answer.status === 'applied') announce(t('exchange.preview.applied', { count: answer.written }));
      setOutcome(answer);
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };
  const discard = async () => {
    await call('exchange:discard', { token: check.token }).catch(() => null);
    announce(t('exchange.preview.discarded'));
    navigate('/exchange');
  };

  if (outcome?.status === 'applied') {
    const conflicts = outcome.preview.conflicts.length;
    return (
      <>
        <div className="card import-applied">
          <p>{t('exchange.preview.applied', { count: outcome.written })}</p>
          {conflicts > 0 ? <p>{t('exchange.preview.appliedConflicts')}</p> : null}
        </div>
        <div className="form-actions">
          {conflicts > 0 ? (
            <Link className="button button-primary" to="/exchange/conflicts">
              {t('exchange.conflictsCard.open')}
            </Link>
          ) : null}
          <Link className="button" to="/exchange">
            {t('exchange.preview.back')}
          </Link>
        </div>
      </>
    );
  }

  return (
    <>
      <ImportSummary fileName={check.fileName} preview={preview} />
      {preview.empty ? null : (
        <>
          <CollectionChanges preview={preview} />
          <TextOutcomes merged={preview.merged} conflicts={preview.conflicts} />
          {preview.massDelete.required ? <MassDeleteConfirm massDelete={preview.massDelete} confirmed={confirmed} onConfirm={setConfirmed} /> : null}
        </>
      )}
      {outcome?.status === 'refused' ? <Refusal code={outcome.code} /> : null}
      <div role="alert">{failure ? <div className="error-notice">{failure}</div> : null}</div>
      <div className="form-actions import-actions">
        {preview.empty ? null : (
          <Button className="button button-primary" isDisabled={busy || needsConfirm} onPress={() => void apply()}>
            {busy ? t('exchange.preview.applying') : t('exchange.preview.apply')}
          </Button>
        )}
        <Button className="button" isDisabled={busy} onPress={() => void discard()}>
          {t('exchange.preview.cancel')}
        </Button>
        {needsConfirm ? <span className="field-hint">{t('exchange.preview.confirmFirst')}</span> : null}
      </div>
    </>
  );
}

/** /exchange/import — the answer of a bundle check (a preview, or a refusal), carried in the route's state. */
export function ImportPreviewPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const check = (location.state as ImportPageState | null)?.check;
  const back = <BackLink to="/exchange" label={t('exchange.preview.back')} />;
  return (
    <Page title={t('exchange.preview.title')} back={back} className="import-page">
      {!check ? (
        <>
          <p className="empty-state">{t('exchange.preview.none')}</p>
          <BundleReceiveCard />
        </>
      ) : check.status === 'refused' ? (
        <>
          <p className="import-file">{t('exchange.preview.file', { name: check.fileName })}</p>
          <Refusal code={check.code} />
          <BundleReceiveCard />
        </>
      ) : (
        // Keyed by token: another bundle checked while here starts a fresh preview.
        <PreviewView key={check.token} check={check} />
      )}
    </Page>
  );
}
