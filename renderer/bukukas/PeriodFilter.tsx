import { Button, Group } from '@mantine/core';
import { DateField } from '../common/DateField';
import { lastMonth, type Period, thisMonth, thisYear } from './clock';

interface Props {
  value: Period;
  today: string;
  errors: { from?: string; to?: string };
  onChange: (period: Period) => void;
}

/** Dari/sampai tanggal, with the usual periods one click away. */
export function PeriodFilter({ value, today, errors, onChange }: Props) {
  const quick: { label: string; period: Period }[] = [
    { label: 'Bulan ini', period: thisMonth(today) },
    { label: 'Bulan lalu', period: lastMonth(today) },
    { label: 'Tahun ini', period: thisYear(today) },
  ];
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <DateField
        label="Dari tanggal"
        w={150}
        value={value.from}
        error={errors.from}
        onChange={(from) => onChange({ ...value, from })}
      />
      <DateField
        label="Sampai tanggal"
        w={150}
        value={value.to}
        error={errors.to}
        onChange={(to) => onChange({ ...value, to })}
      />
      <Button.Group mb={errors.from || errors.to ? 22 : 0}>
        {quick.map((q) => {
          const active = q.period.from === value.from && q.period.to === value.to;
          return (
            <Button
              key={q.label}
              variant={active ? 'light' : 'default'}
              onClick={() => onChange(q.period)}
              aria-pressed={active}
            >
              {q.label}
            </Button>
          );
        })}
      </Button.Group>
    </Group>
  );
}
