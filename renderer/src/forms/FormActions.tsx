import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** The save and cancel buttons at the foot of every record form; saving disables the submit. */
export function FormActions({ saving, onCancel }: { saving: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <Button type="submit" className="button button-primary" isDisabled={saving}>
        {saving ? t('common.saving') : t('common.save')}
      </Button>
      <Button className="button" onPress={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
