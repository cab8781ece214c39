import { z } from 'zod';
import { request } from '../contract/define';
import { flag, id, optionalText, requiredText } from '../contract/fields';
import { formatTanggal } from '../format/date';
import { formatRupiah, type Sen } from '../format/money';

/** One entry of the findings library ("bank temuan") in its current version (DOMAIN §7.4). */
export interface LibraryEntry {
  id: number;
  code: string;
  category: string;
  active: boolean;
  versionId: number;
  version: number;
  title: string;
  kondisi: string;
  kriteria: string;
  sebab: string | null;
  akibat: string | null;
  rekomendasi: string;
  /** Checklist item codes whose shortcomings take this entry's kriteria and remedy. */
  itemCodes: string[];
  updatedBy: string;
  updatedAt: string;
  /** Findings made from any version of this entry. */
  usedBy: number;
}

export interface LibraryVersion {
  id: number;
  version: number;
  title: string;
  kondisi: string;
  kriteria: string;
  sebab: string | null;
  akibat: string | null;
  rekomendasi: string;
  itemCodes: string[];
  createdBy: string;
  createdAt: string;
}

const itemCode = z
  .string({ error: 'Kode butir tidak sah' })
  .trim()
  .regex(/^[A-Z]{1,3}\d{1,3}$/, { error: 'Kode butir checklist seperti C3' });

export const libraryRequests = {
  'library.list': request<LibraryEntry[]>()(
    z.strictObject({ includeInactive: flag('Termasuk nonaktif').default(false) }),
    { write: false },
  ),
  'library.history': request<LibraryVersion[]>()(z.strictObject({ id: id('Entri') }), { write: false }),
  /** A new entry, or a new version of an existing one (versions are never changed). */
  'library.save': request<LibraryEntry>()(
    z.strictObject({
      id: id('Entri').optional(),
      code: requiredText('Kode', 20),
      category: requiredText('Kategori', 80),
      title: requiredText('Judul', 200),
      kondisi: requiredText('Kondisi baku', 2000),
      kriteria: requiredText('Kriteria', 1000),
      sebab: optionalText('Sebab', 1000),
      akibat: optionalText('Akibat', 1000),
      rekomendasi: requiredText('Rekomendasi', 2000),
      itemCodes: z.array(itemCode).max(40, { error: 'Paling banyak 40 butir' }).default([]),
    }),
    { write: true },
  ),
  'library.setActive': request<LibraryEntry>()(z.strictObject({ id: id('Entri'), active: flag('Aktif') }), {
    write: true,
  }),
};

/** The facts an auditor's kondisi names: `{tanggal}` and `{nilai}` in a library text. */
export interface TemplateFacts {
  date: string;
  amount: Sen;
}

/** A library kondisi with the examination's facts filled in, ready for the auditor to edit. */
export function fillKondisi(template: string, facts: TemplateFacts): string {
  return template
    .replaceAll('{tanggal}', formatTanggal(facts.date))
    .replaceAll('{nilai}', formatRupiah(facts.amount));
}

export interface ItemShortcoming {
  code: string;
  text: string;
  answer: 'ada_tidak_lengkap' | 'tidak_ada';
  note: string | null;
  amount: Sen;
}

export interface DraftFinding {
  kondisi: string;
  kriteria: string;
  sebab: string | null;
  akibat: string | null;
  rekomendasi: string;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * The catatan kekurangan a checklist answer suggests, written as an auditor writes it: the kondisi
 * states what was found (the item, what is missing, the amount), the kriteria the rule from the
 * library entry the item belongs to — never the checklist sentence repeated.
 */
export function draftFromItem(
  item: ItemShortcoming,
  auditDate: string,
  entry: Pick<LibraryEntry, 'kriteria' | 'sebab' | 'akibat' | 'rekomendasi'> | null,
): DraftFinding {
  const what = lowerFirst(item.text.trim().replace(/[.]$/, ''));
  const found =
    item.answer === 'tidak_ada'
      ? `Pada pra-audit tanggal ${formatTanggal(auditDate)}, TPK tidak dapat menunjukkan bukti untuk butir ${item.code} (${what}).`
      : `Pada pra-audit tanggal ${formatTanggal(auditDate)}, bukti untuk butir ${item.code} (${what}) ada tetapi belum lengkap atau perlu diperbaiki.`;
  const parts = [found];
  if (item.note) parts.push(`Catatan pemeriksa: ${sentence(item.note)}`);
  if (item.amount > 0) parts.push(`Nilai yang terkait sebesar ${formatRupiah(item.amount)}.`);
  return {
    kondisi: parts.join(' '),
    kriteria:
      entry?.kriteria ??
      'Petunjuk Teknis Operasional (PTO) kegiatan dan SOP yang berlaku bagi TPK mengenai kelengkapan dokumen kegiatan.',
    sebab: entry?.sebab ?? null,
    akibat: entry?.akibat ?? null,
    rekomendasi:
      entry?.rekomendasi ??
      (item.answer === 'tidak_ada'
        ? `TPK mengadakan atau melengkapi bukti butir ${item.code} dan menunjukkannya kepada pemeriksa.`
        : `TPK melengkapi dan memperbaiki bukti butir ${item.code} sesuai ketentuan.`),
  };
}
