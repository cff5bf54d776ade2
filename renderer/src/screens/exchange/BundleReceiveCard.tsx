import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useBundleCheck } from './useBundleCheck';

/** Choose a bundle file (or drop one on the window): it is checked and previewed before anything changes. */
export function BundleReceiveCard() {
  const { t } = useTranslation();
  const checkBundle = useBundleCheck();
  const [busy, setBusy] = useState(false);
  const choose = async () => {
    setBusy(true);
    try {
      await checkBundle(() => call('exchange:chooseBundle'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card exchange-card" aria-labelledby="exchange-receive-title">
      <h2 id="exchange-receive-title">{t('exchange.receive.title')}</h2>
      <p className="muted">{t('exchange.receive.intro')}</p>
      <div className="form-actions">
        <Button className="button button-primary" isDisabled={busy} onPress={() => void choose()}>
          {busy ? t('exchange.receive.checking') : t('exchange.receive.choose')}
        </Button>
      </div>
    </section>
  );
}
