import { describe, expect, it } from 'vitest';
import { nameKey, signedTwice } from '../../../main/core/signatories';
import { draftFromItem, fillKondisi } from '../../../shared/temuan/library';
import { formatRecovery, recoveryBp } from '../../../shared/temuan/temuan';

describe('bank temuan texts', () => {
  it('fills the date and the amount of a library kondisi', () => {
    expect(
      fillKondisi('Pada pemeriksaan kas tanggal {tanggal}, kas kurang {nilai}.', {
        date: '2025-07-31',
        amount: 1_250_000_50,
      }),
    ).toBe('Pada pemeriksaan kas tanggal 31 Juli 2025, kas kurang Rp1.250.000,50.');
  });

  it('writes a shortcoming without a library entry from the facts, never the checklist sentence as rule', () => {
    const draft = draftFromItem(
      {
        code: 'G4',
        text: 'Papan informasi proyek/prasasti terpasang',
        answer: 'tidak_ada',
        note: null,
        amount: 0,
      },
      '2025-03-05',
      null,
    );
    expect(draft).toEqual({
      kondisi:
        'Pada pra-audit tanggal 5 Maret 2025, TPK tidak dapat menunjukkan bukti untuk butir G4 (papan informasi proyek/prasasti terpasang).',
      kriteria:
        'Petunjuk Teknis Operasional (PTO) kegiatan dan SOP yang berlaku bagi TPK mengenai kelengkapan dokumen kegiatan.',
      sebab: null,
      akibat: null,
      rekomendasi: 'TPK mengadakan atau melengkapi bukti butir G4 dan menunjukkannya kepada pemeriksa.',
    });
  });
});

describe('% pemulihan', () => {
  it('is Σ disetor ÷ Σ rekomendasi in basis points, rounded down', () => {
    expect(recoveryBp(1_950_000_00, 1_000_000_00)).toBe(5128);
    expect(formatRecovery(5128)).toBe('51,28%');
    expect(formatRecovery(recoveryBp(300_000_00, 300_000_00))).toBe('100%');
    expect(formatRecovery(recoveryBp(0, 0))).toBe('–');
  });
});

describe('signatories', () => {
  it('names a person listed twice, whatever the case or the title after the comma', () => {
    expect(
      signedTwice([
        { key: nameKey('Nenden Fitriani, S.Sos.'), name: 'Nenden Fitriani, S.Sos.' },
        { key: nameKey('Ade Rukmana'), name: 'Ade Rukmana' },
        { key: nameKey('NENDEN FITRIANI'), name: 'NENDEN FITRIANI' },
      ]),
    ).toEqual([
      'Nenden Fitriani, S.Sos. tercantum 2 kali sebagai penanda tangan; satu orang hanya menandatangani satu kali',
    ]);
  });
});
