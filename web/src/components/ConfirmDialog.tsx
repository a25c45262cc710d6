import { useState, type ReactNode } from 'react';
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useT } from '../i18n';
import './pages.css';

// ConfirmDialog asks before an action that cannot be undone (Radix AlertDialog: focus moves into
// the dialog, stays there, Escape cancels and focus returns to the button that opened it). The
// dialog names the action, says what it will do (children: facts, warnings, a note to write),
// and runs onConfirm only on the confirming button; it stays open while the action runs, and
// closes when it is done (onConfirm returning false keeps it open, e.g. for a userError).
export function ConfirmDialog(props: {
  // The button that opens the dialog (its visible label) and, for screen readers, what it is about.
  trigger: ReactNode;
  about?: string;
  title: string;
  description: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<boolean | void> | boolean | void;
  destructive?: boolean;
  disabled?: boolean;
  // Told when the dialog opens or closes (e.g. to start a note afresh).
  onOpenChange?: (open: boolean) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <AlertDialog.Root open={open} onOpenChange={(o) => { if (!busy) { setOpen(o); props.onOpenChange?.(o); } }}>
      <AlertDialog.Trigger asChild>
        <button type="button" disabled={props.disabled} className={props.destructive ? 'danger' : undefined}>
          {props.trigger}{props.about && <span className="sr-only"> {props.about}</span>}
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog-title">{props.title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="dialog-description">{props.description}</div>
          </AlertDialog.Description>
          {props.children}
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" disabled={busy}>{t('cancel')}</button>
            </AlertDialog.Cancel>
            <button type="button" className={props.destructive ? 'danger' : 'primary'} disabled={busy} onClick={async () => {
              setBusy(true);
              try {
                const keep = (await props.onConfirm()) === false;
                if (!keep) {
                  setOpen(false);
                  props.onOpenChange?.(false);
                }
              } finally {
                setBusy(false);
              }
            }}>{busy ? t('working') : props.confirmLabel}</button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
