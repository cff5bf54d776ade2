import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { call } from '../api/client';
import { errorText } from '../api/errorText';
import { useAnnounce } from '../state/Announcer';
import type { WebAddress } from './webAddress';

interface Props {
  address: WebAddress;
  onClose: () => void;
}

/**
 * Asks before a web page opens in the system browser: the full address with its host set apart
 * (a look-alike link reads differently there), a warning for plain http, and "Open in browser"
 * or "Cancel" (also Escape). Cancel has the focus, so a stray Enter opens nothing.
 */
export function ConfirmOpenLink({ address, onClose }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const descriptionId = useId();
  const open = () => {
    onClose();
    call('shell:openExternal', { url: address.href }).catch((error: unknown) => announce(errorText(t, error), 'error'));
  };
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable onOpenChange={(isOpen) => !isOpen && onClose()}>
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog" aria-describedby={descriptionId}>
          <Heading slot="title" className="dialog-title">
            {t('common.externalLink.title')}
          </Heading>
          <div id={descriptionId}>
            <p>{t('common.externalLink.intro')}</p>
            <p>
              {t('common.externalLink.address')}:{' '}
              <span className="path" dir="ltr" translate="no">
                {address.before}
                <strong>{address.host}</strong>
                {address.after}
              </span>
            </p>
            <p>{t('common.externalLink.site', { host: address.host })}</p>
            {address.secure ? null : <p className="error-notice">{t('common.externalLink.insecure')}</p>}
          </div>
          <div className="form-actions">
            <Button className="button button-primary" onPress={open}>
              {t('common.externalLink.open')}
            </Button>
            <Button className="button" onPress={onClose} autoFocus>
              {t('common.cancel')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
