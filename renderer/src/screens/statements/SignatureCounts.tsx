import { useTranslation } from 'react-i18next';

interface Counts {
  current: number;
  stale: number;
  unconfirmed: number;
}

/**
 * Signatures in words: how many are for the current text, how many for an earlier version (those
 * deputies are asked to sign again), and how many the deputy has not confirmed yet.
 */
export function SignatureCounts({ counts, className }: { counts: Counts; className?: string }) {
  const { t } = useTranslation();
  if (counts.current + counts.stale === 0) return <p className={`stmt-signature-counts muted ${className ?? ''}`}>{t('statements.counts.none')}</p>;
  const parts = [t('statements.counts.current', { count: counts.current })];
  if (counts.stale > 0) parts.push(t('statements.counts.stale', { count: counts.stale }));
  if (counts.unconfirmed > 0) parts.push(t('statements.counts.unconfirmed', { count: counts.unconfirmed }));
  return <p className={`stmt-signature-counts ${className ?? ''}`}>{parts.join(' · ')}</p>;
}
