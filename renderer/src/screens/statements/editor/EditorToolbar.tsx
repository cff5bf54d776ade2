import type { ChainedCommands, Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Toolbar } from 'react-aria-components';
import { ariaShortcut, shownShortcut } from './shortcuts';

type Format = 'bold' | 'italic' | 'heading2' | 'heading3' | 'bulletList' | 'orderedList' | 'blockquote';

// Each toggle: its label key, its shortcut (TipTap's own, see the StarterKit extensions), the command.
const FORMATS: readonly { format: Format; keys: string; run: (chain: ChainedCommands) => ChainedCommands }[] = [
  { format: 'bold', keys: 'Mod-b', run: (chain) => chain.toggleBold() },
  { format: 'italic', keys: 'Mod-i', run: (chain) => chain.toggleItalic() },
  { format: 'heading2', keys: 'Mod-Alt-2', run: (chain) => chain.toggleHeading({ level: 2 }) },
  { format: 'heading3', keys: 'Mod-Alt-3', run: (chain) => chain.toggleHeading({ level: 3 }) },
  { format: 'bulletList', keys: 'Mod-Shift-8', run: (chain) => chain.toggleBulletList() },
  { format: 'orderedList', keys: 'Mod-Shift-7', run: (chain) => chain.toggleOrderedList() },
  { format: 'blockquote', keys: 'Mod-Shift-b', run: (chain) => chain.toggleBlockquote() },
];

export const LINK_KEYS = 'Mod-k';
const UNDO_KEYS = 'Mod-z';
const REDO_KEYS = 'Mod-Shift-z';

function activeFormats(editor: Editor): Record<Format | 'link', boolean> & { canUndo: boolean; canRedo: boolean } {
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    heading2: editor.isActive('heading', { level: 2 }),
    heading3: editor.isActive('heading', { level: 3 }),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    link: editor.isActive('link'),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

interface Props {
  editor: Editor;
  /** Opens the link form (the same as Ctrl+K in the text). */
  onLink: () => void;
  linkOpen: boolean;
}

/**
 * The formatting toolbar: real toggle buttons (aria-pressed shows what applies at the cursor), one
 * tab stop with arrow keys between the buttons (WAI-ARIA toolbar), each with its shortcut.
 */
export function EditorToolbar({ editor, onLink, linkOpen }: Props) {
  const { t } = useTranslation();
  const state = useEditorState({ editor, selector: ({ editor: current }) => activeFormats(current) });
  return (
    <Toolbar className="stmt-editor-toolbar" aria-label={t('statements.editor.toolbar')}>
      {FORMATS.map(({ format, keys, run }) => (
        <ToolbarButton key={format} keys={keys} pressed={state[format]} onPress={() => run(editor.chain().focus()).run()}>
          {t(`statements.editor.${format}`)}
        </ToolbarButton>
      ))}
      <ToolbarButton keys={LINK_KEYS} pressed={state.link || linkOpen} onPress={onLink}>
        {t('statements.editor.link')}
      </ToolbarButton>
      <span className="stmt-toolbar-separator" aria-hidden="true" />
      <ToolbarButton keys={UNDO_KEYS} disabled={!state.canUndo} onPress={() => editor.chain().focus().undo().run()}>
        {t('statements.editor.undo')}
      </ToolbarButton>
      <ToolbarButton keys={REDO_KEYS} disabled={!state.canRedo} onPress={() => editor.chain().focus().redo().run()}>
        {t('statements.editor.redo')}
      </ToolbarButton>
    </Toolbar>
  );
}

interface ButtonProps {
  keys: string;
  /** For toggles: whether the format applies at the cursor (aria-pressed); absent for actions. */
  pressed?: boolean;
  disabled?: boolean;
  onPress: () => void;
  children: ReactNode;
}

/**
 * A native button: it keeps the shortcut attributes (aria-keyshortcuts, and a tooltip for the
 * eye), and a mouse press does not take focus (and so the selection) away from the text.
 */
function ToolbarButton({ keys, pressed, disabled, onPress, children }: ButtonProps) {
  return (
    <button
      type="button"
      className="stmt-toolbar-button"
      aria-pressed={pressed}
      aria-keyshortcuts={ariaShortcut(keys)}
      title={shownShortcut(keys)}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  );
}

/** The shortcuts, for the hint under the editor (read with it by screen readers). */
export function shortcutList(t: (key: string) => string): string {
  const items = [...FORMATS.map(({ format, keys }) => [format, keys] as const), ['link', LINK_KEYS] as const, ['undo', UNDO_KEYS] as const];
  return items.map(([name, keys]) => `${shownShortcut(keys)} — ${t(`statements.editor.${name}`).toLocaleLowerCase()}`).join('; ');
}
