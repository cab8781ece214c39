import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useApi } from '../api/useApi';
import { Can } from '../auth/Can';
import { sendForm } from '../common/forms';
import { SetActiveButton } from './SetActiveButton';

/**
 * The office's own observation checklist for cash examinations. Items are switched off, never
 * deleted: an examination that answered them keeps its answers.
 */
export function ObservationItemsPanel() {
  const items = useApi('exam.observationItems', {});
  const form = useForm({ initialValues: { text: '' } });
  return (
    <Stack gap="xs" maw={760}>
      <Title order={2} size="h4">
        Butir pengamatan pemeriksaan kas
      </Title>
      <Text size="sm" c="dimmed">
        Ditanyakan pada setiap pemeriksaan (Ya / Tidak / Tidak berlaku). Butir yang dinonaktifkan tidak muncul
        lagi pada pemeriksaan baru; jawaban pada pemeriksaan lama tetap tersimpan.
      </Text>
      <Table aria-label="Butir pengamatan" striped>
        <Table.Tbody>
          {items.data?.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td c={o.active ? undefined : 'dimmed'}>{o.text}</Table.Td>
              <Table.Td w={140}>
                <Can request="exam.setObservationItemActive">
                  <SetActiveButton
                    active={o.active}
                    title={o.active ? 'Nonaktifkan butir ini?' : 'Aktifkan butir ini?'}
                    message={o.text}
                    onConfirm={() =>
                      sendForm(null, 'exam.setObservationItemActive', { id: o.id, active: !o.active })
                    }
                  />
                </Can>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Can request="exam.addObservationItem">
        <form
          aria-label="Tambah butir pengamatan"
          onSubmit={form.onSubmit(async (values) => {
            if (await sendForm(form, 'exam.addObservationItem', values, 'Butir pengamatan ditambahkan.'))
              form.reset();
          })}
        >
          <Group align="flex-end">
            <TextInput
              label="Butir baru"
              placeholder="mis. Cap lembaga tersimpan di brankas"
              style={{ flex: 1 }}
              {...form.getInputProps('text')}
            />
            <Button type="submit" variant="light" leftSection={<IconPlus size={16} />}>
              Tambah
            </Button>
          </Group>
        </form>
      </Can>
    </Stack>
  );
}
