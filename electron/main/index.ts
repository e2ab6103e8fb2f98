import { join } from 'node:path';
import { app, BrowserWindow, shell } from 'electron';
import { createDoctorService } from '../core/service';
import { bindIpc, eventSinkFor } from './ipc';
import { hardenSession, trustedFrameCheck } from './security';

// electron-vite sets this in development; packaged builds load the file.
const rendererUrl = process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | undefined;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1180,
    height: 820,
    minWidth: 820,
    minHeight: 560,
    title: 'Siscom Doctor',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  // The app never navigates away nor opens windows; links go to the system browser.
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  if (rendererUrl) void win.loadURL(rendererUrl);
  else void win.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  return win;
}

void app.whenReady().then(() => {
  hardenSession();
  const service = createDoctorService({ emit: eventSinkFor(() => mainWindow?.webContents), transport: 'electron', dataDir: app.getPath('userData') });
  const unbind = bindIpc(service.handlers, trustedFrameCheck(rendererUrl));
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('will-quit', () => {
    service.dispose();
    unbind();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
