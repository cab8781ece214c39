/** A file main produced (PDF, XLSX…): its name, MIME type and bytes in base64. */
export interface DownloadableFile {
  fileName: string;
  mime: string;
  base64: string;
}

/** Saves a file from main through the browser's own download (Electron asks where to save it). */
export function downloadBase64(file: DownloadableFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL only has to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
