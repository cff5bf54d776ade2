import type { Block, ExportDocument, Inline } from '../model/schema';
import { safeHref } from '../rich-text';
import { displayCell, formatterFor, generatedLine, isNumeric } from './cells';

/** Backslash-escapes characters Markdown reads as markup, including raw HTML, entities and table pipes. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`);
}

/** One line of user text where a line of its own is expected (a heading, a list item's label). */
const oneLine = (text: string) => escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' '));

/**
 * Escapes what would start a block at the start of a line of already escaped text: a heading
 * (#), a list (-, +, "1." or "1)"), a setext underline (=== or ---) or an indented code block
 * (leading spaces, which are dropped). ">" is escaped everywhere already.
 */
function escapeLineStarts(escaped: string, startsLine: boolean): string {
  return escaped.replace(startsLine ? /(^|\n)[ \t]*(#|[+=-]|\d+(?=[.)]))?/g : /(\n)[ \t]*(#|[+=-]|\d+(?=[.)]))?/g, (_, start: string, marker?: string) => {
    if (!marker) return start;
    return `${start}${/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`}`;
  });
}

function inline(runs: readonly Inline[]): string {
  return runs
    .map((run, i) => {
      const startsLine = i === 0 || runs[i - 1]!.text.endsWith('\n');
      let text = escapeLineStarts(escapeMarkdown(run.text), startsLine).replace(/\n/g, '  \n');
      if (text.trim() === '') return text;
      if (run.bold) text = `**${text}**`;
      if (run.italic) text = `*${text}*`;
      const href = safeHref(run.href);
      if (href) text = `[${text}](${encodeURI(href).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
      return text;
    })
    .join('');
}

const cellText = (text: string) => escapeMarkdown(text).replace(/\r?\n/g, '<br>');

function block(fmt: ReturnType<typeof formatterFor>, item: Block): string {
  switch (item.type) {
    case 'heading':
      return `${'#'.repeat(item.level)} ${oneLine(item.text)}`;
    case 'paragraph': {
      const text = inline(item.runs);
      if (item.tone === 'quote') return text.split('\n').map((line) => `> ${line}`).join('\n');
      return item.tone === 'muted' ? `*${text}*` : text;
    }
    case 'facts':
      return item.items.map(({ label, value }) => `- **${oneLine(label)}:** ${oneLine(value)}`).join('\n');
    case 'list':
      return item.items.map((runs, i) => `${item.ordered ? `${i + 1}.` : '-'} ${inline(runs)}`).join('\n');
    case 'table': {
      if (item.rows.length === 0) return `*${oneLine(item.emptyText ?? fmt.labels.text.none)}*`;
      const header = `| ${item.columns.map((column) => cellText(column.label)).join(' | ')} |`;
      const rule = `|${item.columns.map((column) => (isNumeric(column) ? ' ---: ' : ' --- ')).join('|')}|`;
      const rows = item.rows.map((row) => `| ${row.map((cell, i) => cellText(displayCell(fmt, cell, item.columns[i]!))).join(' | ')} |`);
      return [header, rule, ...rows].join('\n');
    }
  }
}

/** GitHub-flavoured Markdown: a title, a line with the alliance and date, then the blocks. */
export function renderMarkdown(doc: ExportDocument, options: { timeZone?: string } = {}): string {
  const fmt = formatterFor(doc, options.timeZone);
  const head = [`# ${oneLine(doc.title)}`];
  if (doc.subtitle) head.push(`*${oneLine(doc.subtitle)}*`);
  head.push(`${escapeLineStarts(oneLine(doc.alliance), true)} · ${oneLine(generatedLine(fmt, doc))}`);
  return `${[head.join('\n\n'), ...doc.blocks.map((item) => block(fmt, item))].join('\n\n')}\n`;
}
