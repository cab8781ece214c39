import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  guessMapping,
  parseRows,
  recogniseTitle,
  senFromNumber,
} from '../../../main/ledger/import/applyMapping';
import { previewImport } from '../../../main/ledger/import/preview';
import {
  type CellText,
  ImportFileError,
  readWorkbook,
  type Workbook,
} from '../../../main/ledger/import/readWorkbook';
import {
  IMPORT_PREVIEW_MAX_ERRORS,
  type ImportMapping,
  importMappingSchema,
} from '../../../shared/ledger/importTypes';

/** Builds an in-memory workbook from plain values: strings are text cells, numbers numeric cells. */
function book(rows: Array<Array<string | number | CellText | null>>, name = 'Sheet1'): Workbook {
  const toCell = (v: string | number | CellText | null): CellText => {
    if (v === null) return { text: '' };
    if (typeof v === 'string') return { text: v };
    if (typeof v === 'number') return { text: String(v).replace('.', ','), number: v };
    return v;
  };
  return { sheets: [{ name, rows: rows.map((r) => r.map(toCell)) }] };
}

const DK: ImportMapping = {
  sheet: null,
  headerRow: 1,
  columns: { date: 0, bukti: 1, description: 2, amountMode: 'debit_kredit', debit: 3, credit: 4 },
  defaultAccountCode: '1.1.01',
  counterAccountCode: '9.9.99',
};

function messages(errors: Array<{ rowNumber: number; column: string; message: string }>): string[] {
  return errors.map((e) => `${e.rowNumber} ${e.column}: ${e.message}`);
}

describe('parseRows on an .xlsx built with exceljs', () => {
  it('reads real dates, numbers, formulas and id-ID amount text; reports bad rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Jurnal Juli');
    ws.addRow(['BUKU KAS UMUM']);
    ws.addRow(['Tgl', 'No. Bukti', 'Uraian', 'Debet', 'Kredit', 'Kode Akun']);
    ws.addRow([new Date(Date.UTC(2025, 6, 1)), 'BKM-1', 'Numeric', 1234567.5, null, '1.1.01']); // row 3
    ws.addRow(['02/07/2025', 'BKK-1', 'Formula', null, { formula: 'D3*2', result: 2469135 }, 1101]); // 4
    ws.addRow(['3-7-2025', 'BKM-2', 'Teks Rp', 'Rp 1.234.567', null, '1.1.02 Kas Kecil']); // 5
    ws.addRow(['04.07.2025', 'BKM-3', 'Teks desimal', '1.234.567,50', '-', null]); // 6
    ws.addRow(['05/07/2025 14.30', 'BKK-2', 'Teks strip', null, '1.234.567,-', '']); // 7
    ws.addRow([null, null, null, null, null, null]); // 8 blank
    ws.addRow(['31/02/2025', 'X', 'Tanggal salah', 1000, null]); // 9
    ws.addRow(['06/07/2025', 'X', 'Bukan angka', 'abc', null]); // 10
    ws.addRow(['06/07/2025', 'X', 'Dua sisi', 1000, 2000]); // 11
    ws.addRow(['06/07/2025', 'X', 'Kosong', null, '0']); // 12
    ws.addRow(['06/07/2025', 'X', 'Negatif', '-1.000', null]); // 13
    ws.addRow(['06/07/2025', 'X', null, 1000.005, null]); // 14
    ws.addRow(['Jumlah', null, null, { formula: 'SUM(D3:D7)', result: 4938270 }, null]); // 15
    ws.addRow(['06/07/2025', 'X', 'Ambigu', '1.5', null, '9.9.99']); // 16
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());

    const book = await readWorkbook('juli.xlsx', bytes);
    const mapping: ImportMapping = {
      sheet: 'Jurnal Juli',
      headerRow: 2,
      columns: { ...DK.columns, account: 5 },
      defaultAccountCode: '1.1.09',
      counterAccountCode: '9.9.99',
    };
    const { rows, errors, totalRows } = parseRows(book, mapping);
    expect(rows).toEqual([
      {
        rowNumber: 3,
        date: '2025-07-01',
        time: '00:00',
        bukti: 'BKM-1',
        description: 'Numeric',
        accountCode: '1.1.01',
        amount: 123456750,
      },
      {
        rowNumber: 4,
        date: '2025-07-02',
        time: '00:00',
        bukti: 'BKK-1',
        description: 'Formula',
        accountCode: '1101',
        amount: -246913500,
      },
      {
        rowNumber: 5,
        date: '2025-07-03',
        time: '00:00',
        bukti: 'BKM-2',
        description: 'Teks Rp',
        accountCode: '1.1.02',
        amount: 123456700,
      },
      {
        rowNumber: 6,
        date: '2025-07-04',
        time: '00:00',
        bukti: 'BKM-3',
        description: 'Teks desimal',
        accountCode: '1.1.09',
        amount: 123456750,
      },
      {
        rowNumber: 7,
        date: '2025-07-05',
        time: '14:30',
        bukti: 'BKK-2',
        description: 'Teks strip',
        accountCode: '1.1.09',
        amount: -123456700,
      },
    ]);
    expect(totalRows).toBe(rows.length + new Set(errors.map((e) => e.rowNumber)).size);
    expect(messages(errors)).toEqual([
      '9 Tanggal: Tanggal "31/02/2025" tidak sah: Februari 2025 hanya ada tanggal 1–28, tulis seperti 31/07/2025',
      '10 Debit: Debit: "abc" bukan angka yang sah',
      '11 Debit/Kredit: Debit dan kredit sama-sama terisi; satu baris hanya boleh salah satu',
      '12 Debit/Kredit: Debit dan kredit kosong',
      '13 Debit: Debit tidak boleh negatif',
      '14 Uraian: Uraian wajib diisi',
      '14 Debit: Debit 1000,005 punya lebih dari dua angka di belakang koma; bulatkan ke sen',
      '15 Tanggal: Tanggal tidak sah: "Jumlah", tulis seperti 31/07/2025',
      '15 Uraian: Uraian wajib diisi',
      expect.stringMatching(/^16 Debit: Debit: Format tidak jelas/),
      '16 Kode akun: Kode akun 9.9.99 sama dengan akun lawan',
    ]);
  });
});

