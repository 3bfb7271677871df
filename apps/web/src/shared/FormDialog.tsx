import { useState, type ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { describeProblem, problemOf } from './errors';
import { FormError } from './FormError';
import { useModalKeyboard } from './modal-keyboard';

interface Props {
  /** The button that opens the dialog. */
  trigger: string;
  title: string;
  /** The fields of the form. */
  children: ReactNode;
  /** The submit button's text. */
  submit: string;
  /** The write is under way (the submit button says so). */
  pending: boolean;
  /** Does the thing with the form's values; a refusal it throws is said in the dialog, which stays open. */
  onSubmit: (form: FormData) => Promise<unknown>;
  /** After a submission that succeeded, once the dialog is closed. */
  onDone?: () => void;
}

/**
 * A form in a modal dialog (React Aria): focus kept inside, Escape or a press outside closes it,
 * focus returns to the button; the server's refusal is shown in the dialog, which stays open.
 */
export function FormDialog({ trigger, title, children, submit, pending, onSubmit, onDone }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const keyboard = useModalKeyboard();
  return (
    <DialogTrigger {...keyboard.trigger}>
      <Button ref={keyboard.opener}>{trigger}</Button>
      <Modal isDismissable>
        <Dialog>
          {({ close }) => (
            <div onKeyDown={keyboard.onKeyDown}>
              <Form
                onSubmit={async (event) => {
                  event.preventDefault();
                  setError(null);
                  try {
                    await onSubmit(new FormData(event.currentTarget));
                  } catch (e) {
                    return setError(describeProblem(t, problemOf(e)));
                  }
                  close();
                  onDone?.();
                }}
              >
                <Heading slot="title">{title}</Heading>
                {children}
                <FormError message={error} />
                <div className="actions">
                  <Button type="submit" className="primary" isPending={pending}>
                    {submit}
                  </Button>
                  <Button onPress={close}>{t('common.cancel')}</Button>
                </div>
              </Form>
            </div>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
