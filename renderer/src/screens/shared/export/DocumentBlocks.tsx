import type { ReactNode } from 'react';
import type { ExportFormatter } from '../../../../../shared/export/i18n/format';
import type { Block, Inline, TableBlock } from '../../../../../shared/export/model/schema';
import { displayCell, isNumeric } from '../../../../../shared/export/render/cells';

// An export document's blocks drawn as React elements. Every text goes through React, which
// escapes it: nothing a record holds (a name, a statement body) can become markup in the page,
// and no HTML string is ever injected (strict CSP, no inline markup).

/** Heading levels below the preview's own: the page has h1, the preview h2, the document's title h3. */
const HEADING_TAGS = { 2: 'h4', 3: 'h5', 4: 'h6' } as const;

function Runs({ runs }: { runs: readonly Inline[] }) {
  return (
    <>
      {runs.map((run, index) => {
        let content: ReactNode = run.text;
        if (run.italic) content = <em>{content}</em>;
        if (run.bold) content = <strong>{content}</strong>;
        // Links are shown, not followed: the preview is for reading what the file will say.
        if (run.href && run.href !== run.text) content = <>{content} <span className="doc-href">({run.href})</span></>;
        return <span key={index}>{content}</span>;
      })}
    </>
  );
}

function Table({ block, fmt, label }: { block: TableBlock; fmt: ExportFormatter; label: string }) {
  if (block.rows.length === 0 && block.emptyText) return <p className="doc-muted">{block.emptyText}</p>;
  return (
    // A wide table scrolls on its own; the region can take focus so the keyboard can scroll it.
    <div className="doc-table-wrap" role="region" aria-label={label} tabIndex={0}>
      <table className={`doc-table${block.compact ? ' doc-table-compact' : ''}`}>
        <thead>
          <tr>
            {block.columns.map((column) => (
              <th key={column.key} scope="col" className={isNumeric(column) ? 'doc-num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) => {
                const column = block.columns[cellIndex]!;
                return (
                  <td key={column.key} className={isNumeric(column) ? 'doc-num' : undefined}>
                    {displayCell(fmt, cell, column)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface Props {
  blocks: readonly Block[];
  fmt: ExportFormatter;
  /** The accessible name of a table (it has no caption of its own: the heading before it names it). */
  tableLabel: (name: string) => string;
  /** Shown after a table, e.g. that the preview cut it. */
  afterTable?: (table: TableBlock) => ReactNode;
}

/** For each block, the text of the last heading before it (what names a table). */
function headingsBefore(blocks: readonly Block[]): string[] {
  let last = '';
  return blocks.map((block) => {
    if (block.type === 'heading') last = block.text;
    return last;
  });
}

export function DocumentBlocks({ blocks, fmt, tableLabel, afterTable }: Props) {
  const headings = headingsBefore(blocks);
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'heading': {
            const Tag = HEADING_TAGS[block.level];
            return <Tag key={index}>{block.text}</Tag>;
          }
          case 'paragraph':
            if (block.tone === 'quote') {
              return (
                <blockquote key={index} className="doc-quote">
                  <Runs runs={block.runs} />
                </blockquote>
              );
            }
            return (
              <p key={index} className={block.tone === 'muted' ? 'doc-muted' : undefined}>
                <Runs runs={block.runs} />
              </p>
            );
          case 'facts':
            return (
              <dl key={index} className="doc-facts">
                {block.items.map((item) => (
                  <div key={item.key} className="doc-fact">
                    <dt>{item.label}</dt>
                    <dd>{item.value}</dd>
                  </div>
                ))}
              </dl>
            );
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={index} className="doc-list">
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>
                    <Runs runs={item} />
                  </li>
                ))}
              </List>
            );
          }
          case 'table':
            return (
              <div key={index}>
                <Table block={block} fmt={fmt} label={tableLabel(headings[index] || block.key)} />
                {afterTable?.(block)}
              </div>
            );
        }
      })}
    </>
  );
}