describe('parseRows rules', () => {
  it('signed mode: negative = kredit, parentheses allowed, zero refused', () => {
    const wb = book([
      ['Tanggal', 'Uraian', 'Jumlah', 'Jam'],
      ['01/07/2025', 'Masuk', '1.000', '9:05'],
      ['01/07/2025', 'Keluar', '(2.500,25)', '10.15 WIB'],
      ['01/07/2025', 'Keluar lagi', -300.1, ''],
      ['01/07/2025', 'Nol', 0, ''],
      ['01/07/2025', 'Jam salah', 1, '25:00'],
    ]);
    const { rows, errors } = parseRows(wb, {
      ...DK,
      columns: { date: 0, description: 1, amountMode: 'signed', amount: 2, time: 3 },
    });
    expect(rows.map((r) => [r.amount, r.time])).toEqual([
      [100000, '09:05'],
      [-250025, '10:15'],
      [-30010, '00:00'],
    ]);
    expect(messages(errors)).toEqual([
      '5 Jumlah: Jumlah kosong atau nol',
      '6 Jam: Jam "25:00" tidak sah; tulis seperti 09:30',
    ]);
  });

  it('numeric cells are exact to the sen, tolerating float noise from formulas', () => {
    expect(senFromNumber(1234567.5)).toBe(123456750);
    expect(senFromNumber(0.1 + 0.2)).toBe(30);
    expect(senFromNumber(123.45000000000002)).toBe(12345);
    expect(senFromNumber(1.005)).toBeNull();
    expect(senFromNumber(9_876_543_210_123.45)).toBe(987_654_321_012_345);
    expect(senFromNumber(-0.001)).toBeNull();
    expect(senFromNumber(Number.NaN)).toBeNull();
    expect(senFromNumber(-0)).toBe(0);
  });

  it('account code from default, missing, invalid', () => {
    const wb = book([
      ['Tanggal', 'Uraian', 'Debit', 'Kredit', 'Akun'],
      ['01/07/2025', 'A', 1, null, null],
      ['01/07/2025', 'B', 1, null, 'Kas'],
    ]);
    const cols = {
      date: 0,
      description: 1,
      amountMode: 'debit_kredit',
      debit: 2,
      credit: 3,
      account: 4,
    } as const;
    const noDefault = parseRows(wb, { ...DK, columns: cols, defaultAccountCode: null });
    expect(messages(noDefault.errors)).toEqual([
      '2 Kode akun: Kode akun kosong',
      '3 Kode akun: Kode akun "Kas" tidak sah; hanya angka dan titik, mis. 1.1.01',
    ]);
    const withDefault = parseRows(wb, { ...DK, columns: cols, defaultAccountCode: ' 1.1.03 ' });
    expect(withDefault.rows.map((r) => r.accountCode)).toEqual(['1.1.03']);
  });

  it('skips rows whose mapped cells are all blank, even when other columns are filled', () => {
    const wb = book([
      ['Tanggal', 'Bukti', 'Uraian', 'Debit', 'Kredit', 'No'],
      [null, null, null, null, null, 7],
      [],
    ]);
    expect(parseRows(wb, DK)).toEqual({ rows: [], errors: [], totalRows: 0 });
  });

  it('a missing sheet is an ImportFileError naming the sheets', () => {
    expect(() => parseRows(book([['a']], 'Data'), { ...DK, sheet: 'Juli' })).toThrow(ImportFileError);
    expect(() => parseRows(book([['a']], 'Data'), { ...DK, sheet: 'Juli' })).toThrow(
      /Lembar yang ada: "Data"/,
    );
  });
});

