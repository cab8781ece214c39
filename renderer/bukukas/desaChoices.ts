import type { Desa } from '../../shared/desa/desa';

/** Active desa, plus the one already on the entry even if it was deactivated since. */
export function desaChoices(
  desa: readonly Desa[],
  current: string | null,
): { value: string; label: string }[] {
  return desa
    .filter((d) => d.active || String(d.id) === current)
    .map((d) => ({ value: String(d.id), label: d.name }));
}
