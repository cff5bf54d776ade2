import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { TextInput } from '../../../components/TextInput';
import { isSafeHref } from './extensions';

interface Props {
  editor: Editor;
  onClose: () => void;
}

/**
 * Adds, changes or removes the link at the cursor. Only http(s) addresses are accepted; with no
 * text selected, the address itself is inserted as the link's text.
 */
export function LinkForm({ editor, onClose }: Props) {
  const { t } = useTranslation();
  const existing = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [href, setHref] = useState(existing || 'https://');
  const [error, setError] = useState<string>();

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = () => {
    const value = href.trim();
    if (!isSafeHref(value)) {
      setError(t('statements.editor.linkInvalid'));
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: value } }] }).run();
    } else {
      chain.extendMarkRange('link').setLink({ href: value }).run();
    }
    onClose();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <div
      className="stmt-link-form"
      role="group"
      aria-label={t('statements.editor.linkForm')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          apply();
        }
      }}
    >
      <TextInput
        label={t('statements.editor.linkAddress')}
        description={t('statements.editor.linkHint')}
        value={href}
        onChange={(value) => {
          setHref(value);
          setError(undefined);
        }}
        errorMessage={error}
        type="text"
        autoFocus
        className="stmt-link-form-field"
      />
      <div className="form-actions">
        <Button className="button button-primary" onPress={apply}>
          {existing ? t('statements.editor.linkChange') : t('statements.editor.linkInsert')}
        </Button>
        {existing ? (
          <Button className="button" onPress={remove}>
            {t('statements.editor.linkRemove')}
          </Button>
        ) : null}
        <Button className="button" onPress={close}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
