// The one answer every desk action gives, to a form (useActionState) and to a typed call alike.
// Shared with client components, so this file holds types and plain helpers only.

export type FailureKind = "invalid" | "unauthenticated" | "forbidden" | "not-found" | "conflict" | "refused";

/** Field name -> the messages shown under that field. */
export type FieldErrors = Record<string, string[] | undefined>;

/** Success; `fieldErrors` and `values` are absent so that a form reads them off any state. */
export type Done<T extends object = object> = {
  ok: true;
  kind: "done";
  message?: string;
  fieldErrors?: undefined;
  values?: undefined;
} & T;

/** `E` is extra detail a particular refusal carries (the current article on a conflict, ...). */
export type Failure<E extends object = object> = {
  ok: false;
  kind: FailureKind;
  message: string;
  fieldErrors?: FieldErrors;
  /** What a form submitted, so a refused form shows it again instead of losing it (never secrets). */
  values?: Record<string, string>;
} & Partial<E>;

export type Result<T extends object = object, E extends object = object> = Done<T> | Failure<E>;

/** A form's state before its first submission. */
export type Idle = { ok: false; kind: "idle"; message?: undefined; fieldErrors?: undefined; values?: undefined };
/** What useActionState holds for an action answering `R`. */
export type FormState<R> = R | Idle;
export const idle: Idle = { ok: false, kind: "idle" };

export const done = <T extends object = object>(value?: T, message?: string): Done<T> =>
  ({ ...value, ok: true, kind: "done", ...(message === undefined ? {} : { message }) }) as Done<T>;

export const fail = <E extends object = object>(
  kind: FailureKind,
  message: string,
  extra?: Partial<E> & { fieldErrors?: FieldErrors },
): Failure<E> => ({ ...extra, ok: false, kind, message }) as Failure<E>;

export const FORBIDDEN = "You don’t have permission to do that.";
