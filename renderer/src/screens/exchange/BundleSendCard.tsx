import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Peer } from '../../../../shared/ipc/exchange-contract';
import { errorText } from '../../api/errorText';
import { call } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { authorText, joinNames } from './exchangeText';

const EVERYTHING = 'everything';

/** Saves a bundle — everything, or what a peer device lacks since its last bundle — where the user chooses. */
export function BundleSendCard({ peers, focus }: { peers: readonly Peer[]; focus: boolean }) {
  const { t, i18n } = useTranslation();
  const [since, setSince] = useState<string>(EVERYTHING);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ tone: 'status' | 'error'; text: string } | null>(null);
  const saveButton = useRef<HTMLButtonElement>(null);

  // Opened from the menu ("Save an exchange bundle…"): start at the button.
  useEffect(() => {
    if (focus) saveButton.current?.focus();
  }, [focus]);

  /** What tells one peer from another: when its last bundle came, and whose edits it carried. */
  const peerDetail = (peer: Peer) => {
    const parts: string[] = [];
    if (peer.lastBundleAt) parts.push(t('exchange.send.sinceDetail', { date: formatDateTime(peer.lastBundleAt, i18n.language) }));
    if (peer.authors.length) {
      parts.push(t('exchange.send.sinceAuthors', { names: joinNames(peer.authors.map((a) => authorText(t, a.author, a.authorName)), i18n.language) }));
    }
    return parts.join('; ');
  };
  const options = [
    { value: EVERYTHING, label: t('exchange.send.everything'), detail: '' },
    ...peers.map((peer) => ({ value: peer.device, label: t('exchange.send.since', { device: peer.device }), detail: peerDetail(peer) })),
  ];

  const save = async () => {
    setBusy(true);
    setResult(null);
    try {
      const outcome = await call('exchange:exportBundle', { since: since === EVERYTHING ? null : since });
      if (outcome.status === 'saved') {
        const text = t('exchange.send.saved', { file: outcome.fileName, count: outcome.operations });
        setResult({ tone: 'status', text: outcome.everything ? `${text} ${t('exchange.send.savedEverything')}` : text });
      } else if (outcome.status === 'failed') {
        setResult({ tone: 'error', text: t(`exchange.send.failed.${outcome.code}`) });
      }
    } catch (error) {
      setResult({ tone: 'error', text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card exchange-card" aria-labelledby="exchange-send-title">
      <h2 id="exchange-send-title">{t('exchange.send.title')}</h2>
      <p className="muted">{t('exchange.send.intro')}</p>
      <fieldset className="choice-group">
        <legend className="field-label">{t('exchange.send.legend')}</legend>
        {options.map((option) => (
          <label key={option.value} className="choice choice-detailed">
            <input type="radio" name="bundle-since" value={option.value} checked={since === option.value} onChange={() => setSince(option.value)} />
            <span>
              {option.label}
              {option.detail ? (
                <>
                  {' '}
                  <span className="choice-detail">{option.detail}</span>
                </>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>
      {peers.length === 0 ? <p className="field-hint">{t('exchange.send.noPeers')}</p> : null}
      <div className="form-actions">
        <Button ref={saveButton} className="button button-primary" isDisabled={busy} onPress={() => void save()}>
          {busy ? t('exchange.send.saving') : t('exchange.send.save')}
        </Button>
      </div>
      <div role="status">{result?.tone === 'status' ? <p className="notice-inline">{result.text}</p> : null}</div>
      <div role="alert">{result?.tone === 'error' ? <div className="error-notice">{result.text}</div> : null}</div>
    </section>
  );
}
