import { useState, type MouseEvent, type ReactNode } from 'react';
import { ConfirmOpenLink } from './ConfirmOpenLink';
import { webAddress } from './webAddress';

interface Props {
  href: string;
  children: ReactNode;
  title?: string;
}

/**
 * A link to a web page found in the data (an issue's source, a link in a statement), which may
 * have come from another laptop. The app never navigates away and never opens such a page
 * unasked: a click — or a middle click, which would open a window — shows the address first
 * (ConfirmOpenLink). Anything but an http(s) address is shown as plain text.
 */
export function ExternalLink({ href, children, title }: Props) {
  const [asking, setAsking] = useState(false);
  const address = webAddress(href);
  if (!address) return <span>{children}</span>;
  const ask = (event: MouseEvent) => {
    event.preventDefault();
    setAsking(true);
  };
  return (
    <>
      <a
        href={href}
        rel="noopener noreferrer nofollow"
        title={title}
        onClick={ask}
        onAuxClick={(event) => {
          if (event.button === 1) ask(event);
        }}
      >
        {children}
      </a>
      {asking ? <ConfirmOpenLink address={address} onClose={() => setAsking(false)} /> : null}
    </>
  );
}
