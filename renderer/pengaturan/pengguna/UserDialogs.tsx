import { PasswordInput, Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  PASSWORD_MIN,
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLES,
  type Role,
  type UserRow,
} from '../../../shared/auth/auth';
import { useApi } from '../../api/useApi';
import { FormDialog } from '../../common/FormDialog';
import { sendForm } from '../../common/forms';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** New account (with a temporary password) or the name, role and officer of an existing one. */
export function UserDialog({
  user,
  onClose,
  onSaved,
}: {
  user: UserRow | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const officers = useApi('officers.list', { includeInactive: false });
  const form = useForm({
    initialValues: {
      username: user?.username ?? '',
      fullName: user?.fullName ?? '',
      role: (user?.role ?? 'bendahara') as Role,
      officerId: user?.officerId ? String(user.officerId) : '',
      password: '',
    },
  });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const officerId = v.officerId ? Number(v.officerId) : null;
    const saved = user
      ? await sendForm(
          form,
          'user.update',
          { id: user.id, fullName: v.fullName, role: v.role, officerId },
          'Pengguna disimpan.',
        )
      : await sendForm(
          form,
          'user.create',
          { username: v.username, fullName: v.fullName, role: v.role, officerId, password: v.password },
          `Pengguna ${v.username} dibuat. Ia harus mengganti kata sandi saat pertama masuk.`,
        );
    setSaving(false);
    if (saved) onSaved();
  });
  return (
    <FormDialog
      title={user ? `Ubah pengguna ${user.username}` : 'Pengguna baru'}
      label="Pengguna"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <TextInput
        label="Nama pengguna"
        required
        disabled={Boolean(user)}
        {...form.getInputProps('username')}
      />
      <TextInput label="Nama lengkap" required {...form.getInputProps('fullName')} />
      <Select
        label="Peran"
        data={ROLE_OPTIONS}
        allowDeselect={false}
        required
        description={ROLE_DESCRIPTIONS[form.values.role]}
        {...form.getInputProps('role')}
      />
      <Select
        label="Pejabat (opsional)"
        data={(officers.data ?? []).map((o) => ({ value: String(o.id), label: o.fullName }))}
        clearable
        searchable
        {...form.getInputProps('officerId')}
      />
      {!user && (
        <PasswordInput
          label="Kata sandi sementara"
          description={`Paling sedikit ${PASSWORD_MIN} karakter; diganti pengguna saat pertama masuk`}
          required
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
      )}
    </FormDialog>
  );
}

export function ResetPasswordDialog({
  user,
  onClose,
  onSaved,
}: {
  user: UserRow;
  onClose: () => void;
  onSaved: () => void;
}) {
  const form = useForm({ initialValues: { password: '' } });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const saved = await sendForm(
      form,
      'user.resetPassword',
      { id: user.id, password: v.password },
      `Kata sandi ${user.username} diatur ulang.`,
    );
    setSaving(false);
    if (saved) onSaved();
  });
  return (
    <FormDialog
      title={`Atur ulang kata sandi ${user.username}`}
      label="Atur ulang kata sandi"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <Text size="sm" c="dimmed">
        Berikan kata sandi sementara ini kepada {user.fullName}. Ia harus menggantinya saat masuk.
      </Text>
      <PasswordInput
        label="Kata sandi sementara"
        required
        autoComplete="new-password"
        data-autofocus
        {...form.getInputProps('password')}
      />
    </FormDialog>
  );
}
