import { Badge } from '@mantine/core';
import type { TemplateVersionStatus } from '../../../shared/praaudit/praaudit';

export function VersionStatusBadge({ status }: { status: TemplateVersionStatus }) {
  return status === 'draft' ? (
    <Badge color="yellow" variant="light">
      Draf
    </Badge>
  ) : (
    <Badge color="teal" variant="light">
      Terbit
    </Badge>
  );
}

/** Why editing a checklist never changes an audit already made. */
export const KEEP_VERSION_NOTE =
  'Pra-audit yang sudah dibuat tetap memakai versi checklist yang dipakainya; perubahan hanya berlaku untuk pra-audit baru.';
