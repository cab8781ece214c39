import { api } from '../api/transport';
import { downloadBase64 } from '../common/download';

/** Asks main for the berita acara (with Lampiran I and II) of a final examination and saves it. */
export async function downloadExamPdf(id: number): Promise<void> {
  downloadBase64(await api.send('exam.pdf', { id }));
}
