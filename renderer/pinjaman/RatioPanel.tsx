import { Alert, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatTanggal, isIsoDate } from '../../shared/format/date';
import { useApi } from '../api/useApi';
import { useOfficeClock } from '../bukukas/clock';
import { DateField } from '../common/DateField';
import { HealthScoreCard } from './HealthScoreCard';
import { RatioCard } from './RatioCard';

/** Rasio kesehatan: RR, PAR, LAR, NPL and the §6.5 health score of the whole office at the end of the chosen date. */
export function RatioPanel() {
  const clock = useOfficeClock();
  const [date, setDate] = useState(clock.today());
  const validDate = isIsoDate(date) ? date : clock.today();
  const ratios = useApi('loan.ratios', { date: validDate });
  const r = ratios.data;
  const list = r ? [r.rr, r.par, r.lar, r.npl] : [];
  const empty = r !== undefined && r.par.denominator === 0 && r.rr.denominator === 0;
  return (
    <Stack>
      <Group align="flex-end">
        <DateField label="Per tanggal" w={180} value={date} onChange={setDate} />
        {ratios.loading && <Loader size="sm" />}
      </Group>
      {ratios.error && <Alert color="red">{ratios.error}</Alert>}
      {r && (
        <Text size="sm" c="dimmed">
          Posisi akhir {formatTanggal(r.date)}, seluruh desa. Pinjaman dihitung berisiko bila menunggak{' '}
          {r.riskInstalments} angsuran pokok atau lebih.
        </Text>
      )}
      {empty && (
        <Alert color="gray" title="Belum ada pinjaman beredar">
          Pada tanggal ini belum ada pinjaman yang dicairkan atau semuanya sudah selesai, sehingga rasio belum
          bisa dihitung.
        </Alert>
      )}
      {r && !empty && (
        <SimpleGrid cols={{ base: 1, md: 2 }} maw={1200}>
          {list.map((x) => (
            <RatioCard key={x.code} ratio={x} />
          ))}
        </SimpleGrid>
      )}
      {r && !empty && <HealthScoreCard health={r.health} />}
    </Stack>
  );
}
