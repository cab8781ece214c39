import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';

/** The text of a PDF file as `pdftotext -layout` lays it out (pages separated by form feeds). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
}

/** Running text with line breaks and column padding collapsed, for phrases that may wrap. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Every font of the PDF is an embedded Roboto. */
export function expectEmbeddedRoboto(file: string): void {
  const fonts = execFileSync('pdffonts', [file]).toString('utf8').trim().split('\n').slice(2);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) {
    expect(line).toMatch(/Roboto/);
    expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);
  }
}
