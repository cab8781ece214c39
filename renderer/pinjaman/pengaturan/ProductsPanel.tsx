import {
  Alert,
  Badge,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRupiah } from '../../../shared/format/money';
import type { LoanProduct } from '../../../shared/pinjaman/loans';
import {
  FREQUENCIES,
  type Frequency,
  JASA_BASES,
  JASA_BASIS_LABELS,
  type JasaBasis,
  ROUNDINGS,
  type Rounding,
} from '../../../shared/pinjaman/terms';
import { useApi } from '../../api/useApi';
import { Can } from '../../auth/Can';
import { accountLabel, groupedAccountOptions } from '../../bukukas/accountOptions';
import { FormDialog } from '../../common/FormDialog';
import { sendForm } from '../../common/forms';
import { AmountField } from '../../pemeriksaan/AmountField';
import { bpPercent, bpToPercentText, percentToBp, senText } from '../pinjamanUi';

const ROUNDING_LABELS: Record<Rounding, string> = {
  none: 'Tanpa pembulatan',
  rp100: 'Dibulatkan ke Rp100',
  rp1000: 'Dibulatkan ke Rp1.000',
};
const FREQUENCY_LABELS: Record<Frequency, string> = { bulanan: 'Bulanan', mingguan: 'Mingguan' };

interface Values {
  code: string;
  name: string;
  rate: string;
  jasaBasis: JasaBasis;
  tenor: string;
  frequency: Frequency;
  rounding: Rounding;
  denda: string;
  receivableAccountId: string | null;
  jasaAccountId: string | null;
  dendaAccountId: string | null;
}

function ProductDialog({ product, onClose }: { product: LoanProduct | null; onClose: () => void }) {
  const accounts = useApi('accounts.list', { includeInactive: false });
  const t = product?.terms;
  const form = useForm<Values>({
    initialValues: {
      code: product?.code ?? '',
      name: product?.name ?? '',
      rate: t ? bpToPercentText(t.rateBp) : '',
      jasaBasis: t?.jasaBasis ?? 'flat_per_bulan',
      tenor: t ? String(t.tenor) : '',
      frequency: t?.frequency ?? 'bulanan',
      rounding: t?.rounding ?? 'rp100',
      denda: t ? senText(t.dendaPerLateInstalment) : '0',
      receivableAccountId: product ? String(product.receivableAccountId) : null,
      jasaAccountId: product ? String(product.jasaAccountId) : null,
      dendaAccountId: product ? String(product.dendaAccountId) : null,
    },
  });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    const rateBp = percentToBp(v.rate);
    if (Number.isNaN(rateBp)) {
      form.setFieldError('rate', 'Jasa ditulis sebagai persen, mis. 1,5');
      return;
    }
    setSaving(true);
    const saved = await sendForm(
      form,
      'loanProduct.save',
      {
        ...(product ? { id: product.id } : {}),
        code: v.code,
        name: v.name,
        terms: {
          rateBp,
          jasaBasis: v.jasaBasis,
          tenor: Number(v.tenor),
          frequency: v.frequency,
          rounding: v.rounding,
          dendaPerLateInstalment: v.denda,
        },
        receivableAccountId: Number(v.receivableAccountId ?? 0),
        jasaAccountId: Number(v.jasaAccountId ?? 0),
        dendaAccountId: Number(v.dendaAccountId ?? 0),
      },
      'Produk pinjaman disimpan.',
    );
    setSaving(false);
    if (saved) onClose();
  });
  // Field errors from main come back under terms.*; show them on the fields that hold them.
  const err = (path: string) => form.errors[path] ?? form.errors[`terms.${path}`];
  const asset = groupedAccountOptions(accounts.data ?? [], { withMoney: false, first: 'aset' });
  const income = groupedAccountOptions(accounts.data ?? [], { withMoney: false, first: 'pendapatan' });
  return (
    <FormDialog
      title={product ? `Ubah produk ${product.code}` : 'Produk pinjaman baru'}
      label="Produk pinjaman"
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      {product && (
        <Text size="xs" c="dimmed">
          Perubahan berlaku untuk usulan berikutnya; pinjaman yang sudah diusulkan tetap memakai ketentuan
          saat diusulkan.
        </Text>
      )}
      <SimpleGrid cols={3}>
        <TextInput label="Kode produk" required placeholder="mis. SPP" {...form.getInputProps('code')} />
        <TextInput
          label="Nama produk"
          required
          style={{ gridColumn: 'span 2' }}
          {...form.getInputProps('name')}
        />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        <TextInput
          label="Jasa (%)"
          required
          placeholder="mis. 1,5"
          inputMode="decimal"
          {...form.getInputProps('rate')}
          error={form.errors.rate ?? err('rateBp')}
        />
        <Select
          label="Dasar jasa"
          allowDeselect={false}
          data={JASA_BASES.map((b) => ({ value: b, label: JASA_BASIS_LABELS[b] }))}
          {...form.getInputProps('jasaBasis')}
          error={err('jasaBasis')}
        />
        <TextInput
          label="Jumlah angsuran"
          required
          inputMode="numeric"
          {...form.getInputProps('tenor')}
          error={err('tenor')}
        />
        <Select
          label="Frekuensi angsuran"
          allowDeselect={false}
          data={FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }))}
          {...form.getInputProps('frequency')}
          error={err('frequency')}
        />
        <Select
          label="Pembulatan angsuran"
          allowDeselect={false}
          data={ROUNDINGS.map((r) => ({ value: r, label: ROUNDING_LABELS[r] }))}
          description="Sisa pembulatan masuk angsuran terakhir"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('rounding')}
          error={err('rounding')}
        />
        <AmountField
          label="Denda per angsuran telat (Rp)"
          {...form.getInputProps('denda')}
          error={err('dendaPerLateInstalment')}
        />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        <Select
          label="Akun piutang"
          required
          searchable
          data={asset}
          {...form.getInputProps('receivableAccountId')}
        />
        <Select
          label="Akun pendapatan jasa"
          required
          searchable
          data={income}
          {...form.getInputProps('jasaAccountId')}
        />
        <Select
          label="Akun pendapatan denda"
          required
          searchable
          data={income}
          {...form.getInputProps('dendaAccountId')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}

