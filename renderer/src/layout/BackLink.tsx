import { Link } from 'react-router-dom';

/** The way back to a list, above a record's heading; the arrow is for the eye only. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link to={to}>
      <span aria-hidden="true">← </span>
      {label}
    </Link>
  );
}
