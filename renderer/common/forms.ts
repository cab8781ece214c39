import { notifications } from '@mantine/notifications';
import type { InputOf, RequestName, ResultOf } from '../../shared/contract';
import { ApiError } from '../../shared/contract/client';
import { api } from '../api/transport';
import { errorMessage } from '../api/useApi';

interface FormWithErrors {
  setErrors(errors: Record<string, string>): void;
}

/**
 * Sends a write request from a form. Main validates; its field errors land on the fields, and its
 * message is shown. Resolves with the result, or null when main refused (nothing was written).
 */
export async function sendForm<K extends RequestName>(
  form: FormWithErrors | null,
  name: K,
  input: InputOf<K>,
  successMessage?: string,
): Promise<ResultOf<K> | null> {
  try {
    const result = await api.send(name, input);
    notifications.hide(failureId(name));
    if (successMessage) notifications.show({ color: 'teal', title: 'Tersimpan', message: successMessage });
    return result;
  } catch (err) {
    if (form && err instanceof ApiError && Object.keys(err.fields).length > 0) form.setErrors(err.fields);
    showFailure(name, errorMessage(err));
    return null;
  }
}

function failureId(name: string): string {
  return `belum-tersimpan:${name}`;
}

/**
 * The red "Belum tersimpan" notice of a request: one per request (a second failure replaces the
 * first), and a later success of the same request (`sendForm`) or `clearFailure` takes it away.
 */
export function showFailure(name: string, message: string): void {
  const id = failureId(name);
  notifications.hide(id);
  notifications.show({ id, color: 'red', title: 'Belum tersimpan', message, autoClose: 8000 });
}

export function clearFailure(name: string): void {
  notifications.hide(failureId(name));
}
