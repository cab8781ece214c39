import {
  EXPLANATION_SIGN,
  type ExamStatus,
  type ExplanationCode,
} from '../../shared/pemeriksaan/pemeriksaan';

export const STATUS_BADGE: Record<ExamStatus, { label: string; color: string }> = {
  draft: { label: 'Draf', color: 'gray' },
  final: { label: 'Final', color: 'teal' },
  ditandatangani: { label: 'Ditandatangani', color: 'blue' },
};

export type Direction = 'tambah' | 'kurang';

export const DIRECTION_OPTIONS = [
  { value: 'kurang', label: 'Kurang (−)' },
  { value: 'tambah', label: 'Tambah (+)' },
];

/** The direction to preset for each explanation (shared rule; null = either way). */
export const EXPLANATION_DIRECTION = Object.fromEntries(
  Object.entries(EXPLANATION_SIGN).map(([code, sign]) => [
    code,
    sign < 0 ? 'kurang' : sign > 0 ? 'tambah' : null,
  ]),
) as Record<ExplanationCode, Direction | null>;

export const DIFFERENCE_LOOK = {
  sesuai: { label: 'Sesuai', color: 'teal' },
  lebih: { label: 'Lebih', color: 'orange' },
  kurang: { label: 'Kurang', color: 'red' },
} as const;

export function differenceStatus(sen: number): keyof typeof DIFFERENCE_LOOK {
  return sen === 0 ? 'sesuai' : sen > 0 ? 'lebih' : 'kurang';
}

/** A selisih fully explained is shown as explained (neutral); only an unexplained remainder is alarming. */
export function differenceLook(difference: number, unexplained: number): { label: string; color: string } {
  if (difference !== 0 && unexplained === 0) {
    return { label: `${DIFFERENCE_LOOK[differenceStatus(difference)].label}, terjelaskan`, color: 'gray' };
  }
  return DIFFERENCE_LOOK[differenceStatus(difference)];
}

interface FormWithErrors {
  setErrors(errors: Record<string, string>): void;
}

/**
 * Main names fields by their path in the request (`amount.amount`, `examinerOfficerIds.1`); the
 * form has one field per name. `rename` maps a path to the form's field, list indexes are dropped.
 */
export function fieldErrorsTo(form: FormWithErrors, rename: Record<string, string> = {}): FormWithErrors {
  return {
    setErrors(errors) {
      const mapped: Record<string, string> = {};
      for (const [path, message] of Object.entries(errors)) {
        const field = rename[path] ?? path.replace(/\.\d+$/, '');
        mapped[field] ??= message;
      }
      form.setErrors(mapped);
    },
  };
}
