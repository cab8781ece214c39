import { Button, Group, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { romanMonth } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import { useApi } from '../api/useApi';
import { Can } from '../auth/Can';
import { useCan } from '../auth/useCan';
import { sendForm } from '../common/forms';
import { ObservationItemsPanel } from './ObservationItemsPanel';

const INTERVALS = [
  { value: '1', label: 'Setiap bulan' },
  { value: '2', label: 'Setiap 2 bulan' },
  { value: '3', label: 'Setiap 3 bulan' },
  { value: '6', label: 'Setiap 6 bulan' },
  { value: '12', label: 'Setiap tahun' },
];

function example(pattern: string): string {
  const now = new Date();
  return pattern
    .replaceAll('{no}', '001')
    .replaceAll('{bulan}', romanMonth(now.getMonth() + 1))
    .replaceAll('{tahun}', String(now.getFullYear()));
}

function ScheduleForm() {
  const schedule = useApi('exam.schedule', {});
  const form = useForm({ initialValues: { intervalMonths: '1', pattern: '' } });
  const { setValues, resetDirty } = form;
  useEffect(() => {
    if (!schedule.data) return;
    setValues({ intervalMonths: String(schedule.data.intervalMonths), pattern: schedule.data.pattern });
    resetDirty();
  }, [schedule.data, setValues, resetDirty]);
  return (
    <form
      aria-label="Jadwal pemeriksaan"
      onSubmit={form.onSubmit((v) =>
        sendForm(
          form,
          'exam.setSchedule',
          { intervalMonths: Number(v.intervalMonths), pattern: v.pattern },
          'Jadwal disimpan.',
        ),
      )}
    >
      <Stack gap="xs" maw={760}>
        <Title order={2} size="h4">
          Jadwal dan nomor berita acara
        </Title>
        <SimpleGrid cols={2}>
          <Select
            label="Pemeriksaan kas dilakukan"
            data={INTERVALS}
            allowDeselect={false}
            {...form.getInputProps('intervalMonths')}
          />
          <TextInput
            label="Pola nomor berita acara"
            description={`{no} nomor urut per tahun, {bulan} bulan Romawi, {tahun}. Contoh: ${example(form.values.pattern)}`}
            {...form.getInputProps('pattern')}
          />
        </SimpleGrid>
        <Group>
          <Can request="exam.setSchedule">
            <Button type="submit">Simpan jadwal</Button>
          </Can>
        </Group>
      </Stack>
    </form>
  );
}

function Denominations() {
  const canSwitch = useCan('exam.setDenominationActive');
  const denoms = useApi('exam.denominations', {});
  return (
    <Stack gap="xs" maw={760}>
      <Title order={2} size="h4">
        Pecahan uang pada lembar hitung
      </Title>
      <Text size="sm" c="dimmed">
        Uang rupiah yang berlaku (Bank Indonesia). Rp75.000 (uang peringatan) dan logam Rp50 disembunyikan
        bawaan; aktifkan bila ditemukan di kas.
      </Text>
      <SimpleGrid cols={2}>
        {(['kertas', 'logam'] as const).map((kind) => (
          <Stack key={kind} gap={4}>
            <Text fw={600}>{kind === 'kertas' ? 'Uang kertas' : 'Uang logam'}</Text>
            {denoms.data
              ?.filter((d) => d.kind === kind)
              .map((d) => (
                <Switch
                  key={d.id}
                  label={formatRupiah(d.value)}
                  checked={d.active}
                  disabled={!canSwitch}
                  onChange={(e) =>
                    void sendForm(null, 'exam.setDenominationActive', {
                      id: d.id,
                      active: e.currentTarget.checked,
                    })
                  }
                />
              ))}
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** Settings of the cash examination: schedule and numbering, denominations, observation checklist. */
export function PemeriksaanSettingsPanel() {
  return (
    <Stack gap="xl">
      <ScheduleForm />
      <Denominations />
      <ObservationItemsPanel />
    </Stack>
  );
}