describe('guessMapping', () => {
  it('recognises typical Indonesian titles', () => {
    const wb = book([
      ['LAPORAN KAS', null, null, null, null, null],
      ['No', 'Tgl', 'No. Bukti', 'Uraian', 'Debet', 'Kredit', 'Saldo'],
      [1, '01/07/2025', 'BKM-1', 'Setoran', 1000, null, 1000],
    ]);
    expect(guessMapping(wb)).toEqual({
      grouping: 'per_baris',
      sheet: 'Sheet1',
      headerRow: 2,
      columns: {
        date: 1,
        time: null,
        bukti: 2,
        description: 3,
        amountMode: 'debit_kredit',
        debit: 4,
        credit: 5,
        amount: null,
        account: null,
      },
      defaultAccountCode: null,
      counterAccountCode: '',
    });
  });

  it('signed amount, account, time columns and two-row titles', () => {
    expect(recogniseTitle('Tanggal Transaksi')).toBe('date');
    expect(recogniseTitle('Waktu')).toBe('time');
    expect(recogniseTitle('Nomor Bukti')).toBe('bukti');
    expect(recogniseTitle('Keterangan')).toBe('description');
    expect(recogniseTitle('Ket.')).toBe('description');
    expect(recogniseTitle('Penerimaan (Rp)')).toBe('debit');
    expect(recogniseTitle('Uang Masuk')).toBe('debit');
    expect(recogniseTitle('Pengeluaran')).toBe('credit');
    expect(recogniseTitle('Nominal')).toBe('amount');
    expect(recogniseTitle('Jumlah (Rp)')).toBe('amount');
    expect(recogniseTitle('Kode Rekening')).toBe('account');
    expect(recogniseTitle('Nama Akun')).toBeNull();
    expect(recogniseTitle('Saldo')).toBeNull();
    expect(recogniseTitle('No.')).toBeNull();

    const signed = guessMapping(book([['Tanggal', 'Jam', 'Keterangan', 'Kode Akun', 'Jumlah']]));
    expect(signed?.columns).toMatchObject({
      date: 0,
      time: 1,
      description: 2,
      account: 3,
      amountMode: 'signed',
      amount: 4,
    });

    const twoRow = guessMapping(
      book([
        ['Tanggal', 'Uraian', 'Jumlah', null],
        [null, null, 'Debit', 'Kredit'],
        ['01/07/2025', 'A', 1, null],
      ]),
    );
    expect(twoRow?.headerRow).toBe(2);
    expect(twoRow?.columns).toMatchObject({ amountMode: 'debit_kredit', debit: 2, credit: 3, amount: null });
  });

  it('returns null without date, description and amount titles; tries every sheet', () => {
    expect(
      guessMapping(
        book([
          ['Nama', 'Alamat'],
          ['a', 'b'],
        ]),
      ),
    ).toBeNull();
    const two: Workbook = {
      sheets: [...book([['x']], 'Catatan').sheets, ...book([['Tgl', 'Uraian', 'Nominal']], 'Data').sheets],
    };
    expect(guessMapping(two)?.sheet).toBe('Data');
    expect(guessMapping(two, 'Catatan')).toBeNull();
  });
});

