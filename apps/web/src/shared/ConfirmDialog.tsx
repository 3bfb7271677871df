import { useState, type ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormError } from './FormError';
import { useModalKeyboard } from './modal-keyboard';

interface Props {
  /** The button that opens the dialog. */
  trigger: string;
  /** Accessible name of the trigger, when its text alone is ambiguous (several on a page). */
  triggerLabel?: string;
  title: string;
  children: ReactNode;
  confirm: string;
  /** Does the thing; answers an error sentence to show in the dialog, or null when done. */
  onConfirm: () => Promise<string | null>;
  isDisabled?: boolean;
}

/** A confirmation in an alert dialog: says what will happen, and does it only on the explicit answer. */
export function ConfirmDialog({ trigger, triggerLabel, title, children, confirm, onConfirm, isDisabled }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const keyboard = useModalKeyboard();
  return (
    <DialogTrigger
      isOpen={keyboard.trigger.isOpen}
      onOpenChange={(open) => {
        setError(null);
        keyboard.trigger.onOpenChange(open);
      }}
    >
      <Button ref={keyboard.opener} aria-label={triggerLabel} isDisabled={isDisabled}>
        {trigger}
      </Button>
      <Modal isDismissable>
        <Dialog role="alertdialog">
          {({ close }) => (
            <div onKeyDown={keyboard.onKeyDown}>
              <Heading slot="title">{title}</Heading>
              {children}
              <FormError message={error} />
              <div className="actions">
                <Button
                  className="primary"
                  aria-disabled={pending}
                  onPress={async () => {
                    if (pending) return;
                    setPending(true);
                    const problem = await onConfirm();
                    setPending(false);
                    if (problem) setError(problem);
                    else close();
                  }}
                >
                  {confirm}
                </Button>
                <Button onPress={close}>{t('common.cancel')}</Button>
              </div>
            </div>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
