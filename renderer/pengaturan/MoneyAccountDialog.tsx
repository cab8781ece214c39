import { Grid, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  type Account,
  BANK_ACCOUNT_TYPES,
  type BankAccountType,
  type MoneyKind,
} from '../../shared/ledger/accounts';
import { FormDialog } from '../common/FormDialog';
import { sendForm } from '../common/forms';
import { useAppState } from '../shell/AppState';
import { BANK_GROUP_CODE, KAS_GROUP_CODE, nextChildCode } from './accountTree';

export const BANK_TYPE_LABELS: Record<BankAccountType, string> = {
  tabungan: 'Tabungan',
  giro: 'Giro',
  deposito: 'Deposito',
};
const BANK_TYPE_OPTIONS = BANK_ACCOUNT_TYPES.map((t) => ({ value: t, label: BANK_TYPE_LABELS[t] }));

interface Values {
  code: string;
  name: string;
  bank: { bankName: string; accountNumber: string; holder: string; bankType: BankAccountType };
}

/**
 * A new cash box or bank account (its code suggested as the next free one under Kas dan Bank or
 * Bank), or a change to one: name and code, and for a bank its details.
 */
export function MoneyAccountDialog({
  kind,
  account,
  accounts,
  onClose,
  onSaved,
}: {
  kind: MoneyKind;
  account: Account | null;
  accounts: readonly Account[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { profile } = useAppState();
  const bank = account?.money?.bank ?? null;
  const form = useForm<Values>({
    initialValues: {
      code: account?.code ?? nextChildCode(kind === 'bank' ? BANK_GROUP_CODE : KAS_GROUP_CODE, accounts),
      name: account?.name ?? '',
      bank: {
        bankName: bank?.bankName ?? '',
        accountNumber: bank?.accountNumber ?? '',
        holder: bank?.holder ?? profile?.name ?? '',
        bankType: bank?.bankType ?? 'tabungan',
      },
    },
  });
  // A new bank account is named after its bank until the person names it.
  const [nameTyped, setNameTyped] = useState(account !== null);
  const [saving, setSaving] = useState(false);
  const isBank = kind === 'bank';

  const save = async (v: Values): Promise<boolean> => {
    if (!account) {
      const created = await sendForm(
        form,
        'accounts.createMoney',
        { kind, code: v.code, name: v.name, bank: isBank ? v.bank : null },
        isBank ? `Rekening ${v.name} ditambahkan.` : `${v.name} ditambahkan.`,
      );
      return created !== null;
    }
    if (v.code !== account.code || v.name !== account.name) {
      const updated = await sendForm(
        form,
        'accounts.update',
        {
          id: account.id,
          code: v.code,
          name: v.name,
          type: account.type,
          normalSide: account.normalSide,
          parentId: account.parentId,
        },
        isBank ? undefined : `${v.name} disimpan.`,
      );
      if (!updated) return false;
    }
    if (!isBank) return true;
    const updated = await sendForm(
      form,
      'accounts.updateBank',
      { id: account.id, bank: v.bank },
      `Rekening ${v.name} disimpan.`,
    );
    return updated !== null;
  };

  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const ok = await save(v);
    setSaving(false);
    if (ok) onSaved();
  });

  const title = account
    ? `Ubah ${isBank ? 'rekening' : 'kas'} ${account.name}`
    : isBank
      ? 'Tambah rekening bank'
      : 'Tambah kas';

  return (
    <FormDialog
      title={title}
      label={isBank ? 'Rekening bank' : 'Kas'}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      {!account && (
        <Text size="sm" c="dimmed">
          {isBank
            ? 'Setiap rekening punya buku banknya sendiri dan masuk ke Buku Kas Umum.'
            : 'Kas terpisah, mis. brankas atau kas kecil, punya bukunya sendiri dan masuk ke Buku Kas Umum.'}
        </Text>
      )}
      {isBank && (
        <>
          <SimpleGrid cols={2}>
            <TextInput
              label="Nama bank"
              placeholder="BRI Unit Cibeber"
              required
              data-autofocus
              {...form.getInputProps('bank.bankName')}
              onChange={(e) => {
                const value = e.currentTarget.value;
                form.setFieldValue('bank.bankName', value);
                if (!nameTyped) form.setFieldValue('name', value ? `Bank ${value}` : '');
              }}
            />
            <Select
              label="Jenis rekening"
              data={BANK_TYPE_OPTIONS}
              allowDeselect={false}
              required
              {...form.getInputProps('bank.bankType')}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TextInput
              label="Nomor rekening"
              placeholder="0123-01-000456-30-1"
              required
              {...form.getInputProps('bank.accountNumber')}
            />
            <TextInput
              label="Atas nama"
              description="Pemilik rekening, biasanya nama lembaga"
              required
              {...form.getInputProps('bank.holder')}
            />
          </SimpleGrid>
        </>
      )}
      <Grid>
        <Grid.Col span={4}>
          <TextInput
            label="Kode akun"
            description={`Di bawah ${isBank ? BANK_GROUP_CODE : KAS_GROUP_CODE}`}
            required
            {...form.getInputProps('code')}
          />
        </Grid.Col>
        <Grid.Col span={8}>
          <TextInput
            label={isBank ? 'Nama di buku' : 'Nama kas'}
            description={isBank ? 'Judul buku bank, mis. Bank BRI Giro' : 'Mis. Kas Kecil atau Brankas'}
            required
            data-autofocus={isBank ? undefined : true}
            {...form.getInputProps('name')}
            onChange={(e) => {
              setNameTyped(true);
              form.setFieldValue('name', e.currentTarget.value);
            }}
          />
        </Grid.Col>
      </Grid>
    </FormDialog>
  );
}
