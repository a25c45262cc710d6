import { useId, useState } from 'react';
import { useT } from '../i18n';
import { Notice } from '../ui';

// CopyLink shows a link that is shown only once (an invitation) in a read-only field, with a
// button that copies it.
export function CopyLink({ label, url }: { label: string; url: string }) {
  const t = useT();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <Notice kind="info">
      <label htmlFor={id}>{label}</label>
      <span className="copy">
        <input id={id} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={async () => {
          try {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          } catch {
            document.getElementById(id)?.focus();
          }
        }}>{copied ? t('copied') : t('copy')}</button>
      </span>
    </Notice>
  );
}

// invitationUrl is the link an invitation token opens (the token in the fragment, so it never
// reaches a server log).
export function invitationUrl(token: string): string {
  return `${window.location.origin}/invitation#token=${encodeURIComponent(token)}`;
}
