import { Alert, Grid, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import {
  ACCOUNT_TYPE_LABELS,
  ACCOUNT_TYPES,
  type Account,
  type AccountType,
  type NormalSide,
} from '../../shared/ledger/accounts';
import { FormDialog } from '../common/FormDialog';
import { sendForm } from '../common/forms';
import { accountOption, descendantIds, groupIds, nextChildCode } from './accountTree';

const TYPE_OPTIONS = ACCOUNT_TYPES.map((t) => ({ value: t, label: ACCOUNT_TYPE_LABELS[t] }));
export const NORMAL_SIDE_LABELS: Record<NormalSide, string> = { D: 'Debit', K: 'Kredit' };
const SIDE_OPTIONS = (['D', 'K'] as const).map((s) => ({ value: s, label: NORMAL_SIDE_LABELS[s] }));

interface Values {
  parentId: string | null;
  code: string;
  name: string;
  type: AccountType;
  normalSide: NormalSide;
}

function initialValues(account: Account | null, parent: Account | null, all: readonly Account[]): Values {
  if (account) {
    return {
      parentId: account.parentId === null ? null : String(account.parentId),
      code: account.code,
      name: account.name,
      type: account.type,
      normalSide: account.normalSide,
    };
  }
  return {
    parentId: parent ? String(parent.id) : null,
    code: parent ? nextChildCode(parent.code, all) : '',
    name: '',
    type: parent?.type ?? 'aset',
    normalSide: parent?.normalSide ?? 'D',
  };
}

/**
 * A new account of the chart (optionally under a given parent) or a change to one. The code is
 * suggested from the parent until the person types their own; main checks it and the parent.
 */
export function AccountDialog({
  account,
  parent,
  accounts,
  onClose,
  onSaved,
}: {
  account: Account | null;
  parent: Account | null;
  accounts: readonly Account[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const form = useForm<Values>({ initialValues: initialValues(account, parent, accounts) });
  const [codeTyped, setCodeTyped] = useState(account !== null);
  const [saving, setSaving] = useState(false);
  const byId = useMemo(() => new Map(accounts.map((a) => [a.id, a])), [accounts]);
  const groups = useMemo(() => groupIds(accounts), [accounts]);

  const parentOptions = useMemo(() => {
    const excluded = account ? descendantIds(account.id, accounts) : new Set<number>();
    return accounts
      .filter((a) => !excluded.has(a.id) && (a.active || String(a.id) === form.values.parentId))
      .map(accountOption);
  }, [accounts, account, form.values.parentId]);

  const chosenParent = form.values.parentId ? byId.get(Number(form.values.parentId)) : undefined;
  const parentBecomesGroup =
    chosenParent !== undefined && !groups.has(chosenParent.id) && chosenParent.id !== account?.parentId;
  const isMoney = account?.money != null;

  const pickParent = (value: string | null) => {
    form.setFieldValue('parentId', value);
    const p = value ? byId.get(Number(value)) : undefined;
    if (!p || account) return;
    form.setFieldValue('type', p.type);
    form.setFieldValue('normalSide', p.normalSide);
    if (!codeTyped) form.setFieldValue('code', nextChildCode(p.code, accounts));
  };

  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const fields = {
      code: v.code,
      name: v.name,
      type: v.type,
      normalSide: v.normalSide,
      parentId: v.parentId ? Number(v.parentId) : null,
    };
    const saved = account
      ? await sendForm(form, 'accounts.update', { id: account.id, ...fields }, `Akun ${v.code} disimpan.`)
      : await sendForm(form, 'accounts.create', fields, `Akun ${v.code} ${v.name} ditambahkan.`);
    setSaving(false);
    if (saved) onSaved();
  });

  return (
    <FormDialog
      title={account ? `Ubah akun ${account.code} ${account.name}` : 'Tambah akun'}
      label="Data akun"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <Select
        label="Akun induk"
        description="Kosongkan untuk akun golongan teratas (1 Aset, 2 Kewajiban, …)"
        placeholder="Pilih akun induk"
        data={parentOptions}
        searchable
        clearable
        nothingFoundMessage="Tidak ada akun dengan kata itu"
        {...form.getInputProps('parentId')}
        onChange={pickParent}
      />
      {parentBecomesGroup && chosenParent && (
        <Alert color="yellow" p="xs">
          {chosenParent.code} {chosenParent.name} belum punya sub-akun. Setelah ini ia menjadi akun kelompok:
          transaksi baru dicatat ke sub-akunnya.
        </Alert>
      )}
      <Grid>
        <Grid.Col span={4}>
          <TextInput
            label="Kode akun"
            placeholder="1.1.05.02"
            required
            {...form.getInputProps('code')}
            onChange={(e) => {
              setCodeTyped(true);
              form.setFieldValue('code', e.currentTarget.value);
            }}
          />
        </Grid.Col>
        <Grid.Col span={8}>
          <TextInput label="Nama akun" required data-autofocus {...form.getInputProps('name')} />
        </Grid.Col>
      </Grid>
      <SimpleGrid cols={2}>
        <Select
          label="Jenis akun"
          data={TYPE_OPTIONS}
          allowDeselect={false}
          required
          disabled={isMoney}
          {...form.getInputProps('type')}
        />
        <Select
          label="Saldo normal"
          description={isMoney ? 'Kas dan bank selalu bersaldo debit' : undefined}
          data={SIDE_OPTIONS}
          allowDeselect={false}
          required
          disabled={isMoney}
          {...form.getInputProps('normalSide')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