describe('previewImport', () => {
  it('guesses, samples, counts, totals and lists mapping issues', () => {
    const wb = book([
      ['Tgl', 'No. Bukti', 'Uraian', 'Debet', 'Kredit'],
      ['01/07/2025', 'BKM-1', 'Setoran', 1500.5, null],
      [],
      ['02/07/2025', 'BKK-1', 'Bayar', null, '250.000'],
      ['99/07/2025', 'BKK-2', 'Salah', null, '1'],
    ]);
    const p = previewImport(wb, null);
    expect(p.sheets).toEqual(['Sheet1']);
    expect(p.sheet).toBe('Sheet1');
    expect(p.notice).toBeNull();
    expect(p.headers).toEqual(['Tgl', 'No. Bukti', 'Uraian', 'Debet', 'Kredit']);
    expect(p.sampleRows).toEqual([
      ['01/07/2025', 'BKM-1', 'Setoran', '1500,5', ''],
      ['02/07/2025', 'BKK-1', 'Bayar', '', '250.000'],
      ['99/07/2025', 'BKK-2', 'Salah', '', '1'],
    ]);
    expect(p.sampleRowNumbers).toEqual([2, 4, 5]);
    expect(p.totalRows).toBe(3);
    expect(p.validRows).toBe(0);
    // The guess has no account and no counter account yet: every row says so, and so do the issues.
    expect(p.errorCount).toBe(4);
    expect(p.mappingIssues).toEqual({
      counterAccountCode: 'Akun lawan belum dipilih',
      defaultAccountCode: 'Pilih kolom kode akun atau isi kode akun bawaan',
    });

    const ready = previewImport(wb, {
      ...(p.mapping as ImportMapping),
      defaultAccountCode: '1.1.01',
      counterAccountCode: '3.1.01',
    });
    expect(ready.mappingIssues).toEqual({});
    expect(ready.validRows).toBe(2);
    expect(ready.totalDebit).toBe(150050);
    expect(ready.totalCredit).toBe(25000000);
    expect(ready.errors).toEqual([
      {
        rowNumber: 5,
        column: 'Tanggal',
        message: expect.stringMatching(/^Tanggal "99\/07\/2025" tidak sah: Juli 2025 hanya ada tanggal 1–31/),
      },
    ]);
    expect(ready.rows).toBeUndefined();
  });

  it('without a usable guess shows the first rows and a notice', () => {
    const p = previewImport(book([[], ['Nama', 'Alamat'], ['a', 'b']]), null);
    expect(p.mapping).toBeNull();
    expect(p.notice).toMatch(/Judul kolom tidak dikenali/);
    expect(p.headers).toEqual(['Nama', 'Alamat']);
    expect(p.sampleRows).toEqual([['a', 'b']]);
    expect(p.totalRows).toBe(0);
  });

  it('caps the error list but counts every error', () => {
    const rows: Array<Array<string | null>> = [['Tanggal', 'Uraian', 'Debit', 'Kredit']];
    for (let i = 0; i < IMPORT_PREVIEW_MAX_ERRORS + 10; i++) rows.push(['x', 'y', '1', null]);
    const p = previewImport(book(rows), {
      ...DK,
      columns: { date: 0, description: 1, amountMode: 'debit_kredit', debit: 2, credit: 3 },
    });
    expect(p.errors).toHaveLength(IMPORT_PREVIEW_MAX_ERRORS);
    expect(p.errorCount).toBe(IMPORT_PREVIEW_MAX_ERRORS + 10);
    expect(p.totalRows).toBe(IMPORT_PREVIEW_MAX_ERRORS + 10);
  });
});

describe('importMappingSchema', () => {
  const issues = (input: unknown) => {
    const r = importMappingSchema.safeParse(input);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('accepts a complete mapping and normalises a blank default account', () => {
    const r = importMappingSchema.safeParse({
      ...DK,
      defaultAccountCode: '',
      columns: { ...DK.columns, account: 6 },
    });
    expect(r.success && r.data.defaultAccountCode).toBeNull();
  });

  it('explains what is missing, in Indonesian', () => {
    expect(
      issues({
        sheet: null,
        headerRow: 0,
        columns: { amountMode: 'signed' },
        defaultAccountCode: null,
        counterAccountCode: '',
      }),
    ).toEqual({
      headerRow: 'Baris judul kolom paling kecil 1',
      'columns.date': 'Kolom tanggal belum dipilih',
      'columns.description': 'Kolom uraian belum dipilih',
    });
    expect(issues({ ...DK, columns: { ...DK.columns, debit: null, credit: null } })).toEqual({
      'columns.debit': 'Kolom debit atau kredit belum dipilih',
    });
    expect(issues({ ...DK, columns: { ...DK.columns, amountMode: 'signed' } })).toEqual({
      'columns.amount': 'Kolom jumlah belum dipilih',
    });
    expect(issues({ ...DK, columns: { ...DK.columns, credit: 3 } })).toEqual({
      'columns.credit': 'Kolom kredit sama dengan kolom debit',
    });
    expect(issues({ ...DK, defaultAccountCode: '9.9.99' })).toEqual({
      defaultAccountCode: 'Kode akun bawaan tidak boleh sama dengan akun lawan',
    });
    expect(issues({ ...DK, counterAccountCode: 'Kas' })).toEqual({
      counterAccountCode: 'Kode akun lawan hanya berisi angka dan titik, mis. 1.1.01',
    });
  });
});
