import type BetterSqlite3 from 'better-sqlite3';
import { contract } from '../../shared/contract';
import { akhirBulan } from '../../shared/format/date';
import { type EntryDraft, type LineDraft, validateDraft, writer } from '../ledger/journalWriter';

/** Deterministic pseudo-random numbers (mulberry32), so every demo office has the same books. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RP = 100; // sen per rupiah

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDay(d);
}

export const DEMO_BANKS = [
  {
    kind: 'bank',
    code: '1.1.01.02.01',
    name: 'Bank BRI Operasional',
    bank: {
      bankName: 'BRI Unit Sukamaju',
      accountNumber: '0123-01-000456-30-1',
      holder: 'UPK DAPM Kecamatan Sukamaju',
      bankType: 'giro',
    },
  },
  {
    kind: 'bank',
    code: '1.1.01.02.02',
    name: 'Bank BJB Dana Bergulir',
    bank: {
      bankName: 'Bank BJB Cabang Cianjur',
      accountNumber: '0098 7654 3210 0',
      holder: 'UPK DAPM Kecamatan Sukamaju',
      bankType: 'tabungan',
    },
  },
] as const;

/**
 * Books from 1 January of last year to the end of the month before `today`: opening balances, loan repayments
 * into the cash box, office spending, deposits to and withdrawals from the bank, monthly interest,
 * tax and bank charges, loan disbursements from the revolving-fund account. Runs inside the demo's
 * transaction; every entry passes the same checks as one typed in the app. Returns the books' last day.
 */
