import { ExamRegister } from './ExamRegister';
import { ExamWorkspace } from './ExamWorkspace';
import { VerifyPage } from './VerifyPage';

/** `#/pemeriksaan-kas` (register), `#/pemeriksaan-kas/<id>` (one examination), `…/verifikasi`. */
export function PemeriksaanPage({
  sub,
  navigate,
}: {
  sub: string | undefined;
  navigate: (path: string) => void;
}) {
  if (sub === 'verifikasi') return <VerifyPage navigate={navigate} />;
  const id = sub && /^\d+$/.test(sub) ? Number(sub) : null;
  if (id !== null) return <ExamWorkspace key={id} id={id} navigate={navigate} />;
  return <ExamRegister navigate={navigate} />;
}
