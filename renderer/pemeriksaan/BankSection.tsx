import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatRupiah } from '../../shared/format/money';
import type { BankPart, Examination } from '../../shared/pemeriksaan/pemeriksaan';
import { ReconItems } from './ReconItems';
import { ReconView } from './ReconView';
import { StatementForm } from './StatementForm';

/** One bank account: book balance, the statement, the reconciliation items and the two sides. */
export function BankSection({
  exam,
  bank,
  readOnly,
}: {
  exam: Examination;
  bank: BankPart;
  readOnly: boolean;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-label={`Bank: ${bank.accountName}`}>
      <Stack>
        <Group justify="space-between">
          <div>
            <Title order={2} size="h3">
              {bank.accountName}
            </Title>
            <Text c="dimmed" size="sm">
              {bank.bankLabel}
            </Text>
          </div>
          {bank.reconciled ? (
            <Badge color="teal" size="lg" variant="light">
              Seimbang
            </Badge>
          ) : (
            <Badge color={bank.statement ? 'red' : 'gray'} size="lg" variant="light">
              {bank.statement ? 'Belum seimbang' : 'Rekening koran belum diisi'}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={2} spacing="xl">
          <Stack gap="md">
            <div>
              <Text size="xs" c="dimmed">
                Saldo menurut buku (sampai saat pemeriksaan)
              </Text>
              <Text fw={700} size="lg" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatRupiah(bank.bookBalance)}
              </Text>
            </div>
            <StatementForm key={JSON.stringify(bank.statement)} exam={exam} bank={bank} readOnly={readOnly} />
          </Stack>
          <ReconView bank={bank} />
        </SimpleGrid>
        <ReconItems examId={exam.id} bank={bank} readOnly={readOnly} />
      </Stack>
    </Paper>
  );
}
