import { useTranslation } from 'react-i18next';
import { provenanceText } from './provenance';
import type { Provenance } from './stances';

/** Who entered a stance and whether the deputy confirmed it; an unconfirmed one is said so in words and stands out. */
export function ProvenanceLine({ provenance }: { provenance: Provenance }) {
  const { t, i18n } = useTranslation();
  const text = provenanceText(t, provenance, i18n.language);
  return (
    <p className={`provenance${provenance.confirmed ? '' : ' is-unconfirmed'}`}>
      {provenance.confirmed ? null : (
        <span className="provenance-mark" aria-hidden="true">
          !
        </span>
      )}
      <span>{text.charAt(0).toLocaleUpperCase(i18n.language) + text.slice(1)}</span>
    </p>
  );
}
