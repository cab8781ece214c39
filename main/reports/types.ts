import type { Content } from 'pdfmake/interfaces';
import type { IsoDate } from '../../shared/format/date';
import type { Sen } from '../../shared/format/money';
import type { OfficeProfile, PaperSize } from '../../shared/office/profile';

export type { IsoDate, OfficeProfile, PaperSize, Sen };

export type Orientation = 'portrait' | 'landscape';

/** One person who signs. */
export interface Signer {
  /** Line above the role, e.g. `Mengetahui,`, `Yang Memeriksa,`, `Menyetujui,`. */
  caption?: string;
  /** Jabatan printed above the signature space, e.g. `Bendahara UPK`. */
  role: string;
  /** null → a dotted line `(........)` so a missing officer can be filled in by hand. */
  name: string | null;
  /** Printed as `NIP. …` under the name only when present (never `NIP. -`). */
  nip?: string | null;
  /** Draw a dashed "Meterai Rp10.000" box in the signature space. */
  meterai?: boolean;
}

export interface SignatureBlock {
  /** Place for the `Sukamaju, 31 Juli 2025` line over the right-hand block. */
  place: string;
  date: IsoDate;
  signers: Signer[];
  /** Print the place-and-date line (default true). */
  showDateLine?: boolean;
}

/** Extra footer content of a numbered document (e.g. a berita acara), printed on every page. */
export interface ReportFooter {
  /** Document reference after the title, e.g. `Nomor 001/BA-PK/UPK/VII/2025`. */
  reference?: string;
  /** Text encoded in a small QR code at the left of the footer (makes the bottom margin taller). */
  qr?: string;
  /** A small line under the reference, e.g. the verification code in clear. */
  note?: string;
  /** A second small line: who prepared and who reviewed the document (or "tanpa reviu"). */
  review?: string;
  /** Labels of small initial (paraf) boxes at the right, e.g. `Bendahara`, `Pemeriksa`. */
  paraf?: string[];
}

/** Everything the engine needs to lay out one report; the content comes from a report's own builder. */
export interface ReportDoc {
  /** Kop surat source; null prints no letterhead (e.g. before the profile is filled in). */
  office: OfficeProfile | null;
  paper: PaperSize;
  orientation: Orientation;
  /** Printed centred, bold, uppercase. */
  title: string;
  /** Underline the title (berita acara). */
  titleUnderline?: boolean;
  /** Centred lines under the title (account, period …). */
  subtitle?: string[];
  content: Content[];
  signatures?: SignatureBlock;
  info?: { title: string; subject: string };
  footer?: ReportFooter;
  /** Moment printed in the footer and stored as the PDF creation date (default: now). */
  printedAt?: Date;
}

/** One line of a book as printed. */
export interface BookRow {
  date: IsoDate;
  /** `HH:MM`. */
  time: string;
  bukti: string;
  description: string;
  /** The cash/bank account of the line; only filled in the Buku Kas Umum. */
  account?: string;
  debit: Sen;
  credit: Sen;
  /** Running saldo after this row; a voided row repeats the previous saldo. */
  balance: Sen;
  /** Printed struck through with `(BATAL)`; never part of the totals. */
  voided: boolean;
}

/** Frozen snapshot of a book for printing (built by the ledger service). */
export interface BookReportData {
  /** `BUKU KAS`, `BUKU BANK`, `BUKU KAS UMUM`. */
  title: string;
  /** `Kas Tunai (1.1.01.01)` or `Bank BRI 0123-01-000456-50-1 a.n. UPK …`. */
  accountLabel: string;
  period: { from: IsoDate; to: IsoDate };
  openingBalance: Sen;
  rows: BookRow[];
  closingBalance: Sen;
  /** Totals of live rows (voided rows excluded). */
  totalDebit: Sen;
  totalCredit: Sen;
  signatures: SignatureBlock;
}
