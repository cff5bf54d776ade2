import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Heading, Label, Modal, ModalOverlay, TextArea, TextField } from 'react-aria-components';

interface Props {
  title: string;
  initial: string;
  onSave: (reasons: string) => void;
  onClose: () => void;
}

/** The reasons of one stance, edited in a modal dialog (Escape cancels; focus returns to the grid cell). */
export function ReasonsDialog({ title, initial, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable onOpenChange={(open) => !open && onClose()}>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {t('positions.quick.reasonsDialog')}
          </Heading>
          <p className="dialog-subtitle">{title}</p>
          <form
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              onSave(text);
            }}
          >
            <TextField className="field" value={text} onChange={setText} autoFocus>
              <Label className="field-label">{t('positions.form.reasons')}</Label>
              <TextArea className="field-control" rows={6} />
            </TextField>
            <div className="form-actions">
              <Button type="submit" className="button button-primary">
                {t('common.save')}
              </Button>
              <Button className="button" onPress={onClose}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
