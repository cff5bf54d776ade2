import type { Block, ExportDocument, Inline } from '../model/schema';
import { safeHref } from '../rich-text';
import { displayCell, formatterFor, generatedLine, isNumeric } from './cells';
import { fitTable, type TableSetting } from './column-widths';
import { fontFaces, printCss, TABLE_METRICS, type EmbeddedFont } from './html-style';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function inline(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text).replace(/\n/g, '<br>');
      if (run.bold) html = `<strong>${html}</strong>`;
      if (run.italic) html = `<em>${html}</em>`;
      const href = safeHref(run.href);
      if (href) html = `<a href="${escapeHtml(href)}">${html}</a>`;
      return html;
    })
    .join('');
}

/** The table's width as a share of the text width, with its size and density when it is set smaller than usual. */
function tableLook(total: number, setting: TableSetting): string {
  const usual = TABLE_METRICS.settings[0];
  const style = [`width:${Math.min(100, (total / TABLE_METRICS.available) * 100).toFixed(3)}%`];
  if (setting.fontSize !== usual.fontSize) style.push(`font-size:${setting.fontSize}pt`);
  return ` style="${style.join(';')}"${setting.padding < usual.padding ? ' class="dense"' : ''}`;
}

function block(fmt: ReturnType<typeof formatterFor>, item: Block): string {
  switch (item.type) {
    case 'heading':
      return `<h${item.level}>${escapeHtml(item.text)}</h${item.level}>`;
    case 'paragraph':
      return `<p${item.tone && item.tone !== 'normal' ? ` class="${item.tone}"` : ''}>${inline(item.runs)}</p>`;
    case 'facts':
      return `<table class="facts"><tbody>${item.items
        .map(({ label, value }) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
        .join('')}</tbody></table>`;
    case 'list': {
      const tag = item.ordered ? 'ol' : 'ul';
      return `<${tag}>${item.items.map((runs) => `<li>${inline(runs)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      if (item.rows.length === 0) return `<p class="empty">${escapeHtml(item.emptyText ?? fmt.labels.text.none)}</p>`;
      const { widths, setting } = fitTable(item, fmt, TABLE_METRICS);
      const total = widths.reduce((sum, width) => sum + width, 0);
      // Shares of the table, the table a share of the text width: exact on A4, and a narrower preview scales.
      const cols = widths.map((width) => `<col style="width:${((width / total) * 100).toFixed(3)}%">`).join('');
      const head = item.columns.map((column) => `<th${isNumeric(column) ? ' class="num"' : ''}>${escapeHtml(column.label)}</th>`).join('');
      const rows = item.rows
        .map(
          (row) =>
            `<tr>${row
              .map((cell, i) => {
                const column = item.columns[i]!;
                return `<td${isNumeric(column) ? ' class="num"' : ''}>${escapeHtml(displayCell(fmt, cell, column)).replace(/\n/g, '<br>')}</td>`;
              })
              .join('')}</tr>`,
        )
        .join('\n');
      return `<table data-key="${escapeHtml(item.key)}"${tableLook(total, setting)}><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
    }
  }
}

export interface HtmlOptions {
  /** Fonts embedded as data URLs (the electron side reads them from the shipped font package). */
  fonts?: readonly EmbeddedFont[];
  timeZone?: string;
}

/**
 * A self-contained HTML page for preview and print: no scripts, no external resources, the
 * fonts inside; the print CSS lays it out on A4 with the header and page numbers.
 */
export function renderHtml(doc: ExportDocument, options: HtmlOptions = {}): string {
  const fmt = formatterFor(doc, options.timeZone);
  const date = fmt.longDateOf(doc.generatedAt);
  const css = `${fontFaces(options.fonts ?? [])}\n${printCss({ alliance: doc.alliance, date, pageTemplate: fmt.labels.text.page })}`;
  const head = [
    `<div class="alliance">${escapeHtml(doc.alliance)}</div>`,
    `<h1>${escapeHtml(doc.title)}</h1>`,
    doc.subtitle ? `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>` : '',
    `<p class="generated">${escapeHtml(generatedLine(fmt, doc))}</p>`,
  ].join('');
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${escapeHtml(doc.title)}</title>
<style>${css}</style>
</head>
<body>
<header class="doc-head">${head}</header>
<main>
${doc.blocks.map((item) => block(fmt, item)).join('\n')}
</main>
</body>
</html>
`;
}
