import type { Officer } from '../../shared/officers/officers';
import { positionLabel, termCovers } from '../../shared/officers/positions';

/** Select options: each officer with the post held on `date`; those without one last, marked. */
export function officerOptions(officers: Officer[], date: string): { value: string; label: string }[] {
  const rows = officers.map((o) => {
    const term = o.terms.find((t) => termCovers(t, date));
    return {
      value: String(o.id),
      label: term ? `${o.fullName} — ${positionLabel(term.position)}` : `${o.fullName} (tidak menjabat)`,
      serving: term !== undefined,
    };
  });
  return [...rows.filter((r) => r.serving), ...rows.filter((r) => !r.serving)].map(({ value, label }) => ({
    value,
    label,
  }));
}
