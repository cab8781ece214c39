import { AuditWorkspace } from './AuditWorkspace';
import { ComparePage } from './ComparePage';
import { PraAuditRegister } from './PraAuditRegister';

/** `#/pra-audit` (register), `#/pra-audit/<id>` (one audit), `#/pra-audit/banding` (compare two). */
export function PraAuditPage({
  sub,
  navigate,
}: {
  sub: string | undefined;
  navigate: (path: string) => void;
}) {
  if (sub === 'banding') return <ComparePage navigate={navigate} />;
  const id = sub && /^\d+$/.test(sub) ? Number(sub) : null;
  if (id !== null) return <AuditWorkspace key={id} id={id} navigate={navigate} />;
  return <PraAuditRegister navigate={navigate} />;
}
