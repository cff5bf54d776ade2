import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { StanceCounts } from '../../../../../shared/agreement/stances';
import type { AllianceLine } from '../../../../../shared/schema/collections';
import { useRecord } from '../../../api/useRecord';
import { formatDate } from '../../../lib/format';
import { useOpenWorkspace } from '../../../state/WorkspaceProvider';
import { LineForm } from './LineForm';
import { LineHistory } from './LineHistory';

interface Props {
  issueId: string;
  line: AllianceLine | null;
  counts: StanceCounts;
}

/** The alliance line on an issue: stance, text, rule, date and who adopted it; the secretary can adopt or change it. */
export function LineCard({ issueId, line, counts }: Props) {
  const { t, i18n } = useTranslation();
  const identity = useOpenWorkspace().identity;
  const isSecretary = identity?.kind === 'secretary';
  const [editing, setEditing] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Back from the form (saved or cancelled): keyboard focus returns to the button that opened it.
    if (wasEditing.current && !editing) toggle.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const adopterId = line && line.adoptedBy !== 'secretary' ? line.adoptedBy : undefined;
  const { record: adopter } = useRecord('deputies', adopterId);
  const who = !line || line.adoptedBy === 'secretary' ? t('alliance.line.secretary') : (adopter?.name ?? line.adoptedBy);

  return (
    <div className="line-card">
      <h3 id="line-title">{t('alliance.line.title')}</h3>
      {line ? (
        <>
          <p className="line-stance">
            <span className="muted">{t('alliance.line.stance')}: </span>
            <strong className={`line-stance-value stance-text-${line.stance}`}>{t(`alliance.lineStances.${line.stance}`)}</strong>
          </p>
          {line.text.trim() ? <blockquote className="line-text">{line.text}</blockquote> : <p className="muted">{t('alliance.line.noText')}</p>}
          <p className="line-meta">
            {t('alliance.line.adopted', { date: formatDate(line.adoptedOn, i18n.language), rule: t(`alliance.rules.${line.rule}`), who })}
          </p>
        </>
      ) : (
        <p>{t('alliance.line.none')}</p>
      )}
      {isSecretary && !editing ? (
        <Button ref={toggle} className="button" onPress={() => setEditing(true)}>
          {t(line ? 'alliance.line.change' : 'alliance.line.adopt')}
        </Button>
      ) : null}
      {!isSecretary ? <p className="muted">{t('alliance.line.onlySecretary')}</p> : null}
      {isSecretary && editing ? <LineForm issueId={issueId} line={line} counts={counts} onDone={() => setEditing(false)} /> : null}
      {line ? <LineHistory lineId={line.id} /> : null}
    </div>
  );
}
