import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatterFor, generatedLine } from '../../../../shared/export/render/cells';
import type { ExportFormatChoice, ExportPreview } from '../../../../shared/ipc/export-contract';
import { DocumentBlocks } from '../shared/export/DocumentBlocks';

/** The heading that precedes a table: how a reader names it. */
function tableName(preview: ExportPreview, key: string): string | undefined {
  let heading: string | undefined;
  for (const block of preview.document.blocks) {
    if (block.type === 'heading') heading = block.text;
    if (block.type === 'table' && block.key === key) return heading;
  }
  return undefined;
}

/**
 * The export's document model drawn in the page, in the export's language and with its number
 * and date formats (the same code the file renderers use), marked with that language for screen
 * readers. Tables cut for the preview say so; for CSV, the one table the file holds is named.
 */
export function DocumentPreview({ preview, format }: { preview: ExportPreview; format: ExportFormatChoice }) {
  const { t, i18n } = useTranslation();
  const doc = preview.document;
  const fmt = useMemo(() => formatterFor(doc), [doc]);
  const primary = tableName(preview, doc.primaryTable);
  return (
    <article className="doc-preview" lang={doc.lang}>
      <p className="doc-alliance">{doc.alliance}</p>
      <h3 className="doc-title">{doc.title}</h3>
      {doc.subtitle ? <p className="doc-subtitle">{doc.subtitle}</p> : null}
      <p className="doc-muted">{generatedLine(fmt, doc)}</p>
      {format === 'csv' ? (
        <p className="doc-note" lang={i18n.language}>
          {primary ? t('export.preview.csvNote', { table: primary }) : t('export.preview.csvNoteGeneric')}
        </p>
      ) : null}
      <DocumentBlocks
        blocks={doc.blocks}
        fmt={fmt}
        tableLabel={(name) => name}
        afterTable={(table) => {
          const cut = preview.shortened.find((item) => item.table === table.key);
          return cut ? <p className="doc-note" lang={i18n.language}>{t('export.preview.shortened', { shown: cut.shown, count: cut.total })}</p> : null;
        }}
      />
    </article>
  );
}
