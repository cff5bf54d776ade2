import { useTranslation } from 'react-i18next';

export interface DiffPart {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

/**
 * A word-level "what changed" between two versions. Insertions and deletions are <ins> and <del>
 * (underlined and struck through, not only coloured), each introduced by a word for screen readers;
 * a change of line breaks alone (the editor's own markup) is not a change of wording and is not marked.
 */
export function DiffView({ parts, lang }: { parts: readonly DiffPart[]; lang: string }) {
  const { t, i18n } = useTranslation();
  const changes = parts.filter((part) => part.kind !== 'same' && part.text.trim() !== '');
  const inserted = changes.filter((part) => part.kind === 'inserted').length;
  const deleted = changes.filter((part) => part.kind === 'deleted').length;
  const summary = [inserted > 0 ? t('statements.diff.inserted', { count: inserted }) : '', deleted > 0 ? t('statements.diff.deleted', { count: deleted }) : '']
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <p className="stmt-diff-summary">
        {changes.length === 0 ? t('statements.diff.noChanges') : capitalize(summary)}
      </p>
      <p className="stmt-diff-legend muted" aria-hidden="true">
        <ins>{t('statements.diff.legendInserted')}</ins> <del>{t('statements.diff.legendDeleted')}</del>
      </p>
      <div className="stmt-diff-text" lang={lang} role="group" aria-label={t('statements.diff.textLabel')}>
        {parts.map((part, index) => {
          if (part.kind === 'same' || part.text.trim() === '') return part.kind === 'deleted' ? null : <span key={index}>{part.text}</span>;
          const Tag = part.kind === 'inserted' ? 'ins' : 'del';
          return (
            <Tag key={index} className={`stmt-diff-${part.kind}`}>
              {/* Said in the interface's language, while the text keeps the statement's. */}
              <span className="visually-hidden" lang={i18n.language}>
                {t(`statements.diff.${part.kind}Start`)}
              </span>
              {part.text}
              <span className="visually-hidden" lang={i18n.language}>
                {t('statements.diff.end')}
              </span>
            </Tag>
          );
        })}
      </div>
    </>
  );
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
