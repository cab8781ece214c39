import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { APP_ORIGIN, IPC_CHANNEL, PICK_FOLDER_CHANNEL } from '../../shared/contract/bridge';
import { type AppCore, createApp } from '../app';
import { restoreBeforeOpen } from '../backup/backupService';
import { parseCli } from '../cli';
import { AppError } from '../core/appError';
import type { IntegrityProblem } from '../db/connection';
import { DatabaseOpenError } from '../db/errors';
import { databasePath } from '../paths';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import {
  appRequestFile,
  ipcHandler,
  lockDownContents,
  refusePermissionCheck,
  refusePermissionRequest,
} from '../security/electronPolicy';
import { isTrustedSender } from '../security/guards';
import { contentTypeFor } from '../security/staticFiles';
import { APP_VERSION } from '../version';

const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
/** Backups never go where the app itself lives. */
const OWN_FOLDERS = () => [RENDERER_ROOT, app.getAppPath(), path.dirname(process.execPath)];
let core: AppCore | null = null;
let mainWindow: BrowserWindow | null = null;

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Two windows must never write one database file.
if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

async function serveApp(request: Request): Promise<Response> {
  const file = appRequestFile(RENDERER_ROOT, request.url);
  if (!file) return new Response('Tidak ditemukan', { status: 404 });
  const target = await fs
    .access(file)
    .then(() => file)
    .catch(() => path.join(RENDERER_ROOT, 'index.html'));
  return new Response(await fs.readFile(target), {
    headers: {
      'Content-Type': contentTypeFor(target),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function lockDownWebContents(): void {
  session.defaultSession.setPermissionRequestHandler(refusePermissionRequest);
  session.defaultSession.setPermissionCheckHandler(refusePermissionCheck);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Audit UPK',
    autoHideMenuBar: true,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: !app.isPackaged,
      spellcheck: false,
      // Middle-click cannot open a link in a new window (the window-open handler denies it too).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

/**
 * Opens the database; if it is corrupt and a good backup exists, offers to restore that backup
 * (checked first; the corrupt file is kept aside as `.rusak-…`) and opens again.
 */
async function openWithRescue(dbPath: string, demo: boolean): Promise<AppCore> {
  try {
    return await createApp({ dbPath, demo, protectedFolders: OWN_FOLDERS() });
  } catch (err) {
    if (!(err instanceof DatabaseOpenError && err.reason === 'corrupt' && err.goodBackup)) throw err;
    const choice = await dialog.showMessageBox({
      type: 'error',
      title: 'Audit UPK',
      message: 'Database rusak',
      detail:
        `${err.message}\n\nPulihkan dari cadangan baik terbaru? Cadangan diperiksa dulu; ` +
        'berkas yang rusak disimpan di sebelahnya (.rusak-…), tidak dihapus.',
      buttons: ['Pulihkan dari cadangan', 'Keluar'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice.response !== 0) throw err;
    await restoreBeforeOpen(dbPath, err.goodBackup, APP_VERSION);
    return createApp({ dbPath, demo, protectedFolders: OWN_FOLDERS() });
  }
}

/** The background integrity check found damage after opening: offer the newest good backup now. */
async function offerRestore(problem: IntegrityProblem): Promise<void> {
  const running = core;
  if (!running) return;
  const choice = await dialog.showMessageBox({
    type: 'error',
    title: 'Audit UPK',
    message: 'Database rusak',
    detail: `${problem.message}\n\nPerubahan tidak disimpan sampai database dipulihkan.`,
    buttons: problem.goodBackup ? ['Pulihkan dari cadangan', 'Nanti'] : ['Tutup'],
    defaultId: 0,
    cancelId: problem.goodBackup ? 1 : 0,
  });
  if (!problem.goodBackup || choice.response !== 0) return;
  // The same checked restore as Pengaturan › Data; the damaged file is kept aside.
  const result = await running.systemDispatch('backup.restore', {
    fileName: path.basename(problem.goodBackup),
  });
  if (!result.ok) dialog.showErrorBox('Audit UPK', result.error.message);
  mainWindow?.webContents.reload();
}

async function start(): Promise<void> {
  const cli = parseCli(process.argv);
  const dbPath = databasePath({ db: cli.db, demo: cli.demo, dataDir: app.getPath('userData') });
  try {
    core = await openWithRescue(dbPath, cli.demo);
  } catch (err) {
    const message =
      err instanceof DatabaseOpenError || err instanceof AppError
        ? err.message
        : `Aplikasi tidak dapat dimulai: ${String(err)}`;
    dialog.showErrorBox('Audit UPK', `${message}\n\nBerkas: ${dbPath}`);
    app.exit(1);
    return;
  }
  void core.integrity.then((problem) => problem && offerRestore(problem));
  const dispatch = core.dispatch;
  protocol.handle('app', serveApp);
  lockDownWebContents();
  ipcMain.handle(IPC_CHANNEL, ipcHandler(dispatch));
  // The folder for a backup elsewhere is chosen in the system's own dialog, shown by main.
  ipcMain.handle(PICK_FOLDER_CHANNEL, async (event) => {
    if (!isTrustedSender(event.senderFrame?.url) || !mainWindow) return null;
    const picked = await dialog.showOpenDialog(mainWindow, {
      title: 'Pilih folder cadangan',
      properties: ['openDirectory', 'createDirectory'],
    });
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  });
  createWindow();
}

app.whenReady().then(start);

app.on('window-all-closed', () => app.quit());

app.on('will-quit', (event) => {
  if (!core) return;
  event.preventDefault();
  const closing = core;
  core = null;
  void closing.close().finally(() => app.quit());
});
