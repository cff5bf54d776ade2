import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../shared/export/model/schema';
import { renderDocx } from '../../shared/export/render/docx';
import { escapeXml } from '../../shared/export/render/docx-table';

const doc: ExportDocument = {
  format: 'alliance-desk-export',
  formatVersion: 1,
  kind: 'alliance',
  lang: 'ru',
  alliance: 'Союз <&>',
  title: 'Проверка',
  generatedAt: '2024-03-14T09:00:00.000Z',
  primaryTable: 'rows',
  blocks: [
    { type: 'heading', level: 2, text: 'Таблица' },
    {
      type: 'table',
      key: 'rows',
      columns: [
        { key: 'text', label: 'Текст', type: 'text' },
        { key: 'share', label: 'Доля', type: 'percent' },
      ],
      rows: [
        ['a < b & "c"\u0007\u0000', 0.5],
        ['строка 1\nстрока 2', null],
      ],
    },
    { type: 'list', ordered: true, items: [[{ text: 'первый' }], [{ text: 'второй', bold: true }]] },
  ],
};

describe('DOCX renderer', () => {
  it('escapes XML and drops characters XML 1.0 forbids', () => {
    expect(escapeXml('a<b>&"\u0001\u000b\ud800x')).toBe('a&lt;b&gt;&amp;&quot;x');
    expect(escapeXml('таб\tи\nперевод')).toBe('таб\tи\nперевод');
  });

  it('writes a package a DOCX reader opens, with the spliced table and a numbered list', async () => {
    const steps: number[] = [];
    const bytes = await renderDocx(doc, { onProgress: (share) => steps.push(share) });
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
    expect(html).toContain('<h2>Таблица</h2>');
    expect(html).toMatch(/<td><p>a &lt; b &amp; "c"<\/p><\/td><td><p>50\s%<\/p><\/td>/);
    expect(html).toContain('<td><p>строка 1<br />строка 2</p></td><td><p>—</p></td>');
    expect(html).toContain('<ol><li>первый</li><li><strong>второй</strong></li></ol>');
    expect(steps.at(-1)).toBe(1);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(renderDocx(doc, { signal: controller.signal })).rejects.toThrow();
  });
});
