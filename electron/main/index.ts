import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { createDoctorService } from '../core/service';
import { bindIpc } from './ipc';
import { hardenSession } from './security';
import { eventSinkFor, trustedFrameCheck } from './sender-policy';

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
      // Middle-click would open links outside the window-open handler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  // The app never navigates away nor opens windows.
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
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
