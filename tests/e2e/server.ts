import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'main', 'server.cjs');

export interface RunningServer {
  url: string;
  token: string;
  stop(): Promise<void>;
}

/** Starts the built browser host on a free port, on the given database file. */
export async function startServer(dbPath: string, extraArgs: string[] = []): Promise<RunningServer> {
  const token = randomBytes(16).toString('hex');
  const child: ChildProcess = spawn(
    process.execPath,
    [SERVER, '--db', dbPath, '--port', '0', '--token', token, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server tidak mulai:\n${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /berjalan di (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server berhenti (kode ${code}):\n${output}`));
    });
  });
  return {
    url,
    token,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          // A failed close backup is logged by the server, never fatal: show it beside the test.
          if (/gagal/i.test(output)) process.stderr.write(`[server ${url}] ${output}\n`);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
