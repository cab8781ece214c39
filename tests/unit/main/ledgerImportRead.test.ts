import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  type CellText,
  detectDelimiter,
  ImportFileError,
  MAX_IMPORT_FILE_BYTES,
  readWorkbook,
  type Workbook,
} from '../../../main/ledger/import/readWorkbook';

async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cell(wb: Workbook, address: { sheet?: number; row: number; col: number }): CellText | undefined {
  return wb.sheets[address.sheet ?? 0]?.rows[address.row - 1]?.[address.col];
}

async function expectFileError(name: string, bytes: Buffer, pattern: RegExp): Promise<void> {
  const err = await readWorkbook(name, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportFileError);
  expect(err).toBeInstanceOf(Error);
  expect((err as ImportFileError).code).toBe('VALIDATION');
  expect((err as Error).message).toMatch(pattern);
}

describe('readWorkbook: xlsx', () => {
  it('keeps dates as ISO, numbers exact, formulas as their cached result', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Jurnal');
      ws.addRow(['Tanggal', 'Uraian', 'Jumlah']);
      ws.addRow([new Date(Date.UTC(2025, 6, 31)), '  Setoran  ', 1234567.5]);
      ws.addRow([new Date(Date.UTC(2025, 6, 31, 10, 30)), 'Formula', { formula: 'C2*2', result: 2469135 }]);
      ws.getCell('C2').numFmt = '#,##0.00';
      ws.getCell('D3').value = { richText: [{ text: 'Kas ' }, { text: 'kecil', font: { bold: true } }] };
      ws.getCell('E3').value = { formula: 'A2', result: new Date(Date.UTC(2025, 0, 2)) };
      ws.getCell('E3').numFmt = 'dd/mm/yyyy';
      ws.getCell('F3').value = 1234;
      ws.getCell('G3').value = true;
      wb.addWorksheet('Kosong');
    });
    const wb = await readWorkbook('jurnal.XLSX', bytes);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Jurnal', 'Kosong']);
    expect(cell(wb, { row: 1, col: 0 })).toEqual({ text: 'Tanggal' });
    expect(cell(wb, { row: 2, col: 0 })).toEqual({ text: '31/07/2025', date: '2025-07-31' });
    expect(cell(wb, { row: 2, col: 1 })).toEqual({ text: 'Setoran' });
    // Grouping follows the number format; the decimal comma follows id-ID.
    expect(cell(wb, { row: 2, col: 2 })).toEqual({ text: '1.234.567,5', number: 1234567.5 });
    expect(cell(wb, { row: 3, col: 0 })).toEqual({
      text: '31/07/2025 10:30',
      date: '2025-07-31',
      time: '10:30',
    });
    expect(cell(wb, { row: 3, col: 2 })).toEqual({ text: '2469135', number: 2469135 });
    expect(cell(wb, { row: 3, col: 3 })).toEqual({ text: 'Kas kecil' });
    expect(cell(wb, { row: 3, col: 4 })).toEqual({ text: '02/01/2025', date: '2025-01-02' });
    expect(cell(wb, { row: 3, col: 5 })).toEqual({ text: '1234', number: 1234 });
    expect(cell(wb, { row: 3, col: 6 })).toEqual({ text: 'BENAR' });
    expect(wb.sheets[1]?.rows).toEqual([]);
  });

  it('keeps row numbers across blank rows, reads time-only cells, blanks merged slaves', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'Judul';
      ws.mergeCells('A1:C1');
      ws.getCell('B4').value = new Date(Date.UTC(1899, 11, 30, 9, 5));
      ws.getCell('B4').numFmt = 'hh:mm';
    });
    const wb = await readWorkbook('a.xlsx', bytes);
    const rows = wb.sheets[0]?.rows ?? [];
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual([{ text: 'Judul' }]);
    expect(rows[1]).toEqual([]);
    expect(rows[3]?.[0]).toEqual({ text: '' });
    expect(rows[3]?.[1]).toEqual({ text: '09:05', time: '09:05' });
  });

  it('refuses wrong, broken and empty files with an Indonesian message', async () => {
    const random = Buffer.alloc(2048);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 251;
    await expectFileError('jurnal.xlsx', random, /bukan file Excel \.xlsx yang utuh/);
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), random]);
    await expectFileError('jurnal.xlsx', brokenZip, /File Excel rusak/);
    await expectFileError('laporan.pdf', Buffer.from('%PDF-1.7\n'), /Jenis file \.pdf tidak didukung/);
    await expectFileError('jurnal.xlsx', Buffer.alloc(0), /File kosong/);
    await expectFileError('jurnal.csv', Buffer.alloc(0), /File kosong/);
    await expectFileError('jurnal.csv', Buffer.from('\ufeff  \r\n \n'), /File kosong/);
    await expectFileError('jurnal', Buffer.from('a,b'), /tanpa ekstensi/);
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expectFileError('lama.xls', ole, /Excel 97–2003/);
    await expectFileError('lama.xlsx', ole, /Excel lama \(\.xls\) atau dilindungi kata sandi/);
    await expectFileError('besar.csv', Buffer.alloc(MAX_IMPORT_FILE_BYTES + 1, 0x41), /terlalu besar/);
    await expectFileError('pdf.csv', Buffer.from('%PDF-1.4 ...'), /PDF, bukan CSV/);
    await expectFileError('biner.csv', Buffer.from([0x41, 0x00, 0x42, 0x0a]), /bukan file teks CSV/);
    await expectFileError('kosong.xlsx', await xlsxBytes((wb) => wb.addWorksheet('A')), /tidak berisi data/);
  });

  it('throws ImportFileError for an unterminated quote in CSV', async () => {
    await expectFileError('a.csv', Buffer.from('a;b\n"x"y;1\n'), /CSV tidak bisa dibaca/);
  });
});

