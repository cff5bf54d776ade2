import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../components/ExternalLink';
import { isHttpUrl } from './issueFormSchema';

interface Source {
  kind: 'link' | 'document';
  ref: string;
  title: string;
}

/**
 * A source of an issue: an http(s) link opens in the system browser once the user has seen the
 * address and agreed (ExternalLink); anything else — a document reference, or a link that is not
 * http(s) — is shown as text.
 */
export function SourceLink({ source }: { source: Source }) {
  const { t } = useTranslation();
  const label = source.title || source.ref;
  if (source.kind !== 'link' || !isHttpUrl(source.ref)) {
    return (
      <span>
        {source.title ? `${source.title}: ` : null}
        {source.ref}
      </span>
    );
  }
  return (
    <ExternalLink href={source.ref} title={t('issues.sources.open', { title: source.ref })}>
      {label}
    </ExternalLink>
  );
}
