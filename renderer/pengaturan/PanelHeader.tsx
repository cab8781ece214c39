import { Group, type GroupProps, Switch } from '@mantine/core';
import type { ReactNode } from 'react';

/** The top of a settings list: what it holds, a "Tampilkan nonaktif" switch, then the panel's buttons. */
export function PanelHeader({
  intro,
  showInactive,
  onShowInactiveChange,
  align,
  children,
}: {
  intro: ReactNode;
  showInactive: boolean;
  onShowInactiveChange: (show: boolean) => void;
  align?: GroupProps['align'];
  children: ReactNode;
}) {
  return (
    <Group justify="space-between" align={align}>
      {intro}
      <Group>
        <Switch
          label="Tampilkan nonaktif"
          checked={showInactive}
          onChange={(e) => onShowInactiveChange(e.currentTarget.checked)}
        />
        {children}
      </Group>
    </Group>
  );
}
