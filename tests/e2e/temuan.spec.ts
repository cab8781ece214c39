import type { Locator, Page } from '@playwright/test';
import { call, startDemoOffice } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

const SHOTS = '/tmp/temuan-shots';
/** A 1×1 PNG: evidence of a follow-up. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const tracker = (page: Page) => page.getByRole('table', { name: 'Daftar temuan' });
const trackerRows = (page: Page) => tracker(page).locator('tbody tr');
const filters = (page: Page) => page.getByRole('search', { name: 'Saring temuan' });
const findingDrawer = (page: Page, number: number) =>
  page.getByRole('dialog', { name: `Temuan No. ${number}` });
const history = (drawer: Locator) => drawer.getByRole('table', { name: 'Riwayat tindak lanjut' });

async function recordFollowUp(
  app: AuditUpkApp,
  drawer: Locator,
  v: { status: string; note: string; evidence?: string },
): Promise<Locator> {
  const form = drawer.getByRole('form', { name: 'Catat tindak lanjut' });
  await form.getByRole('radio', { name: v.status, exact: true }).check();
  await form.getByLabel('Uraian tindak lanjut').fill(v.note);
  if (v.evidence) {
    const chooser = app.page.waitForEvent('filechooser');
    await form.getByRole('button', { name: 'Bukti tindak lanjut' }).click();
    await (await chooser).setFiles({ name: v.evidence, mimeType: 'image/png', buffer: PNG });
    await expect(form.getByRole('list', { name: 'Berkas bukti yang dipilih' })).toContainText(v.evidence);
  }
  await form.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
  return form;
}

test('temuan dilacak, ditindaklanjuti sampai selesai dengan bukti, dan tetap ada sesudah aplikasi dibuka ulang', async ({
  page,
  office,
}) => {
  const server = await startDemoOffice(office);
  const all = await call(server, 'finding.list', {});
  const fromExams = all.filter((f) => f.source === 'pemeriksaan_kas');
  const fromAudits = all.filter((f) => f.source === 'pra_audit');
  expect(fromExams.length).toBeGreaterThan(0);
  expect(fromAudits.length).toBeGreaterThan(0);
  const target = fromExams.find((f) => f.sourceFinal && f.status === 'terbuka');
  if (!target) throw new Error('Demo tanpa temuan terbuka dari pemeriksaan kas final');

  // A finding on the still-draft examination: listed, but follow-up waits for the final document.
  const draftExam = (await call(server, 'exam.list', {})).find((e) => e.status === 'draft');
  if (!draftExam) throw new Error('Demo tanpa pemeriksaan draf');
  await call(server, 'exam.addFinding', {
    id: draftExam.id,
    kondisi: 'Kasbon staf belum dipertanggungjawabkan',
    rekomendasi: 'Pertanggungjawabkan kasbon dalam 7 hari',
    amount: 0,
  });
  const before = await call(server, 'finding.overview', {});

  // Beranda: the card counts the open findings and links to the tracker.
  const app = new AuditUpkApp(page);
  await app.open(server.url);
  const card = page.getByRole('region', { name: 'Temuan terbuka' });
  await expect(card.getByTestId('temuan-terbuka')).toContainText(String(before.open));
  if (before.overdue > 0) await expect(card).toContainText(`${before.overdue} lewat batas waktu`);
  await card.getByRole('button', { name: 'Buka daftar temuan' }).click();
  await expect(page.getByRole('heading', { name: 'Temuan & Tindak Lanjut' })).toBeVisible();
  await expect(trackerRows(page)).toHaveCount(all.length + 1);
  await expect(tracker(page)).toContainText('Draf');
  await page.screenshot({ path: `${SHOTS}/01-tracker.png`, fullPage: true });

  // Filters: by source, by desa, by status and overdue only.
  await app.choose(filters(page), 'Sumber', 'Pra-audit TPK');
  await expect(trackerRows(page)).toHaveCount(fromAudits.length);
  const desa = fromAudits[0]?.desaName;
  if (desa) {
    await app.choose(filters(page), 'Desa', desa);
    await expect(trackerRows(page)).toHaveCount(fromAudits.filter((f) => f.desaName === desa).length);
  }
  await filters(page).getByRole('button', { name: 'Hapus saringan' }).click();
  await filters(page).getByLabel('Hanya lewat batas waktu').check();
  const overdue = all.filter((f) => f.overdue).length;
  if (overdue > 0) await expect(trackerRows(page)).toHaveCount(overdue);
  else await expect(page.getByText('Tidak ada temuan dengan saringan ini.')).toBeVisible();
  await filters(page).getByRole('button', { name: 'Hapus saringan' }).click();
  await app.choose(filters(page), 'Sumber', 'Pemeriksaan kas');
  await app.choose(filters(page), 'Status', 'BD · Belum ditindaklanjuti');
  await expect(trackerRows(page)).toHaveCount(fromExams.filter((f) => f.status === 'terbuka').length + 1);

  // The draft examination's finding says why it cannot be followed up yet.
  await tracker(page).getByRole('link', { name: 'Kasbon staf belum dipertanggungjawabkan' }).click();
  const draftDrawer = page.getByRole('dialog', { name: /^Temuan No\. / });
  await expect(draftDrawer.getByText('Dokumen sumber masih draf')).toBeVisible();
  await expect(draftDrawer.getByRole('form', { name: 'Catat tindak lanjut' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(draftDrawer).toBeHidden();

  // Open the final examination's finding from its row.
  await trackerRows(page)
    .filter({ hasText: target.kondisi.slice(0, 40) })
    .click();
  const drawer = findingDrawer(page, target.number);
  await expect(drawer.getByRole('table', { name: 'Rincian temuan' })).toContainText(target.kondisi);
  await expect(drawer.getByRole('link', { name: new RegExp(target.sourceLabel) })).toHaveAttribute(
    'href',
    `#/pemeriksaan-kas/${target.sourceId}`,
  );
  await expect(drawer.getByText('Belum ada tindak lanjut yang dicatat.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/02-finding-open.png` });

  // Step 1: in progress.
  await recordFollowUp(app, drawer, {
    status: 'BS · Belum sesuai / dalam proses',
    note: 'Bendahara sudah meminta tanda tangan penerima transport',
  });
  await expect(history(drawer).locator('tbody tr')).toHaveCount(1);
  await expect(history(drawer)).toContainText('BS · Belum sesuai / dalam proses');
  await expect(trackerRows(page).filter({ hasText: target.kondisi.slice(0, 40) })).toHaveCount(0);

  // Step 2: the signed-in Admin (neither the PIC nor the audited Bendahara) verifies and closes it.
  const form = drawer.getByRole('form', { name: 'Catat tindak lanjut' });
  await form.getByRole('radio', { name: 'S · Sesuai rekomendasi', exact: true }).check();
  await expect(form.getByText(/tercatat sebagai pemverifikasi/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/03-verifier-is-user.png` });
  await recordFollowUp(app, drawer, {
    status: 'S · Sesuai rekomendasi',
    note: 'Semua bukti transport sudah ditandatangani penerima',
    evidence: 'bukti-transport.png',
  });
  await expect(history(drawer).locator('tbody tr')).toHaveCount(2);
  await expect(drawer.getByText('Temuan sudah ditutup: S · Sesuai rekomendasi')).toBeVisible();
  const download = page.waitForEvent('download');
  await history(drawer).getByRole('button', { name: 'bukti-transport.png' }).click();
  expect((await download).suggestedFilename()).toBe('bukti-transport.png');
  await page.screenshot({ path: `${SHOTS}/04-finding-closed.png` });

  // After a restart: status, verifier and evidence are still there.
  const restarted = await office.restart();
  await app.open(`${restarted.url}#/temuan/${target.id}`);
  const again = findingDrawer(page, target.number);
  await expect(history(again).locator('tbody tr')).toHaveCount(2);
  await expect(history(again)).toContainText('Admin Kantor Contoh');
  await expect(history(again).getByRole('button', { name: 'bukti-transport.png' })).toBeVisible();
  await expect(again.getByText('Temuan sudah ditutup: S · Sesuai rekomendasi')).toBeVisible();
  const saved = await call(restarted, 'finding.get', { id: target.id });
  expect(saved.status).toBe('selesai');
  expect(saved.followUps.at(-1)?.evidence.map((e) => e.fileName)).toEqual(['bukti-transport.png']);

  // Beranda counts one open finding less.
  await page.keyboard.press('Escape');
  await app.nav('Beranda').click();
  await expect(card.getByTestId('temuan-terbuka')).toContainText(String(before.open - 1));
  await page.screenshot({ path: `${SHOTS}/05-beranda.png`, fullPage: true });

  // The red overdue count opens the tracker with only the overdue findings.
  const overdueLeft = (await call(restarted, 'finding.overview', {})).overdue;
  if (overdueLeft > 0) {
    await card.getByRole('link', { name: `${overdueLeft} lewat batas waktu` }).click();
    await expect(filters(page).getByLabel('Hanya lewat batas waktu')).toBeChecked();
    await expect(trackerRows(page)).toHaveCount(overdueLeft);
  }
});
