import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { startDemoOffice } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';
import { startServer } from './server';

const SHOTS = '/tmp/audit-shots';

test('baris jurnal di periode terkunci yang diubah di luar aplikasi disebut di Beranda', async ({
  page,
  office,
}) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  let server = await startDemoOffice(office);
  const app = new AuditUpkApp(page);
  await app.open(server.url);
  await expect(page.getByRole('heading', { name: 'Pejabat hari ini' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Integritas data TIDAK baik' })).toHaveCount(0);

  // With the app stopped, another program raises a Kas line's credit inside a locked period.
  await server.stop();
  const raw = new BetterSqlite3(office.dbPath);
  let lineId: number;
  try {
    const line = raw
      .prepare(
        `SELECT l.id FROM journal_lines l JOIN accounts a ON a.id = l.account_id
         WHERE a.name LIKE 'Kas%' AND l.credit > 0
           AND (l.entry_date || ' ' || l.entry_time) <= (SELECT min(locked_until) FROM ledger_locks)
         ORDER BY l.id LIMIT 1`,
      )
      .get() as { id: number };
    lineId = line.id;
    raw.prepare('UPDATE journal_lines SET credit = credit + 100000000 WHERE id = ?').run(lineId);
  } finally {
    raw.close();
  }
  server = await startServer(office.dbPath);
  office.server = server;

  await app.open(server.url);
  const alert = page.getByRole('alert').filter({ hasText: 'Integritas data TIDAK baik' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(`Baris jurnal #${lineId}`);
  await expect(alert).toContainText('di luar aplikasi');
  await expect(alert).toContainText('tidak seimbang');
  await expect(alert).toContainText('Saldo harian');
  await page.screenshot({ path: `${SHOTS}/integritas-beranda.png`, fullPage: true });
});
