import { ActionIcon, Alert, Box, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import {
  IconDeviceFloppy,
  IconFileSpreadsheet,
  IconPrinter,
  IconZoomIn,
  IconZoomOut,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { ExportedFile } from '../../shared/ledger/books';
import { errorMessage } from '../api/useApi';
import { downloadBase64 } from '../common/download';
import classes from './preview.module.css';

type PdfJs = typeof import('pdfjs-dist');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjs: Promise<PdfJs> | null = null;

/** pdf.js loads on the first preview (it is large); its worker is a file of the app itself. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(
    ([lib, worker]) => {
      lib.GlobalWorkerOptions.workerSrc = worker.default;
      return lib;
    },
  );
  return pdfjs;
}

function bytesOf(file: ExportedFile): Uint8Array {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function renderPage(doc: PdfDocument, n: number, scale: number): Promise<HTMLCanvasElement> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  await page.render({ canvas, viewport }).promise;
  return canvas;
}

/**
 * Prints the document as it is previewed: each page drawn at print resolution into a print-only
 * container, then the window's print (Electron: the system print dialog; a browser: its own).
 */
async function printDocument(doc: PdfDocument): Promise<void> {
  const host = document.createElement('div');
  host.className = classes.printHost ?? '';
  const first = await doc.getPage(1);
  const [x0, y0, x1, y1] = first.view;
  const widthMm = (((x1 ?? 0) - (x0 ?? 0)) * 25.4) / 72;
  const heightMm = (((y1 ?? 0) - (y0 ?? 0)) * 25.4) / 72;
  const style = document.createElement('style');
  style.textContent = `@page { size: ${widthMm.toFixed(1)}mm ${heightMm.toFixed(1)}mm; margin: 0; }`;
  for (let n = 1; n <= doc.numPages; n++) {
    const canvas = await renderPage(doc, n, 2.5);
    const img = document.createElement('img');
    img.src = canvas.toDataURL('image/png');
    img.alt = `Halaman ${n}`;
    host.append(img);
  }
  document.head.append(style);
  document.body.append(host);
  document.body.classList.add(classes.printing ?? '');
  try {
    window.print();
  } finally {
    document.body.classList.remove(classes.printing ?? '');
    host.remove();
    style.remove();
  }
}

export interface PreviewRequest {
  title: string;
  /** Makes the PDF in main. */
  pdf: () => Promise<ExportedFile>;
  /** Makes the Excel file, where the report has one. */
  xlsx?: () => Promise<ExportedFile>;
}

/** In-app print preview: the PDF drawn in the page, zoom, page count, Cetak, Simpan PDF, Simpan Excel. */
export function PdfPreview({ request, onClose }: { request: PreviewRequest | null; onClose: () => void }) {
  const [file, setFile] = useState<ExportedFile | null>(null);
  const [doc, setDoc] = useState<PdfDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [zoom, setZoom] = useState(1);
  const [busy, setBusy] = useState<string | null>(null);
  const pagesRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setFile(null);
    setDoc(null);
    setError(null);
    if (!request) return;
    let cancelled = false;
    (async () => {
      try {
        const made = await request.pdf();
        const lib = await loadPdfJs();
        const loaded = await lib.getDocument({ data: bytesOf(made), isEvalSupported: false }).promise;
        if (cancelled) return;
        setFile(made);
        setDoc(loaded);
      } catch (err) {
        if (!cancelled) setError(errorMessage(err));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [request]);

  useEffect(() => {
    const host = pagesRef.current;
    if (!doc || !host) return;
    let cancelled = false;
    (async () => {
      const canvases: HTMLCanvasElement[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const canvas = await renderPage(doc, n, zoom * 1.5);
        canvas.style.width = `${canvas.width / 1.5}px`;
        canvas.setAttribute('aria-label', `Halaman ${n} dari ${doc.numPages}`);
        canvas.setAttribute('role', 'img');
        canvases.push(canvas);
        if (cancelled) return;
      }
      host.replaceChildren(...canvases);
    })();
    return () => {
      cancelled = true;
    };
  }, [doc, zoom]);

  const saveXlsx = async () => {
    if (!request?.xlsx) return;
    setBusy('xlsx');
    try {
      downloadBase64(await request.xlsx());
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };
  const print = async () => {
    if (!doc) return;
    setBusy('print');
    try {
      await printDocument(doc);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal
      opened={request !== null}
      onClose={onClose}
      title={`Pratinjau — ${request?.title ?? ''}`}
      size="90%"
    >
      <Stack>
        <Group justify="space-between">
          <Group gap="xs">
            <ActionIcon
              variant="default"
              aria-label="Perkecil"
              onClick={() => setZoom((z) => Math.max(0.5, z - 0.25))}
            >
              <IconZoomOut size={16} />
            </ActionIcon>
            <Text size="sm" w={48} ta="center" aria-label="Perbesaran">
              {Math.round(zoom * 100)}%
            </Text>
            <ActionIcon
              variant="default"
              aria-label="Perbesar"
              onClick={() => setZoom((z) => Math.min(3, z + 0.25))}
            >
              <IconZoomIn size={16} />
            </ActionIcon>
            {doc && (
              <Text size="sm" c="dimmed" data-testid="jumlah-halaman">
                {doc.numPages} halaman
              </Text>
            )}
          </Group>
          <Group gap="xs">
            <Button
              leftSection={<IconPrinter size={16} />}
              onClick={() => void print()}
              disabled={!doc}
              loading={busy === 'print'}
            >
              Cetak
            </Button>
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={!file}
              onClick={() => file && downloadBase64(file)}
            >
              Simpan PDF
            </Button>
            {request?.xlsx && (
              <Button
                variant="default"
                leftSection={<IconFileSpreadsheet size={16} />}
                loading={busy === 'xlsx'}
                onClick={() => void saveXlsx()}
              >
                Simpan Excel
              </Button>
            )}
          </Group>
        </Group>
        {error && (
          <Alert color="red" title="Laporan tidak dapat dibuat">
            {error}
          </Alert>
        )}
        {!doc && !error && (
          <Group justify="center" p="xl">
            <Loader />
          </Group>
        )}
        <Box className={classes.pages} ref={pagesRef} aria-label="Halaman laporan" />
      </Stack>
    </Modal>
  );
}
