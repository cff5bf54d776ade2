import type { TFunction } from 'i18next';
import type { DissentEntry } from '../../../../shared/statements/dissent';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Names {
  deputy: (id: string) => string;
  issue: (id: string) => string;
}

/**
 * A first text of the dissent annex, in the statement's language (`t` fixed to it): per issue, each
 * deputy who opposes or abstains, with their reasons as they gave them.
 */
export function dissentHtml(entries: readonly DissentEntry[], names: Names, t: TFunction): string {
  if (entries.length === 0) return `<p>${escape(t('statements.dissent.annex.none'))}</p>`;
  const blocks = [`<p>${escape(t('statements.dissent.annex.intro'))}</p>`];
  let issueId: string | undefined;
  for (const entry of entries) {
    if (entry.issueId !== issueId) {
      if (issueId !== undefined) blocks.push('</ul>');
      issueId = entry.issueId;
      blocks.push(`<h3>${escape(names.issue(entry.issueId))}</h3><ul>`);
    }
    const who = t('statements.dissent.annex.item', { name: names.deputy(entry.deputyId), stance: t(`statements.dissent.stance.${entry.stance}`) });
    const reasons = entry.reasons ? `: ${escape(entry.reasons).replace(/\r?\n/g, '<br>')}` : `: ${escape(t('statements.dissent.annex.noReasons'))}`;
    blocks.push(`<li><p><strong>${escape(who)}</strong>${reasons}</p></li>`);
  }
  blocks.push('</ul>');
  return blocks.join('');
}
