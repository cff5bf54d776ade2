/** Keyboard shortcuts as the platform writes them: ⌘ on a Mac, Ctrl elsewhere. */
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** A shortcut in ProseMirror's notation ("Mod-Shift-8") for aria-keyshortcuts ("Control+Shift+8"). */
export function ariaShortcut(keys: string): string {
  return keys
    .split('-')
    .map((key) => (key === 'Mod' ? (isMac ? 'Meta' : 'Control') : key.length === 1 ? key.toUpperCase() : key))
    .join('+');
}

/** The same shortcut for people to read ("Ctrl+Shift+8", "⌘⇧8"). */
export function shownShortcut(keys: string): string {
  const names: Record<string, string> = isMac ? { Mod: '⌘', Shift: '⇧', Alt: '⌥' } : { Mod: 'Ctrl', Shift: 'Shift', Alt: 'Alt' };
  const parts = keys.split('-').map((key) => names[key] ?? key.toUpperCase());
  return parts.join(isMac ? '' : '+');
}
