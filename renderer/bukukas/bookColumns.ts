export const ROW_HEIGHT = 46;
export const HEADER_HEIGHT = 38;

export interface Column {
  key: 'tanggal' | 'bukti' | 'uraian' | 'rekening' | 'debit' | 'kredit' | 'saldo';
  label: string;
  width: string;
  numeric?: boolean;
}

const ALL: Column[] = [
  { key: 'tanggal', label: 'Tanggal', width: '96px' },
  { key: 'bukti', label: 'No. Bukti', width: '116px' },
  { key: 'uraian', label: 'Uraian', width: 'minmax(200px, 1fr)' },
  { key: 'rekening', label: 'Rekening', width: 'minmax(110px, 160px)' },
  { key: 'debit', label: 'Debit', width: '120px', numeric: true },
  { key: 'kredit', label: 'Kredit', width: '120px', numeric: true },
  { key: 'saldo', label: 'Saldo', width: '136px', numeric: true },
];

/** The book's columns; Rekening only in the Buku Kas Umum, where rows come from several accounts. */
export function bookColumns(bku: boolean): Column[] {
  return bku ? ALL : ALL.filter((c) => c.key !== 'rekening');
}

export function gridTemplate(columns: readonly Column[]): string {
  return columns.map((c) => c.width).join(' ');
}

/** Wide enough that amounts never wrap; narrower windows scroll sideways. */
export function minTableWidth(bku: boolean): number {
  return bku ? 960 : 820;
}
