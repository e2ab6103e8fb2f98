import { ipcMain, type WebFrameMain } from 'electron';
import { dispatchInvoke } from '../../shared/ipc/dispatch';
import { INVOKE_CHANNELS, type InvokeHandlers } from '../../shared/ipc/contract';

/**
 * The only place that touches ipcMain (a lint rule keeps it so). Every request channel of the
 * contract gets one handler; requests from frames other than our own page are refused.
 */
export function bindIpc(handlers: InvokeHandlers, isTrustedFrame: (frame: WebFrameMain | null) => boolean): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event, request: unknown) => {
      if (!isTrustedFrame(event.senderFrame)) throw new Error(`IPC request on ${channel} refused: untrusted sender`);
      return dispatchInvoke(handlers, channel, request);
    });
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}
