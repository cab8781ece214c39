import { formatRupiah } from '../../shared/format/money';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';

/** A plain first draft of the conclusion from the numbers; the examiner edits it. */
export function suggestedConclusion(exam: Examination): string {
  const parts: string[] = [];
  for (const c of exam.cash) {
    if (c.difference === 0) {
      parts.push(
        `${c.accountName} sesuai dengan saldo menurut buku sebesar ${formatRupiah(c.book.balance)}.`,
      );
      continue;
    }
    const how = c.difference > 0 ? 'lebih' : 'kurang';
    const rest =
      c.unexplained === 0
        ? 'Selisih tersebut telah dijelaskan seluruhnya.'
        : `Dari selisih tersebut ${formatRupiah(Math.abs(c.unexplained))} belum dapat dijelaskan dan dicatat sebagai temuan.`;
    parts.push(
      `${c.accountName} ${how} ${formatRupiah(Math.abs(c.difference))} dari saldo menurut buku. ${rest}`,
    );
  }
  const banks = exam.banks;
  if (banks.length > 0) {
    parts.push(
      banks.every((b) => b.reconciled)
        ? 'Saldo seluruh rekening bank sesuai dengan pembukuan setelah rekonsiliasi.'
        : 'Saldo sebagian rekening bank belum sesuai dengan pembukuan.',
    );
  }
  return parts.join(' ');
}
