import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { formatTanggalAngka, isIsoDate, parseTanggal } from '../../shared/format/date';

interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** ISO `YYYY-MM-DD`, or '' when empty. */
  value?: string;
  onChange?: (value: string) => void;
}

function shown(value: string | undefined): string {
  return value && isIsoDate(value) ? formatTanggalAngka(value) : (value ?? '');
}

/**
 * Typed as dd/mm/yyyy (also 1-7-2025, 01.07.2025); the calendar opens only from its button, so it
 * never covers the form while someone types. Unparseable text is passed on as typed, so main
 * rejects it with its field message instead of it silently vanishing.
 */
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  const [text, setText] = useState(() => shown(value));
  const [calendarOpen, setCalendarOpen] = useState(false);

  useEffect(() => {
    setText((current) => {
      const parsed = parseTanggal(current);
      const same = parsed.ok ? parsed.iso === value : current === (value ?? '');
      return same ? current : shown(value);
    });
  }, [value]);

  const type = (next: string) => {
    setText(next);
    const parsed = parseTanggal(next);
    onChange?.(parsed.ok ? parsed.iso : next.trim());
  };

  const calendar = (
    <Popover opened={calendarOpen} onChange={setCalendarOpen} position="bottom-end" withinPortal>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label="Pilih dari kalender"
          onClick={() => setCalendarOpen((o) => !o)}
          disabled={props.disabled}
        >
          <IconCalendar size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          value={value && isIsoDate(value) ? value : null}
          defaultDate={value && isIsoDate(value) ? value : undefined}
          onChange={(picked) => {
            if (picked) type(formatTanggalAngka(picked));
            setCalendarOpen(false);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );

  return (
    <TextInput
      placeholder="hh/bb/tttt"
      inputMode="numeric"
      {...props}
      value={text}
      onChange={(event) => type(event.currentTarget.value)}
      onBlur={(event) => {
        const parsed = parseTanggal(text);
        if (parsed.ok) setText(formatTanggalAngka(parsed.iso));
        props.onBlur?.(event);
      }}
      rightSection={calendar}
    />
  );
}
