/** Posts an officer can hold. `single`: at most one holder on any date. Labels are what reports print. */
export const POSITIONS = [
  { code: 'ketua_upk', label: 'Ketua UPK', single: true },
  { code: 'sekretaris_upk', label: 'Sekretaris UPK', single: true },
  { code: 'bendahara_upk', label: 'Bendahara UPK', single: true },
  { code: 'staf_upk', label: 'Staf UPK', single: false },
  { code: 'bp_upk', label: 'Anggota BP-UPK', single: false },
  { code: 'ketua_bp_upk', label: 'Ketua BP-UPK', single: true },
  { code: 'ketua_bkad', label: 'Ketua BKAD', single: true },
  { code: 'pjok', label: 'PjOK', single: true },
  { code: 'camat', label: 'Camat', single: true },
  { code: 'fk', label: 'Fasilitator Kecamatan (FK)', single: false },
  { code: 'ft', label: 'Fasilitator Teknik (FT)', single: false },
  { code: 'faskeu', label: 'Fasilitator Keuangan', single: false },
  { code: 'pl', label: 'Pendamping Lokal (PL)', single: false },
] as const;

export type PositionCode = (typeof POSITIONS)[number]['code'];
export const POSITION_CODES = POSITIONS.map((p) => p.code) as [PositionCode, ...PositionCode[]];

export function positionLabel(code: PositionCode): string {
  return POSITIONS.find((p) => p.code === code)?.label ?? code;
}

export function isSinglePosition(code: PositionCode): boolean {
  return POSITIONS.find((p) => p.code === code)?.single ?? false;
}

/** Date ranges are inclusive; a null end means "still in office". ISO strings compare as dates. */
export function termCovers(term: { startDate: string; endDate: string | null }, date: string): boolean {
  return term.startDate <= date && (term.endDate === null || date <= term.endDate);
}

export function termsOverlap(
  a: { startDate: string; endDate: string | null },
  b: { startDate: string; endDate: string | null },
): boolean {
  return (a.endDate === null || b.startDate <= a.endDate) && (b.endDate === null || a.startDate <= b.endDate);
}
