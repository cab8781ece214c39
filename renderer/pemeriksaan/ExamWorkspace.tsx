import { Alert, Anchor, Badge, Group, Loader, Stack, Tabs } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useApi } from '../api/useApi';
import { useCan } from '../auth/useCan';
import { PageTitle } from '../common/PageTitle';
import { BankTab } from './BankTab';
import { CashTab } from './CashTab';
import { ConclusionTab } from './ConclusionTab';
import { ExamIdentity } from './ExamIdentity';
import { STATUS_BADGE } from './examUi';
import { FinalPanel } from './FinalPanel';
import { FindingsTab } from './FindingsTab';
import { LoansTab } from './LoansTab';
import { MissingPanel } from './MissingPanel';
import { ObservationsTab } from './ObservationsTab';

const TABS = ['kas', 'bank', 'pinjaman', 'pengamatan', 'temuan', 'kesimpulan'] as const;
type Tab = (typeof TABS)[number];

export function ExamWorkspace({ id, navigate }: { id: number; navigate: (path: string) => void }) {
  const { data: exam, error } = useApi('exam.get', { id });
  const [tab, setTab] = useState<Tab>('kas');
  const canEdit = useCan('exam.setCounts');
  if (error && !exam) return <Alert color="red">{error}</Alert>;
  if (!exam) return <Loader />;
  const final = exam.status !== 'draft';
  // A draft is shown, not editable, to a role that may not change it (Pembaca, Bendahara).
  const readOnly = final || !canEdit;
  const badge = STATUS_BADGE[exam.status];
  return (
    <Stack>
      <Anchor size="sm" onClick={() => navigate('pemeriksaan-kas')} component="button" type="button">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Daftar pemeriksaan
        </Group>
      </Anchor>
      <Group gap="sm">
        <PageTitle>Pemeriksaan Kas {exam.number ?? '(draf)'}</PageTitle>
        <Badge color={badge.color} variant="light" size="lg">
          {badge.label}
        </Badge>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <Group align="flex-start" grow preventGrowOverflow={false} wrap="nowrap">
        <ExamIdentity exam={exam} />
        {final ? <FinalPanel exam={exam} navigate={navigate} /> : <MissingPanel missing={exam.missing} />}
      </Group>
      <Tabs value={tab} onChange={(t) => setTab(TABS.find((x) => x === t) ?? 'kas')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="kas">Kas</Tabs.Tab>
          <Tabs.Tab value="bank">Bank</Tabs.Tab>
          <Tabs.Tab value="pinjaman">Pinjaman</Tabs.Tab>
          <Tabs.Tab value="pengamatan">Pengamatan</Tabs.Tab>
          <Tabs.Tab value="temuan">Temuan</Tabs.Tab>
          <Tabs.Tab value="kesimpulan">{readOnly ? 'Kesimpulan' : 'Kesimpulan & final'}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="kas" pt="md">
          <CashTab exam={exam} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="bank" pt="md">
          <BankTab exam={exam} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="pinjaman" pt="md">
          <LoansTab exam={exam} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="pengamatan" pt="md">
          <ObservationsTab exam={exam} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="temuan" pt="md">
          <FindingsTab exam={exam} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="kesimpulan" pt="md">
          <ConclusionTab exam={exam} readOnly={readOnly} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