export function seedDemoLedger(
  sqlite: BetterSqlite3.Database,
  today: string,
  actor: string,
  now: string,
): string {
  const accountId = (code: string): number => {
    const id = sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(code) as
      | number
      | undefined;
    if (id === undefined) throw new Error(`Akun contoh ${code} tidak ada`);
    return id;
  };
  for (const b of DEMO_BANKS) {
    const a = contract['accounts.createMoney'].input.parse(b);
    sqlite
      .prepare(
        `INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, bank_name, bank_account_number,
           bank_holder, bank_type, created_at, updated_at)
         VALUES (?, ?, 'aset', 'D', (SELECT id FROM accounts WHERE code = '1.1.01.02'), 'bank', ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        a.code,
        a.name,
        a.bank?.bankName,
        a.bank?.accountNumber,
        a.bank?.holder,
        a.bank?.bankType,
        now,
        now,
      );
  }
  const kas = accountId('1.1.01.01');
  const bri = accountId('1.1.01.02.01');
  const bjb = accountId('1.1.01.02.02');
  const acc = {
    piutangSpp: accountId('1.1.03.01'),
    piutangUep: accountId('1.1.03.02'),
    cadangan: accountId('1.1.04.01'),
    modal: accountId('3.1.01'),
    ekuitasAwal: accountId('3.1.09'),
    jasaSpp: accountId('4.1.01'),
    jasaUep: accountId('4.1.02'),
    bunga: accountId('4.2.01'),
    honor: accountId('5.1.01'),
    atk: accountId('5.1.02'),
    transport: accountId('5.1.03'),
    admBank: accountId('5.1.04'),
    pajakBunga: accountId('5.1.05'),
  };
  const desaIds = sqlite.prepare('SELECT id FROM desa ORDER BY id').pluck().all() as number[];

  const end = akhirBulan(addDays(`${today.slice(0, 8)}01`, -1));
  const next = addDays(end, 1);
  // From 1 January of the year before the month after the books end: two calendar years (the first one
  // is closed by the demo's tutup buku), or exactly twelve months when the books end in December.
  const start = `${String(Number(next.slice(0, 4)) - 1)}-01-01`;
  const openingDay = addDays(start, -1);
  const rnd = random(20250717);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const roundTo = (n: number, step: number) => Math.max(step, Math.round(n / step) * step);
  const w = writer(sqlite);
  const balances = new Map<number, number>();
  const counters = new Map<string, number>();
  const nextBukti = (prefix: string, date: string) => {
    const key = `${prefix}-${date.slice(0, 7)}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return `${prefix}-${date.slice(2, 4)}${date.slice(5, 7)}-${String(n).padStart(3, '0')}`;
  };
  const post = (
    draft: Omit<EntryDraft, 'kind' | 'desaId'> & { kind?: EntryDraft['kind']; desaId?: number | null },
  ) => {
    const full: EntryDraft = { kind: 'umum', desaId: null, ...draft };
    validateDraft(sqlite, full);
    w.insert(full, actor, now);
    for (const l of full.lines)
      balances.set(l.accountId, (balances.get(l.accountId) ?? 0) + l.debit - l.credit);
  };
  const line = (accountId: number, debit: number, credit: number): LineDraft => ({
    accountId,
    debit,
    credit,
  });

  const opening: [number, number, 'D' | 'K'][] = [
    [kas, 8_750_000, 'D'],
    [bri, 96_400_000, 'D'],
    [bjb, 512_300_000, 'D'],
    [acc.cadangan, 46_000_000, 'K'],
    [acc.modal, 2_650_000_000, 'K'],
  ];
  const openingLines = opening.map(([id, rp, side]) =>
    line(id, side === 'D' ? rp * RP : 0, side === 'K' ? rp * RP : 0),
  );
  const diff = openingLines.reduce((s, l) => s + l.debit - l.credit, 0);
  openingLines.push(diff > 0 ? line(acc.ekuitasAwal, 0, diff) : line(acc.ekuitasAwal, -diff, 0));
  post({
    date: openingDay,
    time: '00:00',
    bukti: `SA-${openingDay.slice(0, 4)}`,
    description: 'Saldo awal pindahan dari buku Excel',
    kind: 'saldo_awal',
    lines: openingLines,
  });

  const clock = () =>
    `${String(8 + Math.floor(rnd() * 7)).padStart(2, '0')}:${pick(['00', '10', '15', '25', '30', '40', '45', '50'])}`;
  for (let date = start; date <= end; date = addDays(date, 1)) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0) continue;
    const times = Array.from({ length: 6 }, clock).sort();
    let t = 0;
    const at = () => times[Math.min(t++, times.length - 1)] as string;

    // Loan disbursements and repayments come from the loan register (demoLoans.ts), posted by its services.
    if (weekday === 2 && rnd() < 0.7) {
      const amount = roundTo(150_000 + rnd() * 450_000, 5_000) * RP;
      post({
        date,
        time: at(),
        bukti: nextBukti('BKK', date),
        kind: 'pengeluaran_kas',
        description: pick([
          'Pembelian ATK dan kertas F4',
          'Fotokopi dan jilid laporan bulanan',
          'Tinta printer dan map arsip',
        ]),
        lines: [line(acc.atk, amount, 0), line(kas, 0, amount)],
      });
    }
    if (weekday === 4 && rnd() < 0.5) {
      const amount = roundTo(100_000 + rnd() * 300_000, 10_000) * RP;
      post({
        date,
        time: at(),
        bukti: nextBukti('BKK', date),
        kind: 'pengeluaran_kas',
        description: 'Transport verifikasi kelompok ke desa',
        desaId: pick(desaIds),
        lines: [line(acc.transport, amount, 0), line(kas, 0, amount)],
      });
    }
    // Honor on the 25th, or on Saturday the 24th when the 25th is a Sunday.
    if (date.slice(8) === '25' || (date.slice(8) === '24' && weekday === 6)) {
      const amount = 4_500_000 * RP;
      post({
        date,
        time: at(),
        bukti: nextBukti('BKK', date),
        kind: 'pengeluaran_kas',
        description: `Honor pengurus UPK bulan ${date.slice(5, 7)}/${date.slice(0, 4)}`,
        lines: [line(acc.honor, amount, 0), line(kas, 0, amount)],
      });
    }
    const kasBalance = balances.get(kas) ?? 0;
    if (kasBalance > 15_000_000 * RP) {
      const amount = roundTo(kasBalance / RP - 5_000_000, 1_000_000) * RP;
      post({
        date,
        time: '15:30',
        bukti: nextBukti('BKK', date),
        kind: 'setor_bank',
        description: 'Setor kelebihan kas ke rekening operasional BRI',
        lines: [line(bri, amount, 0), line(kas, 0, amount)],
      });
    } else if (kasBalance < 6_000_000 * RP) {
      const amount = 10_000_000 * RP;
      // Over two years the operating account runs low: then the cash comes from the BJB account.
      const from = (balances.get(bri) ?? 0) >= amount + 1_000_000 * RP ? bri : bjb;
      post({
        date,
        time: '08:00',
        bukti: nextBukti('BKM', date),
        kind: 'tarik_bank',
        description: `Tarik tunai dari rekening ${from === bri ? 'operasional BRI' : 'BJB'} untuk kas kecil`,
        lines: [line(kas, amount, 0), line(from, 0, amount)],
      });
    }
    // The year before the books' last: jasa of the kelompok kept in the old register, paid in monthly
    // (that year is closed by the demo's tutup buku, with a surplus for the MAD to allocate).
    if (date === akhirBulan(date) && date < `${end.slice(0, 4)}-01-01`) {
      const amount = 9_000_000 * RP;
      post({
        date,
        time: '22:00',
        bukti: nextBukti('BBM', date),
        description: 'Setoran jasa pinjaman UEP kelompok register lama',
        lines: [line(bjb, amount, 0), line(acc.jasaUep, 0, amount)],
      });
    }
    if (date === akhirBulan(date)) {
      for (const [bank, rate] of [
        [bri, 0.0005],
        [bjb, 0.0015],
      ] as const) {
        const interest = roundTo(((balances.get(bank) ?? 0) / RP) * rate, 1) * RP;
        const tax = Math.round((interest * 0.2) / RP) * RP;
        post({
          date,
          time: '23:00',
          bukti: nextBukti('BBM', date),
          description: 'Bunga bank bulan ini (rekening koran)',
          lines: [line(bank, interest, 0), line(acc.bunga, 0, interest)],
        });
        if (tax > 0)
          post({
            date,
            time: '23:00',
            bukti: nextBukti('BBK', date),
            description: 'Pajak bunga bank 20%',
            lines: [line(acc.pajakBunga, tax, 0), line(bank, 0, tax)],
          });
        post({
          date,
          time: '23:00',
          bukti: nextBukti('BBK', date),
          description: 'Biaya administrasi bank',
          lines: [line(acc.admBank, 15_000 * RP, 0), line(bank, 0, 15_000 * RP)],
        });
      }
    }
  }
  return end;
}
