import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { StatementVersion } from '../../../../shared/schema/collections';
import { call } from '../../api/client';
import { TextInput } from '../../components/TextInput';
import { useAnnounce } from '../../state/Announcer';
import { statementErrorText } from './data';
import { RichTextField } from './editor/RichTextField';
import { useRichText } from './editor/useRichText';
import { isTextEditable, useStatement } from './statementContext';

/**
 * /statements/:id/edit — the title and the text. Saving makes a new version (with its author, time
 * and content hash); signatures of the version before then count as for an earlier text.
 */
export function StatementEditPage() {
  const { t } = useTranslation();
  const { statement, current, versions, signatures } = useStatement();
  // The version the editor was loaded from. A newer one (a restore, another laptop) replaces it
  // only while nothing is being edited here; with unsaved edits the user is told instead.
  const [shownId, setShownId] = useState(current?.id);
  const [dirty, setDirty] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  if (current && current.id !== shownId && !dirty) setShownId(current.id);

  if (!isTextEditable(statement)) {
    return (
      <section className="card" aria-labelledby="edit-title">
        <h2 id="edit-title">{t('statements.edit.title')}</h2>
        <p>{t(`statements.edit.locked.${statement.status}`)}</p>
      </section>
    );
  }
  const shown = versions.find((version) => version.id === shownId);
  const currentSignatures = (signatures ?? []).filter((status) => status.state === 'current').length;
  return (
    <section className="card" aria-labelledby="edit-title">
      <h2 id="edit-title">{t('statements.edit.title')}</h2>
      {current && current.id !== shownId ? (
        <p className="stmt-note" role="alert">
          {t('statements.edit.changedElsewhere', { number: current.number })}
        </p>
      ) : null}
      {shownId && !shown ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <Editor
          // A new editor for each version taken in: its undo history belongs to that text.
          key={shownId ?? 'none'}
          statementId={statement.id}
          version={shown}
          fallback={{ title: statement.title, body: statement.body }}
          lang={statement.language}
          currentSignatures={currentSignatures}
          autofocus={justSaved}
          onDirtyChange={setDirty}
          onSaved={(versionId) => {
            setJustSaved(true);
            setDirty(false);
            setShownId(versionId);
          }}
        />
      )}
    </section>
  );
}

interface EditorProps {
  statementId: string;
  version: StatementVersion | undefined;
  /** The statement's own title and body, for a statement saved without versions. */
  fallback: { title: string; body: string };
  lang: 'ru' | 'en';
  currentSignatures: number;
  autofocus: boolean;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: (versionId: string) => void;
}

function Editor({ statementId, version, fallback, lang, currentSignatures, autofocus, onDirtyChange, onSaved }: EditorProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const savedTitle = version?.title ?? fallback.title;
  const rich = useRichText(version?.body ?? fallback.body, lang, { autofocus });
  const [title, setTitle] = useState(savedTitle);
  const [titleError, setTitleError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const titleRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const dirty = rich.dirty || title.trim() !== savedTitle.trim();

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const save = async () => {
    if (title.trim() === '') {
      setTitleError(t('error.required'));
      titleRef.current?.focus();
      return;
    }
    if (!dirty) {
      announce(t('statements.edit.nothingToSave'));
      return;
    }
    setSaving(true);
    try {
      const saved = await call('statements:saveVersion', { statementId, title: title.trim(), body: rich.editor.getHTML() });
      announce(t('statements.edit.saved', { number: Number(saved.number) }));
      onSaved(saved.id);
    } catch (failure) {
      announce(statementErrorText(t, failure), 'error');
      setSaving(false);
    }
  };

  return (
    <form
      className="form stmt-form-wide"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextInput
        label={t('statements.edit.titleField')}
        value={title}
        onChange={(value) => {
          setTitle(value);
          setTitleError(undefined);
        }}
        errorMessage={titleError}
        inputRef={titleRef}
      />
      <RichTextField rich={rich} label={t('statements.edit.body')} />
      {currentSignatures > 0 ? <p className="stmt-note">{t('statements.edit.staleWarning', { count: currentSignatures })}</p> : null}
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isDisabled={saving}>
          {saving ? t('common.saving') : t('statements.edit.save')}
        </Button>
        <p className="muted stmt-form-state">{dirty ? t('statements.edit.unsaved') : t('statements.edit.upToDate')}</p>
      </div>
    </form>
  );
}
