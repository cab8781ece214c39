import { Alert, Stack } from '@mantine/core';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import { BankSection } from './BankSection';
import { SuggestedEntries } from './SuggestedEntries';

export function BankTab({ exam, readOnly }: { exam: Examination; readOnly: boolean }) {
  if (exam.banks.length === 0) {
    return (
      <Alert color="gray" title="Tidak ada rekening bank">
        Kantor ini belum mempunyai rekening bank di Pengaturan › Akun & Rekening.
      </Alert>
    );
  }
  return (
    <Stack gap="xl">
      {exam.banks.map((bank) => (
        <BankSection key={bank.accountId} exam={exam} bank={bank} readOnly={readOnly} />
      ))}
      <SuggestedEntries exam={exam} />
    </Stack>
  );
}
