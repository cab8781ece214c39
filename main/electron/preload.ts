import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, IPC_CHANNEL, PICK_FOLDER_CHANNEL, type PreloadApi } from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/envelope';

// Two narrow functions; the page never sees ipcRenderer itself.
const api = {
  invoke: (name: string, input: unknown, requestId?: string) =>
    ipcRenderer.invoke(IPC_CHANNEL, name, input, requestId) as Promise<Envelope<unknown>>,
  pickFolder: () => ipcRenderer.invoke(PICK_FOLDER_CHANNEL) as Promise<string | null>,
} satisfies PreloadApi;

contextBridge.exposeInMainWorld(BRIDGE_KEY, api);
