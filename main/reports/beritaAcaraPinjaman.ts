import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Sen } from '../../shared/format/money';
import type { ExamLoanSection } from '../../shared/pemeriksaan/pemeriksaan';
import { gridLayout, headerRow, moneyText } from './pdf';

const right = (sen: Sen, bold = false): TableCell => ({
  text: moneyText(sen, { decimals: 'auto' }),
  alignment: 'right',
  bold,
});

/** Lampiran III body: piutang pinjaman in the journal against the register, and kolektibilitas with the provision. */
export function loanLampiranBody(loans: ExamLoanSection): Content[] {
  const agree = loans.difference === 0;
  const reconcile: TableCell[][] = [
    headerRow(['Uraian', 'Jumlah (Rp)']),
    ['Piutang pinjaman menurut jurnal (neraca)', right(loans.receivableInBooks)],
    [`Saldo pokok menurut register pinjaman (${loans.loanCount} pinjaman)`, right(loans.registerSaldo)],
    [{ text: 'Selisih', bold: true }, right(loans.difference, true)],
  ];
  const classes: TableCell[][] = [
    headerRow(['Kelas', 'Jumlah pinjaman', 'Saldo pokok (Rp)', 'Cadangan (%)', 'Cadangan wajib (Rp)']),
    ...loans.byClass.map((c): TableCell[] => [
      c.name,
      { text: String(c.count), alignment: 'right' },
      right(c.saldo),
      { text: `${(c.provisionBp / 100).toLocaleString('id-ID')}%`, alignment: 'right' },
      right(c.provision),
    ]),
    [
      { text: 'Jumlah', bold: true },
      { text: String(loans.byClass.reduce((s, c) => s + c.count, 0)), alignment: 'right', bold: true },
      right(loans.registerSaldo, true),
      '',
      right(loans.provisionRequired, true),
    ],
  ];
  return [
    {
      text: 'Register pinjaman dan jurnal dihitung per akhir tanggal pemeriksaan.',
      italics: true,
      fontSize: 9,
      margin: [0, 0, 0, 6],
    },
    { text: 'A. Piutang pinjaman: jurnal dan register', bold: true, margin: [0, 4, 0, 4] },
    { table: { headerRows: 1, widths: ['*', 110], body: reconcile }, layout: gridLayout, fontSize: 9.5 },
    {
      text: agree
        ? 'Saldo piutang pinjaman di jurnal sama dengan jumlah saldo pokok di register pinjaman.'
        : 'Saldo piutang pinjaman di jurnal TIDAK sama dengan register pinjaman; selisih ini harus direkonsiliasi.',
      margin: [0, 4, 0, 10],
      italics: !agree,
    },
    { text: `B. Kolektibilitas (${loans.tableName})`, bold: true, margin: [0, 0, 0, 4] },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: ['*', 60, 90, 56, 90], body: classes },
      layout: gridLayout,
      fontSize: 9.5,
    },
    {
      table: {
        widths: ['*', 110],
        body: [
          ['Cadangan penghapusan yang wajib dibentuk', right(loans.provisionRequired)],
          ['Cadangan penghapusan yang sudah dibukukan', right(loans.provisionBooked)],
          [
            { text: 'Kekurangan (kelebihan) cadangan', bold: true },
            right(loans.provisionRequired - loans.provisionBooked, true),
          ],
          ['Tunggakan pokok', right(loans.tunggakanPokok)],
          ['Tunggakan jasa', right(loans.tunggakanJasa)],
        ],
      },
      layout: gridLayout,
      fontSize: 9.5,
      margin: [0, 8, 0, 0],
    },
  ];
}
