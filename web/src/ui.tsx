import { useId, type ReactNode, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

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
