import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useAnnounce } from '../../state/Announcer';
import { isHttpUrl } from './issueFormSchema';

interface Source {
  kind: 'link' | 'document';
  ref: string;
  title: string;
}

/**
 * A source of an issue: an http(s) link opens in the system browser (the app never navigates away);
 * anything else — a document reference, or a link that is not http(s) — is shown as text.
 */
export function SourceLink({ source }: { source: Source }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
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
    <a
      href={source.ref}
      title={t('issues.sources.open', { title: source.ref })}
      onClick={(event) => {
        event.preventDefault();
        call('shell:openExternal', { url: source.ref }).catch((error: unknown) => announce(errorText(t, error), 'error'));
      }}
    >
      {label}
    </a>
  );
}
