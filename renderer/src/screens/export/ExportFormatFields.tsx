import { useTranslation } from 'react-i18next';
import type { ExportFormatChoice } from '../../../../shared/ipc/export-contract';
import type { Language } from '../../../../shared/schema/common';
import { RadioChoice } from '../../components/RadioChoice';

export interface FormatChoice {
  format: ExportFormatChoice;
  lang: Language;
  delimiter: ',' | ';';
}

const FORMATS: readonly ExportFormatChoice[] = ['pdf', 'docx', 'md', 'csv', 'json'];

/** The file's format, its language (independent of the UI's), and the CSV column separator. */
export function ExportFormatFields({ value, onChange }: { value: FormatChoice; onChange: (value: FormatChoice) => void }) {
  const { t } = useTranslation();
  return (
    <div className="export-format-fields">
      <RadioChoice
        legend={t('export.format.legend')}
        choices={FORMATS.map((format) => ({ value: format, label: t(`export.format.${format}`) }))}
        value={value.format}
        onChange={(format) => onChange({ ...value, format })}
      />
      <div>
        <RadioChoice
          legend={t('export.language.legend')}
          // Each language named in itself, marked so a screen reader reads it in that language.
          choices={[
            { value: 'ru', label: t('export.language.ru'), lang: 'ru' },
            { value: 'en', label: t('export.language.en'), lang: 'en' },
          ]}
          value={value.lang}
          onChange={(lang) => onChange({ ...value, lang })}
        />
        <p className="field-hint export-language-hint">{t('export.language.hint')}</p>
        {value.format === 'csv' ? (
          <RadioChoice
            legend={t('export.delimiter.legend')}
            choices={[
              { value: ';', label: t('export.delimiter.semicolon') },
              { value: ',', label: t('export.delimiter.comma') },
            ]}
            value={value.delimiter}
            onChange={(delimiter) => onChange({ ...value, delimiter })}
          />
        ) : null}
      </div>
    </div>
  );
}
