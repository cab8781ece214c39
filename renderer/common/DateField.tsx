import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseTanggal } from '../../shared/format/date';

/** A date field that shows and accepts dd/mm/yyyy and keeps an ISO `YYYY-MM-DD` string as value. */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder="hh/bb/tttt"
      dateParser={(text) => {
        const parsed = parseTanggal(text);
        return parsed.ok ? parsed.iso : null;
      }}
      clearable={!props.required}
      {...props}
    />
  );
}