describe('readWorkbook: csv', () => {
  it('reads ; delimited text with a BOM, quotes and keeps cells as text', async () => {
    const text =
      '\ufeffTgl;Uraian;Debet;Kredit\r\n31/07/2025;"Setoran; tunai";1.234.567,50;\r\n\r\n01/08/2025;Bayar;;Rp 50.000\r\n';
    const wb = await readWorkbook('C:\\data\\kas juli.csv', Buffer.from(text, 'utf8'));
    expect(wb.sheets).toHaveLength(1);
    expect(wb.sheets[0]?.name).toBe('kas juli');
    const rows = wb.sheets[0]?.rows ?? [];
    expect(rows[0]?.map((c) => c.text)).toEqual(['Tgl', 'Uraian', 'Debet', 'Kredit']);
    expect(rows[1]?.map((c) => c.text)).toEqual(['31/07/2025', 'Setoran; tunai', '1.234.567,50']);
    expect(rows[2]).toEqual([]);
    expect(rows[3]?.map((c) => c.text)).toEqual(['01/08/2025', 'Bayar', '', 'Rp 50.000']);
    // No numbers or dates are guessed from CSV text.
    expect(rows[1]?.[2]?.number).toBeUndefined();
    expect(rows[1]?.[0]?.date).toBeUndefined();
  });

  it('reads , delimited text and quoted id-ID amounts', async () => {
    const text = 'Tanggal,Uraian,Jumlah\n2025-07-31,Setoran,"1.234.567,-"\n';
    const wb = await readWorkbook('a.csv', Buffer.from(text, 'utf8'));
    expect(wb.sheets[0]?.rows[1]?.map((c) => c.text)).toEqual(['2025-07-31', 'Setoran', '1.234.567,-']);
  });

  it('honours a sep= line and reads Windows-1252 text', async () => {
    const bytes = Buffer.concat([
      Buffer.from('sep=;\r\nUraian;Jumlah\r\nCaf'),
      Buffer.from([0xe9]),
      Buffer.from(';1\r\n'),
    ]);
    const wb = await readWorkbook('a.csv', bytes);
    expect(wb.sheets[0]?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Uraian', 'Jumlah'],
      ['Café', '1'],
    ]);
  });

  it('detects the delimiter from the first line, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2')).toBe(',');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('\n\na\tb\n')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
  });
});
