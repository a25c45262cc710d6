import { useId, useState, type ReactNode, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { graphql } from './gql';
import { useT } from './i18n';

// A labelled input with its error beside it (userErrors name the field they are about).
export function Field(props: { label: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const { label, error, ...input } = props;
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? id + '-err' : undefined} {...input} />
      {error && <p className="field-error" id={id + '-err'} role="alert">{error}</p>}
    </div>
  );
}

export function TextArea(props: { label: string; error?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { label, error, ...area } = props;
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? id + '-err' : undefined} {...area} />
      {error && <p className="field-error" id={id + '-err'} role="alert">{error}</p>}
    </div>
  );
}

export function Select(props: { label: string; value: string; onChange: (v: string) => void; options: [string, string][] }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map(([v, l]) => (
          <option key={v} value={v}>{l}</option>
        ))}
      </select>
    </div>
  );
}

export function Notice({ kind, children }: { kind: 'error' | 'info'; children: ReactNode }) {
  return <div className={'notice notice-' + kind} role={kind === 'error' ? 'alert' : 'status'}>{children}</div>;
}

export type UserError = { code: string; field?: readonly string[] | null; message: string };

// fieldErrors maps each userError to the input field it names (the last path element).
export function fieldErrors(errors: readonly UserError[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors ?? []) out[e.field?.[e.field.length - 1] ?? '_'] = e.message;
  return out;
}

// The three states every query has besides its data: loading, failed (with a retry) and empty.
export function Loading() {
  const t = useT();
  return <p className="state state-loading" role="status" aria-live="polite">{t('loading')}</p>;
}

export function ErrorState({ error, onRetry }: { error?: CombinedError; onRetry: () => void }) {
  const t = useT();
  const network = !error || !!error.networkError;
  return (
    <div className="notice notice-error state state-error" role="alert">
      <p>{network ? t('errorNetwork') : t('errorLoading')}</p>
      {error && !network && error.graphQLErrors[0] && <p className="meta">{error.graphQLErrors[0].message}</p>}
      <button type="button" onClick={onRetry}>{t('retry')}</button>
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const t = useT();
  return <p className="state state-empty">{children ?? t('none')}</p>;
}

// QueryState renders a query's state: loading until the first answer, the error with a retry
// (network-only, so a restored connection is asked again), empty when isEmpty says so, else
// children with the data. Data already shown stays shown while a refetch runs.
export function QueryState<D>(props: {
  result: { data?: D; error?: CombinedError; fetching: boolean };
  retry: (opts: { requestPolicy: 'network-only' }) => void;
  isEmpty?: (d: D) => boolean;
  empty?: ReactNode;
  children: (d: D) => ReactNode;
}) {
  const { data, error } = props.result;
  if (error && !data) return <ErrorState error={error} onRetry={() => props.retry({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  if (props.isEmpty?.(data)) return <Empty>{props.empty}</Empty>;
  return <>{props.children(data)}</>;
}

// CityLink names a city and links to its page, wherever a city is shown; its fragment is what
// a query asks for it.
graphql(`
  fragment CityLink_city on City { slug name }
`);

export function CityLink({ city }: { city: { slug: string; name: string } }) {
  return <Link to={'/cities/' + city.slug}>{city.name}</Link>;
}

// Disclosure: a button (aria-expanded) that shows or hides what follows, so a page is not a
// stack of long forms; what is hidden stays mounted and keeps what was typed.
export function Disclosure({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="disclosure">
      <button type="button" className="disclosure-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '−' : '+'}</span> {label}
      </button>
      <div id={id} hidden={!open}>{children}</div>
    </div>
  );
}
