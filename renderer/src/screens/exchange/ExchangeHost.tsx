import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/bridge';
import { call } from '../../api/client';
import { useAnnounce } from '../../state/Announcer';
import { BundleDropZone } from './BundleDropZone';
import { arrivalAuthors, joinNames } from './exchangeText';
import { useBundleCheck } from './useBundleCheck';

/**
 * The app-wide side of export and exchange, mounted once in the shell: the native menu's commands,
 * a bundle the OS asked the app to open (now, or before this workspace was open), news from the
 * shared folder, and drops of bundles on the window.
 */
export function ExchangeHost() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const checkBundle = useBundleCheck();

  useEffect(() => {
    const takeOpened = () => void checkBundle(() => call('exchange:takeOpened'));
    takeOpened();
    const offOpened = api().on('exchange:bundleOpened', takeOpened);
    const offMenu = api().on('menu:command', ({ command }) => {
      if (command === 'export') navigate('/export');
      if (command === 'exportBundle') navigate('/exchange', { state: { focus: 'send' } });
      if (command === 'importBundle') void checkBundle(() => call('exchange:chooseBundle'));
    });
    return () => {
      offOpened();
      offMenu();
    };
  }, [checkBundle, navigate]);

  useEffect(
    () =>
      api().on('exchange:arrived', (report) => {
        const count = report.arrivals.reduce((sum, arrival) => sum + arrival.operations, 0);
        const names = report.arrivals.flatMap((arrival) => arrivalAuthors(t, arrival));
        announce(t('exchange.folder.announce', { count, names: joinNames([...new Set(names)], i18n.language) }));
      }),
    [announce, i18n.language, t],
  );

  return <BundleDropZone />;
}
