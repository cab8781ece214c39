import { Checkbox, Select, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatRupiah, parseRupiah } from '../../shared/format/money';
import type { Loan } from '../../shared/pinjaman/loans';
import { JASA_BASIS_LABELS } from '../../shared/pinjaman/terms';
import { useApi } from '../api/useApi';
import { useOfficeClock } from '../bukukas/clock';
import { DateField } from '../common/DateField';
import { FormDialog } from '../common/FormDialog';
import { sendForm } from '../common/forms';
import { AmountField } from '../pemeriksaan/AmountField';
import { bpPercent } from './pinjamanUi';

interface Values {
  kelompokId: string | null;
  productId: string | null;
  amount: string;
  purpose: string;
  proposedOn: string;
  perMember: boolean;
  members: Record<string, string>;
}

function sen(text: string): number | null {
  if (text.trim() === '') return null;
  const p = parseRupiah(text, { allowNegative: false });
  return p.ok ? p.sen : null;
}

/** "Usulan baru": a kelompok asks for a loan under a product; members' shares are optional. */
export function ProposeDialog({
  defaultKelompokId,
  onClose,
  onSaved,
}: {
  defaultKelompokId: number | null;
  onClose: () => void;
  onSaved: (loan: Loan) => void;
}) {
  const clock = useOfficeClock();
  const kelompok = useApi('kelompok.list', {});
  const products = useApi('loanProduct.list', {});
  const form = useForm<Values>({
    initialValues: {
      kelompokId: defaultKelompokId === null ? null : String(defaultKelompokId),
      productId: null,
      amount: '',
      purpose: '',
      proposedOn: clock.today(),
      perMember: false,
      members: {},
    },
  });
  const [saving, setSaving] = useState(false);
  const chosen = kelompok.data?.find((k) => String(k.id) === form.values.kelompokId);
  const activeProducts = (products.data ?? []).filter((p) => p.active);
  const product = activeProducts.find((p) => String(p.id) === form.values.productId);
  const members = chosen?.members.filter((m) => m.active) ?? [];
  const allocated = members.reduce((s, m) => s + (sen(form.values.members[m.id] ?? '') ?? 0), 0);
  const total = sen(form.values.amount);

  const chooseKelompok = (value: string | null) => {
    form.setFieldValue('kelompokId', value);
    form.setFieldValue('members', {});
    const k = kelompok.data?.find((x) => String(x.id) === value);
    if (!k || form.values.productId) return;
    const code = k.jenis === 'uep' ? 'UEP' : 'SPP';
    const match = activeProducts.find((p) => p.code === code);
    if (match) form.setFieldValue('productId', String(match.id));
  };

  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const saved = await sendForm(
      form,
      'loan.propose',
      {
        kelompokId: Number(v.kelompokId ?? 0),
        productId: Number(v.productId ?? 0),
        amount: v.amount,
        purpose: v.purpose,
        proposedOn: v.proposedOn,
        members: v.perMember
          ? members
              .filter((m) => (v.members[m.id] ?? '').trim() !== '')
              .map((m) => ({ anggotaId: m.id, amount: v.members[m.id] ?? '' }))
          : [],
      },
      'Usulan pinjaman dicatat.',
    );
    setSaving(false);
    if (saved) onSaved(saved);
  });

  return (
    <FormDialog
      title="Usulan pinjaman baru"
      label="Usulan pinjaman"
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <SimpleGrid cols={2}>
        <Select
          label="Kelompok peminjam"
          required
          searchable
          data={(kelompok.data ?? []).map((k) => ({
            value: String(k.id),
            label: `${k.name} — ${k.desaName}`,
          }))}
          description={chosen ? `Ketua ${chosen.ketua ?? '—'} · ${members.length} anggota aktif` : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('kelompokId')}
          onChange={chooseKelompok}
        />
        <Select
          label="Produk pinjaman"
          required
          allowDeselect={false}
          data={activeProducts.map((p) => ({ value: String(p.id), label: `${p.code} — ${p.name}` }))}
          description={
            product
              ? `Jasa ${bpPercent(product.terms.rateBp)} ${JASA_BASIS_LABELS[product.terms.jasaBasis].toLowerCase()} · ${product.terms.tenor} angsuran ${product.terms.frequency}`
              : undefined
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('productId')}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <AmountField label="Jumlah pinjaman (Rp)" required {...form.getInputProps('amount')} />
        <DateField label="Tanggal usulan" required {...form.getInputProps('proposedOn')} />
      </SimpleGrid>
      <Textarea label="Tujuan usaha" autosize minRows={2} {...form.getInputProps('purpose')} />
      <Checkbox
        label="Rinci alokasi per anggota"
        disabled={members.length === 0}
        description={chosen && members.length === 0 ? 'Kelompok ini belum punya anggota aktif.' : undefined}
        {...form.getInputProps('perMember', { type: 'checkbox' })}
      />
      {form.values.perMember && members.length > 0 && (
        <Stack gap={4}>
          <Table verticalSpacing={2} aria-label="Alokasi per anggota">
            <Table.Tbody>
              {members.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Text size="sm">{m.name}</Text>
                  </Table.Td>
                  <Table.Td w={260}>
                    <AmountField
                      aria-label={`Alokasi ${m.name}`}
                      size="xs"
                      {...form.getInputProps(`members.${m.id}`)}
                      value={form.values.members[m.id] ?? ''}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" c={total !== null && allocated !== total ? 'orange.8' : 'dimmed'} ta="right">
            Jumlah alokasi {formatRupiah(allocated)}
            {total !== null && allocated !== total ? ` — harus sama dengan ${formatRupiah(total)}` : ''}
          </Text>
          {form.errors.members && (
            <Text size="sm" c="red">
              {form.errors.members}
            </Text>
          )}
        </Stack>
      )}
    </FormDialog>
  );
}
