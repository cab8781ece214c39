import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { TPK_ROLE_LABELS } from '../../shared/desa/desa';
import type { TeamMember } from '../../shared/praaudit/praaudit';
import { useApi } from '../api/useApi';
import { type AuditHeaderValues, facilitatorsOn } from './auditHeaderValues';

/**
 * The team that examines: name + jabatan rows, with quick adds for the FK/PL in office on the audit
 * date and, for an audit silang, the TPK members of the other desa.
 */
export function TeamRows({
  form,
  auditedDesaId,
}: {
  form: UseFormReturnType<AuditHeaderValues>;
  auditedDesaId: number | null;
}) {
  const officers = useApi('officers.list', { includeInactive: false });
  const desa = useApi('desa.list', {});
  const team = form.values.team;
  const facilitators = facilitatorsOn(officers.data ?? [], form.values.auditDate);
  const otherTpk = (desa.data ?? [])
    .filter((d) => d.id !== auditedDesaId && d.tpk.some((m) => m.active))
    .map((d) => ({
      group: `Desa ${d.name}`,
      items: d.tpk
        .filter((m) => m.active)
        .map((m) => ({
          value: JSON.stringify({ name: m.fullName, jabatan: `${TPK_ROLE_LABELS[m.role]} Desa ${d.name}` }),
          label: `${m.fullName} — ${TPK_ROLE_LABELS[m.role]}`,
        })),
    }));
  const add = (member: TeamMember) => {
    if (team.some((m) => m.name === member.name)) return;
    const blank = team.findIndex((m) => !m.name.trim() && !m.jabatan.trim());
    if (blank >= 0) form.setFieldValue(`team.${blank}`, member);
    else form.insertListItem('team', member);
  };
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" fw={500}>
          Tim pemeriksa
        </Text>
        <Group gap={4}>
          {facilitators.map((f) => (
            <Button
              key={f.name}
              size="compact-xs"
              variant="light"
              aria-label={`Tambah ${f.name} ke tim`}
              onClick={() => add(f)}
              disabled={team.some((m) => m.name === f.name)}
            >
              + {f.name} ({f.jabatan})
            </Button>
          ))}
          {otherTpk.length > 0 && (
            <Select
              size="xs"
              w={230}
              placeholder="+ TPK desa lain (audit silang)"
              aria-label="Tambah anggota TPK desa lain"
              searchable
              data={otherTpk}
              value={null}
              onChange={(v) => v && add(JSON.parse(v) as TeamMember)}
            />
          )}
        </Group>
      </Group>
      {team.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: unsaved rows have no identity but their place.
        <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            aria-label={`Nama pemeriksa ${i + 1}`}
            placeholder="Nama"
            style={{ flex: 1 }}
            {...form.getInputProps(`team.${i}.name`)}
          />
          <TextInput
            aria-label={`Jabatan pemeriksa ${i + 1}`}
            placeholder="Jabatan, mis. Ketua TPK Desa Cibodas"
            style={{ flex: 1 }}
            {...form.getInputProps(`team.${i}.jabatan`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={4}
            aria-label={`Hapus pemeriksa ${i + 1}`}
            onClick={() => form.removeListItem('team', i)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<IconPlus size={14} />}
        w="fit-content"
        onClick={() => form.insertListItem('team', { name: '', jabatan: '' })}
      >
        Tambah anggota tim
      </Button>
      {typeof form.errors.team === 'string' && (
        <Text size="xs" c="red">
          {form.errors.team}
        </Text>
      )}
    </Stack>
  );
}
