import { PlinthApiError } from "@plinth/client";
import { HOW_IT_WORKS, type Topic } from "../docs/topics";

export { ago, formatUsd as money } from "@plinth/client";

import type { Query } from "@tanstack/react-query";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Link } from "wouter";
import { apiNow } from "../clock";

/** An API problem as people read it: what went wrong, and each field at fault once. */
export function ProblemMessage({ error }: { error: unknown }) {
  if (!error) return null;
  if (error instanceof PlinthApiError) {
    const fields = [...new Map(error.errors.map((field) => [field.field, field.message])).entries()];
    return (
      <div role="alert" className="problem">
        <strong>{error.detail}</strong> <span className="muted">({error.code})</span>
        {fields.length > 0 && (
          <ul>
            {fields.map(([field, message]) => (
              <li key={field}>
                <code>{field}</code>: {message}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return (
    <div role="alert" className="problem">
      <strong>{error instanceof Error ? error.message : String(error)}</strong>
    </div>
  );
}

/** A 4xx answer will be the same answer next time: nothing to poll for. */
export function isFinalProblem(error: unknown): boolean {
  return error instanceof PlinthApiError && error.status >= 400 && error.status < 500;
}

/**
 * A record page's polling: `every(data)` while it loads or lives, never again once the API has said
 * the record is not there for this caller (a 404 or 403 does not change by asking again).
 */
export function pollUnlessGone<T>(every: (data: T | undefined) => number | false) {
  return (query: Query<T, Error, T, readonly unknown[]>) =>
    isFinalProblem(query.state.error) ? false : every(query.state.data);
}

/**
 * What a record page shows when its record cannot be read: for "not there for you" (404, and 403),
 * a heading, what happened and the way back; for anything else, the problem as the API said it.
 */
export function RecordProblem({
  error,
  what,
  id,
  back,
}: {
  error: unknown;
  what: string;
  id: string;
  back: { href: string; label: string };
}) {
  const gone = error instanceof PlinthApiError && (error.status === 404 || error.status === 403);
  if (!gone) return <ProblemMessage error={error} />;
  return (
    <Page title={`${what[0]?.toUpperCase()}${what.slice(1)} not found`}>
      <p className="lead">
        There is no {what} <code>{id}</code> that you can see: it does not exist, or it belongs to a team you are not a
        member of.
      </p>
      <p>
        <Link href={back.href}>← {back.label}</Link>
      </p>
    </Page>
  );
}

const TONE: Record<string, string> = {
  SUCCEEDED: "ok",
  RESOLVED: "ok",
  DESTROYED: "muted",
  EXPIRED: "muted",
  CANCELLED: "muted",
  FAILED: "bad",
  ROLLED_BACK: "bad",
  REJECTED: "bad",
  ESCALATED: "bad",
  PARTIAL: "warn",
  AWAITING_APPROVAL: "warn",
  OPEN: "warn",
};

export function Status({ value }: { value: string }) {
  return <span className={`status ${TONE[value] ?? "busy"}`}>{value.replaceAll("_", " ").toLowerCase()}</span>;
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Page({
  title,
  actions,
  how,
  children,
}: {
  title: ReactNode;
  actions?: ReactNode;
  /** The docs section that explains this page ("How this works"). */
  how?: Topic;
  children: ReactNode;
}) {
  const doc = how ? HOW_IT_WORKS[how] : undefined;
  return (
    <>
      <div className="page-head">
        <h1>{title}</h1>
        {actions && <div className="actions">{actions}</div>}
      </div>
      {doc && (
        <p className="how">
          <Link href={`/docs/${doc.page}#${doc.section}`}>How this works: {doc.label}</Link>
        </p>
      )}
      {children}
    </>
  );
}

/** A button that asks first, in a modal dialog (native <dialog>: focus is trapped and Escape closes it). */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  danger,
  disabled,
}: {
  label: string;
  question: string;
  confirmLabel?: string;
  onConfirm: () => void;
  danger?: boolean;
  disabled?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        className={danger ? "danger" : ""}
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId}>
        <p id={titleId}>{question}</p>
        <div className="actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Keep it
          </button>
          <button
            type="button"
            className={danger ? "danger" : "primary"}
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel ?? label}
          </button>
        </div>
      </dialog>
    </>
  );
}

/** A button that opens a dialog asking for a comment (approve/reject with a reason). */
export function CommentButton({
  label,
  question,
  required,
  onSubmit,
  danger,
}: {
  label: string;
  question: string;
  required?: boolean;
  onSubmit: (comment: string) => void;
  danger?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [comment, setComment] = useState("");
  const id = useId();
  return (
    <>
      <button type="button" className={danger ? "danger" : "primary"} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-q`}>
        <form
          method="dialog"
          onSubmit={() => {
            onSubmit(comment.trim());
            setComment("");
          }}
        >
          <p id={`${id}-q`}>{question}</p>
          <label htmlFor={`${id}-c`}>Comment{required ? "" : " (optional)"}</label>
          <textarea id={`${id}-c`} value={comment} required={required} onChange={(e) => setComment(e.target.value)} />
          <div className="actions">
            <button type="button" onClick={() => dialog.current?.close()}>
              Back
            </button>
            <button type="submit" className={danger ? "danger" : "primary"}>
              {label}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** The API's "now", re-read every few seconds so relative times stay true (clock.ts says why not the browser's). */
export function useNow(everyMs = 5_000): number {
  const [now, setNow] = useState(apiNow());
  useEffect(() => {
    const timer = setInterval(() => setNow(apiNow()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** "Load more" for cursor-paged lists. */
export function MoreButton({ hasMore, loading, onMore }: { hasMore: boolean; loading: boolean; onMore: () => void }) {
  if (!hasMore) return null;
  return (
    <button type="button" onClick={onMore} disabled={loading}>
      {loading ? "Loading…" : "Load more"}
    </button>
  );
}

/** The catalog service a record names, as a fact row linking to its page (nothing when it names none). */
export function ServiceFact({ service }: { service: string | undefined }) {
  if (!service) return null;
  return (
    <>
      <dt>Service</dt>
      <dd>
        <Link href={`/services/${service}`}>{service}</Link>
      </dd>
    </>
  );
}

/** `value`, once it has stopped changing for `ms` (a live preview that waits for the last keystroke). */
export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
