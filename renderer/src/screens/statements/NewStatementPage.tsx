import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useNavigate } from 'react-router-dom';
import type { Language } from '../../../../shared/schema/common';
import { TEMPLATE_KINDS, type TemplateKind } from '../../../../shared/statements/templates';
import { call } from '../../api/client';
import { useCollection } from '../../api/useCollection';
import { ErrorNotice } from '../../components/ErrorNotice';
import { RadioChoice } from '../../components/RadioChoice';
import { BackLink } from '../../layout/BackLink';
import { Page } from '../../layout/Page';
import { useAnnounce } from '../../state/Announcer';
import { statementErrorText } from './data';
import { IssuePicker } from './IssuePicker';

/** /statements/new — a first draft from a template, in the statement's language, about chosen issues. */
export function NewStatementPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { items: issues, error } = useCollection('issues');
  const [template, setTemplate] = useState<TemplateKind>('issue_statement');
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'ru');
  const [issueIds, setIssueIds] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const name = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const statement = await call('statements:create', { language, issueIds, template });
      announce(t('statements.create.created'));
      navigate(`/statements/${statement.id}/edit`);
    } catch (failure) {
      announce(statementErrorText(t, failure), 'error');
      setBusy(false);
    }
  };

  return (
    <Page title={t('statements.create.title')} intro={t('statements.create.intro')} back={<BackLink to="/statements" label={t('statements.title')} />}>
      <ErrorNotice error={error} />
      <form className="form stmt-form-wide card" noValidate onSubmit={(event) => void submit(event)}>
        <fieldset className="choice-group">
          <legend className="field-label">{t('statements.create.template')}</legend>
          {TEMPLATE_KINDS.map((kind) => (
            <div key={kind} className="stmt-template-choice">
              <label className="choice">
                <input type="radio" name={name} value={kind} checked={template === kind} onChange={() => setTemplate(kind)} aria-describedby={`${name}-${kind}`} />
                {t(`statements.templates.${kind}`)}
              </label>
              <p className="field-hint stmt-template-hint" id={`${name}-${kind}`}>
                {t(`statements.templates.${kind}Hint`)}
              </p>
            </div>
          ))}
        </fieldset>
        <RadioChoice<Language>
          legend={t('statements.create.language')}
          choices={[
            { value: 'ru', label: 'Русский', lang: 'ru' },
            { value: 'en', label: 'English', lang: 'en' },
          ]}
          value={language}
          onChange={setLanguage}
        />
        <IssuePicker issues={issues ?? []} value={issueIds} onChange={setIssueIds} />
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isDisabled={busy}>
            {busy ? t('statements.create.creating') : t('statements.create.submit')}
          </Button>
          <Button className="button" onPress={() => navigate('/statements')}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
