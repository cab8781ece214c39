import { Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { isIsoDate, localDateTimeInZone } from '../../shared/format/date';
import type { PositionCode } from '../../shared/officers/positions';
import {
  EXAM_TYPE_LABELS,
  EXAM_TYPES,
  type Examination,
  type ExamType,
} from '../../shared/pemeriksaan/pemeriksaan';
import { api } from '../api/transport';
import { useApi } from '../api/useApi';
import { DateField } from '../common/DateField';
import { sendForm } from '../common/forms';
import { useAppState } from '../shell/AppState';
import { fieldErrorsTo } from './examUi';
import { officerOptions } from './officerOptions';

const TYPE_OPTIONS = EXAM_TYPES.map((t) => ({ value: t, label: EXAM_TYPE_LABELS[t] }));

interface Values {
  type: ExamType;
  date: string;
  time: string;
  place: string;
  basis: string;
  examinedOfficerId: string | null;
  examinerOfficerIds: string[];
  acknowledgerOfficerIds: string[];
}

/** Who holds a single post on a date, or null. */
async function holder(position: PositionCode, date: string): Promise<string | null> {
  try {
    const found = await api.send('officers.onDate', { position, date });
    return found[0] ? String(found[0].officerId) : null;
  } catch {
    return null;
  }
}

/** "Pemeriksaan baru" (exam null) or the identity of a draft examination. */
export function ExamHeaderDialog({
  exam,
  onClose,
  onSaved,
}: {
  exam: Examination | null;
  onClose: () => void;
  onSaved: (exam: Examination) => void;
}) {
  const { profile } = useAppState();
  const officers = useApi('officers.list', { includeInactive: false });
  const now = localDateTimeInZone(Date.now(), profile?.timeZone ?? 'WIB');
  const form = useForm<Values>({
    initialValues: {
      type: exam?.type ?? 'rutin',
      date: exam?.date ?? now.date,
      time: exam?.time ?? now.time,
      place: exam?.place ?? (profile ? `Kantor ${profile.name}` : ''),
      basis: exam?.basis ?? '',
      examinedOfficerId: exam ? String(exam.examined.officerId) : null,
      examinerOfficerIds: exam?.examiners.map((p) => String(p.officerId)) ?? [],
      acknowledgerOfficerIds: exam?.acknowledgers.map((p) => String(p.officerId)) ?? [],
    },
  });
  const [saving, setSaving] = useState(false);
  // Until the person picks someone, the Bendahara (and the Ketua UPK to acknowledge) on the date.
  const picked = useRef({ examined: exam !== null, acknowledgers: exam !== null });
  const date = form.values.date;
  const setField = form.setFieldValue;
  useEffect(() => {
    if (!isIsoDate(date)) return;
    let live = true;
    void (async () => {
      const [bendahara, ketua] = await Promise.all([
        picked.current.examined ? null : holder('bendahara_upk', date),
        picked.current.acknowledgers ? null : holder('ketua_upk', date),
      ]);
      if (!live) return;
      if (!picked.current.examined) setField('examinedOfficerId', bendahara);
      if (!picked.current.acknowledgers) setField('acknowledgerOfficerIds', ketua ? [ketua] : []);
    })();
    return () => {
      live = false;
    };
  }, [date, setField]);

  const options = officerOptions(officers.data ?? [], isIsoDate(date) ? date : now.date);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const input = {
      type: v.type,
      date: v.date,
      time: v.time,
      place: v.place,
      basis: v.basis,
      examinedOfficerId: Number(v.examinedOfficerId ?? 0),
      examinerOfficerIds: v.examinerOfficerIds.map(Number),
      acknowledgerOfficerIds: v.acknowledgerOfficerIds.map(Number),
    };
    const target = fieldErrorsTo(form);
    const saved = exam
      ? await sendForm(
          target,
          'exam.updateHeader',
          { id: exam.id, ...input },
          'Identitas pemeriksaan disimpan.',
        )
      : await sendForm(target, 'exam.create', input, 'Pemeriksaan dibuat.');
    setSaving(false);
    if (saved) onSaved(saved);
  });

  const examinedProps = form.getInputProps('examinedOfficerId');
  const ackProps = form.getInputProps('acknowledgerOfficerIds');
  return (
    <Modal
      opened
      onClose={onClose}
      title={exam ? 'Ubah identitas pemeriksaan' : 'Pemeriksaan baru'}
      size="lg"
    >
      <form onSubmit={submit} noValidate aria-label="Identitas pemeriksaan">
        <Stack>
          <Select
            label="Jenis pemeriksaan"
            data={TYPE_OPTIONS}
            allowDeselect={false}
            required
            data-autofocus
            {...form.getInputProps('type')}
          />
          <SimpleGrid cols={2}>
            <DateField label="Tanggal pemeriksaan" required {...form.getInputProps('date')} />
            <TextInput
              label={`Jam (${profile?.timeZone ?? 'WIB'})`}
              placeholder="09:30"
              required
              {...form.getInputProps('time')}
            />
          </SimpleGrid>
          <TextInput label="Tempat" required {...form.getInputProps('place')} />
          <TextInput
            label="Dasar pemeriksaan"
            description="Mis. surat tugas BP-UPK nomor …, atau jadwal pemeriksaan bulanan"
            {...form.getInputProps('basis')}
          />
          <Select
            label="Yang diperiksa"
            description="Bendahara yang menjabat pada tanggal pemeriksaan"
            data={options}
            searchable
            required
            {...examinedProps}
            onChange={(value) => {
              picked.current.examined = true;
              examinedProps.onChange(value);
            }}
          />
          <MultiSelect
            label="Pemeriksa"
            data={options}
            searchable
            required
            {...form.getInputProps('examinerOfficerIds')}
          />
          <MultiSelect
            label="Mengetahui"
            data={options}
            searchable
            {...ackProps}
            onChange={(value) => {
              picked.current.acknowledgers = true;
              ackProps.onChange(value);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Batal
            </Button>
            <Button type="submit" loading={saving}>
              {exam ? 'Simpan' : 'Buat pemeriksaan'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
