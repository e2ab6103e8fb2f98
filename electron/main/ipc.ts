import { ipcMain, type WebContents, type WebFrameMain } from 'electron';
import { dispatchInvoke } from '../../shared/ipc/dispatch';
import { INVOKE_CHANNELS, type EventSink, type InvokeHandlers } from '../../shared/ipc/contract';

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

/** Sends contract events to one window, and never to a destroyed one. */
export function eventSinkFor(getContents: () => WebContents | undefined): EventSink {
  return (channel, payload) => {
    const contents = getContents();
    if (contents && !contents.isDestroyed()) contents.send(channel, payload);
  };
}
