import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_DROPPED_BUNDLE_BYTES } from '../../../../shared/ipc/exchange-contract';
import { call } from '../../api/client';
import { formatFileSize } from '../../lib/fileSize';
import { useAnnounce } from '../../state/Announcer';
import { useBundleCheck } from './useBundleCheck';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Drop an .adbundle file anywhere on the window to check it. A sandboxed page sees no file paths,
 * so the page reads the file's bytes (up to MAX_DROPPED_BUNDLE_BYTES) and sends them to the main
 * process, which checks them exactly as a file opened with the dialog. Larger bundles are opened
 * with the dialog instead. The overlay only shows what a drop will do; the "Choose a bundle…"
 * button on the exchange screen does the same for keyboard and screen-reader users.
 */
export function BundleDropZone() {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const checkBundle = useBundleCheck();
  const [active, setActive] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setActive(true);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setActive(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length !== 1) return announce(t('exchange.drop.one'), 'error');
      const file = files[0]!;
      if (!file.name.toLowerCase().endsWith('.adbundle')) return announce(t('exchange.drop.notBundle'), 'error');
      if (file.size > MAX_DROPPED_BUNDLE_BYTES) return announce(t('exchange.drop.tooLarge', { size: formatFileSize(file.size, i18n.language) }), 'error');
      void file.arrayBuffer().then(
        (buffer) => checkBundle(() => call('exchange:previewBytes', { fileName: file.name, bytes: new Uint8Array(buffer) })),
        () => announce(t('exchange.drop.unreadable'), 'error'),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [announce, checkBundle, i18n.language, t]);

  if (!active) return null;
  return (
    <div className="drop-overlay">
      <div className="drop-overlay-box">
        <p className="drop-overlay-title">{t('exchange.drop.title')}</p>
        <p>{t('exchange.drop.hint')}</p>
      </div>
    </div>
  );
}
