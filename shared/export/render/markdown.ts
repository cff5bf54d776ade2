import type { Block, ExportDocument, Inline } from '../model/schema';
import { displayCell, formatterFor, generatedLine, isNumeric } from './cells';

/** Backslash-escapes characters Markdown reads as markup, including raw HTML and table pipes. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`);
}

/** Also escapes what would start a heading or a list at the start of a line. */
function escapeLines(text: string): string {
  return escapeMarkdown(text).replace(/^(\s*)(#{1,6}|[+-]|\d+[.)])(?=\s|$)/gm, (_, space: string, marker: string) =>
    `${space}${marker.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#+-])/, '\\$1')}`,
  );
}

function inline(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      let text = escapeLines(run.text).replace(/\n/g, '  \n');
      if (text.trim() === '') return text;
      if (run.bold) text = `**${text}**`;
      if (run.italic) text = `*${text}*`;
      if (run.href) text = `[${text}](${encodeURI(run.href).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
      return text;
    })
    .join('');
}

const cellText = (text: string) => escapeMarkdown(text).replace(/\r?\n/g, '<br>');

function block(fmt: ReturnType<typeof formatterFor>, item: Block): string {
  switch (item.type) {
    case 'heading':
      return `${'#'.repeat(item.level)} ${escapeMarkdown(item.text)}`;
    case 'paragraph': {
      const text = inline(item.runs);
      if (item.tone === 'quote') return text.split('\n').map((line) => `> ${line}`).join('\n');
      return item.tone === 'muted' ? `*${text}*` : text;
    }
    case 'facts':
      return item.items.map(({ label, value }) => `- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`).join('\n');
    case 'list':
      return item.items.map((runs, i) => `${item.ordered ? `${i + 1}.` : '-'} ${inline(runs)}`).join('\n');
    case 'table': {
      if (item.rows.length === 0) return `*${escapeMarkdown(item.emptyText ?? fmt.labels.text.none)}*`;
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
  const head = [`# ${escapeMarkdown(doc.title)}`];
  if (doc.subtitle) head.push(`*${escapeMarkdown(doc.subtitle)}*`);
  head.push(`${escapeMarkdown(doc.alliance)} · ${escapeMarkdown(generatedLine(fmt, doc))}`);
  return `${[head.join('\n\n'), ...doc.blocks.map((item) => block(fmt, item))].join('\n\n')}\n`;
}
