import { Stack, Title } from '@mantine/core';
import { ClassTablesPanel } from './ClassTablesPanel';
import { ProductsPanel } from './ProductsPanel';

/** Pengaturan › Dana Bergulir: loan products and kolektibilitas tables. */
export function DanaBergulirSettings() {
  return (
    <Stack gap="xl">
      <Stack>
        <Title order={2} size="h3">
          Produk pinjaman
        </Title>
        <ProductsPanel />
      </Stack>
      <Stack>
        <Title order={2} size="h3">
          Tabel kolektibilitas
        </Title>
        <ClassTablesPanel />
      </Stack>
    </Stack>
  );
}
