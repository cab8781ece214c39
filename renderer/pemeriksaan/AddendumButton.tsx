import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import { Can } from '../auth/Can';
import { sendForm } from '../common/forms';

/** A final berita acara is never edited: a correction opens a linked addendum (a new draft). */
export function AddendumButton({ exam, onOpened }: { exam: Examination; onOpened: (id: number) => void }) {
  const [open, setOpen] = useState(false);
  const form = useForm({ initialValues: { reason: '' } });
  return (
    <>
      <Can request="exam.addendum">
        <Button variant="default" leftSection={<IconFilePlus size={16} />} onClick={() => setOpen(true)}>
          Buat adendum
        </Button>
      </Can>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={`Adendum atas ${exam.number ?? 'berita acara'}`}
      >
        <form
          aria-label="Adendum"
          onSubmit={form.onSubmit(async (values) => {
            const draft = await sendForm(
              form,
              'exam.addendum',
              { id: exam.id, reason: values.reason },
              'Adendum dibuat.',
            );
            if (draft) {
              setOpen(false);
              onOpened(draft.id);
            }
          })}
        >
          <Stack>
            <Text size="sm">
              Berita acara yang sudah final tidak diubah. Adendum adalah pemeriksaan baru pada saat yang sama,
              dengan pihak yang sama, yang dicetak sebagai "Adendum Berita Acara Pemeriksaan Kas" dan menyebut
              nomor aslinya.
            </Text>
            <Textarea
              label="Alasan adendum"
              required
              autosize
              minRows={2}
              {...form.getInputProps('reason')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                Batal
              </Button>
              <Button type="submit">Buat adendum</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
