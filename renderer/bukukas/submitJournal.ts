import { ApiError } from '../../shared/contract/client';
import { errorMessage } from '../api/useApi';
import { clearFailure, showFailure } from '../common/forms';

interface FormWithErrors {
  setErrors(errors: Record<string, string>): void;
}

export type Outcome<T> =
  | { ok: true; value: T }
  /** `confirm`: main asks first (a bukti number already used); the form offers "Simpan juga". */
  | { ok: false; confirm: string | null; message: string };

/**
 * Sends a journal write. Main's field errors land on the form (renamed by `mapFields` when the
 * form's paths differ from the request's); its message is shown. A NEEDS_CONFIRMATION refusal
 * returns its question instead of a red notice, so the form can ask and resend.
 */
export async function submitJournal<T>(
  form: FormWithErrors,
  send: () => Promise<T>,
  mapFields: (fields: Record<string, string>) => Record<string, string> = (f) => f,
): Promise<Outcome<T>> {
  try {
    const value = await send();
    clearFailure('journal');
    return { ok: true, value };
  } catch (err) {
    const message = errorMessage(err);
    if (err instanceof ApiError) {
      if (Object.keys(err.fields).length > 0) form.setErrors(mapFields(err.fields));
      if (err.code === 'NEEDS_CONFIRMATION') return { ok: false, confirm: err.message, message };
    }
    showFailure('journal', message);
    return { ok: false, confirm: null, message };
  }
}
