import { generateJSON, type JSONContent } from '@tiptap/core';
import { Fragment, useMemo, type ReactNode } from 'react';
import type { Language } from '../../../../../shared/schema/common';
import { ExternalLink } from '../../../components/ExternalLink';
import { richTextExtensions, isSafeHref } from './extensions';

interface Props {
  html: string;
  lang: Language;
  /** Levels to add to the text's own headings, so they sit under the screen's headings. */
  headingOffset?: number;
  className?: string;
}

const extensions = richTextExtensions();

/**
 * A statement text for reading. The stored HTML (which may come from another laptop) is parsed
 * through the editor's schema into a document tree and rendered as React elements — never as raw
 * HTML — so only headings, paragraphs, lists, quotes, emphasis and http(s) links survive.
 */
export function RichTextView({ html, lang, headingOffset = 0, className }: Props) {
  const doc = useMemo(() => generateJSON(html, extensions), [html]);
  return (
    <div className={`stmt-rich-text ${className ?? ''}`} lang={lang}>
      {renderChildren(doc, headingOffset)}
    </div>
  );
}

function renderChildren(node: JSONContent, offset: number): ReactNode {
  return (node.content ?? []).map((child, index) => <Fragment key={index}>{renderNode(child, offset)}</Fragment>);
}

function renderNode(node: JSONContent, offset: number): ReactNode {
  const children = renderChildren(node, offset);
  switch (node.type) {
    case 'paragraph':
      return <p>{children}</p>;
    case 'heading': {
      const level = Math.min(6, Number(node.attrs?.level ?? 2) + offset);
      const Tag = `h${level}` as 'h2';
      return <Tag>{children}</Tag>;
    }
    case 'bulletList':
      return <ul>{children}</ul>;
    case 'orderedList':
      return <ol start={typeof node.attrs?.start === 'number' && node.attrs.start !== 1 ? node.attrs.start : undefined}>{children}</ol>;
    case 'listItem':
      return <li>{children}</li>;
    case 'blockquote':
      return <blockquote>{children}</blockquote>;
    case 'hardBreak':
      return <br />;
    case 'text':
      return renderText(node);
    default:
      return children;
  }
}

function renderText(node: JSONContent): ReactNode {
  let out: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else if (mark.type === 'link') {
      const href = String(mark.attrs?.href ?? '');
      if (isSafeHref(href)) out = <ExternalLink href={href}>{out}</ExternalLink>;
    }
  }
  return out;
}
