import { Extension, type AnyExtension } from '@tiptap/core';
import Link from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';

/** Links in a statement go to web pages only: no javascript:, file:, mailto: or relative targets. */
export function isSafeHref(href: string): boolean {
  return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(href.trim());
}

/**
 * What a statement body may contain: headings (h2, h3 — the statement's title is the page's h1),
 * paragraphs, bulleted and numbered lists, quotes, bold, italic and web links. Exports render
 * exactly these (shared/export/rich-text.ts), so nothing else is offered. Any HTML loaded into the
 * editor or the view is parsed through this schema, which drops everything else.
 */
export function richTextExtensions(options: { onLinkShortcut?: () => void } = {}): AnyExtension[] {
  const extensions: AnyExtension[] = [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      // Configured below with our own rules.
      link: false,
    }),
    Link.configure({
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isSafeHref(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    }),
  ];
  const onLinkShortcut = options.onLinkShortcut;
  if (onLinkShortcut) {
    extensions.push(
      Extension.create({
        name: 'linkShortcut',
        addKeyboardShortcuts: () => ({
          'Mod-k': () => {
            onLinkShortcut();
            return true;
          },
        }),
      }),
    );
  }
  return extensions;
}
