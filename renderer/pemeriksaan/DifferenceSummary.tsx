import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { formatRupiah } from '../../shared/format/money';
import { differenceLook, differenceStatus } from './examUi';

function Amount({ label, sen, color }: { label: string; sen: number; color?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatRupiah(sen)}
      </Text>
    </div>
  );
}

/** selisih = fisik − buku, its label and colour, and what is left after the explanations. */
export function DifferenceSummary({
  physical,
  book,
  explained,
}: {
  physical: number;
  book: number;
  explained: number;
}) {
  const difference = physical - book;
  const unexplained = difference - explained;
  const look = differenceLook(difference, unexplained);
  return (
    <Paper
      withBorder
      p="md"
      bg={`var(--mantine-color-${look.color}-light)`}
      role="status"
      aria-label="Selisih kas"
      data-status={differenceStatus(difference)}
    >
      <SimpleGrid cols={4} verticalSpacing="xs">
        <Amount label="Saldo menurut buku" sen={book} />
        <Amount label="Kas fisik" sen={physical} />
        <div>
          <Text size="xs" c="dimmed">
            Selisih (fisik − buku)
          </Text>
          <Group gap="xs" align="baseline">
            <Text
              fw={800}
              size="1.75rem"
              c={`${look.color}.8`}
              style={{ fontVariantNumeric: 'tabular-nums' }}
            >
              {formatRupiah(difference)}
            </Text>
            <Text fw={700} c={`${look.color}.8`} tt="uppercase" data-testid="selisih-status">
              {look.label}
            </Text>
          </Group>
        </div>
        <Amount
          label="Selisih belum terjelaskan"
          sen={unexplained}
          color={unexplained === 0 ? 'teal.8' : 'red.8'}
        />
      </SimpleGrid>
    </Paper>
  );
}