export function ProductsPanel() {
  const list = useApi('loanProduct.list', {});
  const accounts = useApi('accounts.list', { includeInactive: true });
  const [editing, setEditing] = useState<LoanProduct | 'new' | null>(null);
  const name = (id: number) => {
    const a = accounts.data?.find((x) => x.id === id);
    return a ? accountLabel(a) : '…';
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Ketentuan pinjaman menurut SOP Perguliran: jasa, jangka waktu, frekuensi, pembulatan, denda dan akun
          jurnalnya.
        </Text>
        <Can request="loanProduct.save">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            Tambah produk
          </Button>
        </Can>
      </Group>
      {list.error && <Alert color="red">{list.error}</Alert>}
      {list.data && list.data.length > 0 && (
        <Table striped verticalSpacing="xs" aria-label="Produk pinjaman">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Produk</Table.Th>
              <Table.Th>Jasa</Table.Th>
              <Table.Th>Jangka waktu</Table.Th>
              <Table.Th>Denda</Table.Th>
              <Table.Th>Akun</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((p) => (
              <Table.Tr key={p.id} opacity={p.active ? 1 : 0.55}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {p.code}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {p.name}
                  </Text>
                  {!p.active && <Badge color="gray">Nonaktif</Badge>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{bpPercent(p.terms.rateBp)}</Text>
                  <Text size="xs" c="dimmed">
                    {JASA_BASIS_LABELS[p.terms.jasaBasis]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {p.terms.tenor} × {FREQUENCY_LABELS[p.terms.frequency].toLowerCase()}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {ROUNDING_LABELS[p.terms.rounding]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {p.terms.dendaPerLateInstalment > 0 ? formatRupiah(p.terms.dendaPerLateInstalment) : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">Piutang {name(p.receivableAccountId)}</Text>
                  <Text size="xs">Jasa {name(p.jasaAccountId)}</Text>
                  <Text size="xs">Denda {name(p.dendaAccountId)}</Text>
                </Table.Td>
                <Table.Td>
                  <Can request="loanProduct.save">
                    <Button size="compact-sm" variant="subtle" onClick={() => setEditing(p)}>
                      Ubah
                    </Button>
                  </Can>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <ProductDialog product={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
