import { Alert, Stack } from '@mantine/core';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import { CashSection } from './CashSection';

export function CashTab({ exam, readOnly }: { exam: Examination; readOnly: boolean }) {
  if (exam.cash.length === 0) {
    return (
      <Alert color="gray" title="Tidak ada akun kas">
        Tambahkan akun kas tunai di Pengaturan › Akun & Rekening.
      </Alert>
    );
  }
  return (
    <Stack gap="xl">
      {exam.cash.map((cash) => (
        <CashSection key={cash.accountId} examId={exam.id} cash={cash} readOnly={readOnly} />
      ))}
    </Stack>
  );
}
