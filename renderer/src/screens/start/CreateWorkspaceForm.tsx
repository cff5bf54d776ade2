import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { NewWorkspaceSchema, type ChosenFolder } from '../../../../shared/ipc/contract';
import type { Language } from '../../../../shared/schema/common';
import { FormSelect, FormText } from '../../forms/FormFields';
import { schemaResolver } from '../../forms/schemaResolver';

interface Values {
  name: string;
  language: Language;
}

interface Props {
  /** The folder picked for it (its name is all the page knows of it). */
  folder: ChosenFolder;
  busy: boolean;
  onSubmit: (name: string, language: Language) => void;
  onCancel: () => void;
}

export function CreateWorkspaceForm({ folder, busy, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const { control, handleSubmit } = useForm<Values, unknown, Values>({
    // The same rules the main process applies to workspace:create.
    resolver: schemaResolver(NewWorkspaceSchema, (values: Values) => values),
    defaultValues: { name: '', language: i18n.language as Language },
  });
  return (
    <section className="card" aria-labelledby="new-workspace-title">
      <h2 id="new-workspace-title">{t('start.createForm.title')}</h2>
      <form noValidate className="form" onSubmit={handleSubmit((values) => onSubmit(values.name.trim(), values.language))}>
        <div className="field">
          <span className="field-label">{t('start.createForm.folder')}</span>
          <code className="path">{folder.label}</code>
        </div>
        <FormText control={control} name="name" label={t('start.createForm.name')} description={t('start.createForm.nameHint')} autoFocus />
        <FormSelect
          control={control}
          name="language"
          label={t('start.createForm.language')}
          description={t('start.createForm.languageHint')}
          options={[
            { id: 'ru', label: t('settings.languageRu') },
            { id: 'en', label: t('settings.languageEn') },
          ]}
        />
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isDisabled={busy}>
            {t('start.createForm.submit')}
          </Button>
          <Button className="button" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
