import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../api/useApi';
import { PageTitle } from '../common/PageTitle';
import { FindingDrawer } from './FindingDrawer';
import { type Filters, FindingFilters, isFiltered, listInput, NO_FILTERS } from './FindingFilters';
import { FindingTable } from './FindingTable';
import { RecoveryPanel } from './RecoveryPanel';

/** `#/temuan` (tracker), `#/temuan/<id>` (tracker with the finding open), `#/temuan/lewat-batas-waktu`. */
export function TemuanPage({ sub, navigate }: { sub: string | undefined; navigate: (path: string) => void }) {
  const id = sub && /^\d+$/.test(sub) ? Number(sub) : null;
  const [filters, setFilters] = useState<Filters>(() => ({
    ...NO_FILTERS,
    overdueOnly: sub === 'lewat-batas-waktu',
  }));
  const list = useApi('finding.list', listInput(filters));
  const desa = useApi('desa.list', { includeInactive: true });
  const overdue = list.data?.filter((f) => f.overdue).length ?? 0;

  return (
    <Stack>
      <PageTitle>Temuan & Tindak Lanjut</PageTitle>
      <Text size="sm" c="dimmed">
        Semua temuan dari pemeriksaan kas dan pra-audit TPK dalam satu daftar, dengan status APIP (S, BS, BD,
        TDTD) dan batas waktu tindak lanjut. Klik sebuah temuan untuk melihat rinciannya, mencatat setoran dan
        tindak lanjut beserta buktinya.
      </Text>
      <FindingFilters value={filters} onChange={setFilters} desa={desa.data ?? []} />
      {list.error && <Alert color="red">{list.error}</Alert>}
      {list.data === undefined && !list.error && <Loader size="sm" />}
      {list.data && list.data.length > 0 && (
        <>
          <Text size="sm" aria-live="polite">
            {list.data.length} temuan
            {overdue > 0 && (
              <Text span c="red.8" fw={600}>
                {' '}
                · {overdue} lewat batas waktu
              </Text>
            )}
          </Text>
          <FindingTable findings={list.data} onOpen={(f) => navigate(`temuan/${f}`)} />
        </>
      )}
      {list.data?.length === 0 &&
        (isFiltered(filters) ? (
          <Alert color="gray" title="Tidak ada temuan yang cocok">
            <Group justify="space-between">
              <Text size="sm">Tidak ada temuan dengan saringan ini.</Text>
              <Button size="compact-sm" variant="light" onClick={() => setFilters(NO_FILTERS)}>
                Hapus saringan
              </Button>
            </Group>
          </Alert>
        ) : (
          <Alert color="gray" title="Belum ada temuan">
            Temuan yang dicatat pada pemeriksaan kas atau pra-audit TPK akan muncul di sini, lengkap dengan
            batas waktu dan tindak lanjutnya.
          </Alert>
        ))}
      <RecoveryPanel filters={filters} />
      {id !== null && <FindingDrawer id={id} navigate={navigate} onClose={() => navigate('temuan')} />}
    </Stack>
  );
}
