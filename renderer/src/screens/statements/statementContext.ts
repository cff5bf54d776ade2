import { useOutletContext } from 'react-router-dom';
import type { Identity } from '../../../../shared/ipc/contract';
import type { Principle, Statement, StatementVersion } from '../../../../shared/schema/collections';
import type { SignatureStatus } from './data';

/** What every section of a statement's screen works with, loaded once by StatementLayout. */
export interface StatementContextValue {
  statement: Statement;
  /** Oldest first. */
  versions: StatementVersion[];
  current: StatementVersion | undefined;
  signatures: SignatureStatus[] | undefined;
  principles: Principle[];
  identity: Identity;
  /** A deputy's name, or a placeholder when the deputy is not (yet) on this laptop. */
  deputyName: (id: string) => string;
  /** An author stamp ('secretary' or a deputy id) in words. */
  authorName: (author: string) => string;
  versionNumber: (versionId: string) => number | undefined;
}

export function useStatement(): StatementContextValue {
  return useOutletContext<StatementContextValue>();
}

/** Editing the text is possible until the statement is published or withdrawn. */
export function isTextEditable(statement: Statement): boolean {
  return statement.status === 'draft' || statement.status === 'review' || statement.status === 'open';
}

/** The principle review is settled before opening for signature (the service refuses it later). */
export function isReviewEditable(statement: Statement): boolean {
  return statement.status === 'draft' || statement.status === 'review';
}
