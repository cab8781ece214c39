import { Alert, Anchor, Box, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowLeft, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../api/transport';
import { errorMessage } from '../api/useApi';
import { PageTitle } from '../common/PageTitle';

/** The QR code on a berita acara reads `AUDITUPK|<nomor>|<hash>`. */
export function splitQr(text: string): { number: string; hash: string } | null {
  const m = /^\s*AUDITUPK\|([^|]+)\|([0-9a-fA-F]+)\s*$/.exec(text);
  return m?.[1] && m[2] ? { number: m[1].trim(), hash: m[2] } : null;
}

type Result = { genuine: boolean; message: string };

/** Checks a printed berita acara: its number and verification code against the records. */
export function VerifyPage({ navigate }: { navigate: (path: string) => void }) {
  const [number, setNumber] = useState('');
  const [hash, setHash] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);

  const type = (field: 'number' | 'hash', text: string) => {
    setResult(null);
    const qr = splitQr(text);
    if (qr) {
      setNumber(qr.number);
      setHash(qr.hash);
    } else if (field === 'number') setNumber(text);
    else setHash(text);
  };

  const check = async () => {
    setBusy(true);
    try {
      setResult(await api.send('exam.verify', { number, hash }));
    } catch (err) {
      setResult({ genuine: false, message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={760}>
      <Anchor size="sm" component="button" type="button" onClick={() => navigate('pemeriksaan-kas')}>
        <Group gap={4}>
          <IconArrowLeft size={14} /> Daftar pemeriksaan
        </Group>
      </Anchor>
      <PageTitle>Verifikasi berita acara</PageTitle>
      <Text size="sm" c="dimmed">
        Ketik nomor berita acara dan kode verifikasi yang tercetak di bawah kode QR — atau tempelkan teks
        hasil pindaian QR (AUDITUPK|nomor|kode) ke salah satu kolom.
      </Text>
      <form
        aria-label="Verifikasi berita acara"
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <Stack>
          <TextInput
            label="Nomor berita acara"
            placeholder="001/BA-PK/UPK/VII/2025"
            value={number}
            onChange={(e) => type('number', e.currentTarget.value)}
            data-autofocus
          />
          <TextInput
            label="Kode verifikasi"
            placeholder="64 karakter 0–9 dan a–f"
            value={hash}
            onChange={(e) => type('hash', e.currentTarget.value)}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
          <Group>
            <Button type="submit" loading={busy} disabled={!number.trim() || !hash.trim()}>
              Periksa
            </Button>
          </Group>
        </Stack>
      </form>
      {result && (
        <Box role="status" aria-label="Hasil verifikasi" data-genuine={result.genuine}>
          <Alert
            color={result.genuine ? 'teal' : 'red'}
            icon={result.genuine ? <IconCircleCheck /> : <IconCircleX />}
            title={result.genuine ? 'Asli' : 'Tidak dapat dipastikan asli'}
          >
            {result.message}
          </Alert>
        </Box>
      )}
    </Stack>
  );
}
