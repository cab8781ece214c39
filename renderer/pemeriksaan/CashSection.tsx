import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CashPart } from '../../shared/pemeriksaan/pemeriksaan';
import { BookComponents } from './BookComponents';
import { DenominationGrid } from './DenominationGrid';
import { ExplanationList } from './ExplanationList';
import { NonCashList } from './NonCashList';

/** One cash account: the book side, the count, the difference and what explains it. */
export function CashSection({
  examId,
  cash,
  readOnly,
}: {
  examId: number;
  cash: CashPart;
  readOnly: boolean;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-label={`Kas: ${cash.accountName}`}>
      <Stack>
        <Group gap="xs" align="baseline">
          <Title order={2} size="h3">
            {cash.accountName}
          </Title>
          <Text c="dimmed" size="sm">
            {cash.accountCode}
          </Text>
        </Group>
        <BookComponents cash={cash} />
        <DenominationGrid examId={examId} cash={cash} readOnly={readOnly} />
        <NonCashList examId={examId} cash={cash} readOnly={readOnly} />
        <ExplanationList examId={examId} cash={cash} readOnly={readOnly} />
      </Stack>
    </Paper>
  );
}
