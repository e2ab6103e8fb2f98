import type { WebContents, WebFrameMain } from 'electron';
import type { EventSink } from '../../shared/ipc/contract';

// Pure policy, with type-only Electron imports, so Node tests can check it without the binary.

/** Our page is either the dev server's URL or the packaged file; nothing else may call IPC. */
export function trustedFrameCheck(rendererUrl: string | undefined): (frame: Pick<WebFrameMain, 'url' | 'parent'> | null) => boolean {
  return (frame) => {
    if (!frame || frame.parent) return false;
    let url: URL;
    try {
      url = new URL(frame.url);
    } catch {
      return false;
    }
    if (rendererUrl) return url.origin === new URL(rendererUrl).origin;
    return url.protocol === 'file:';
  };
}

/** Sends contract events to one window, and never to a destroyed one. */
export function eventSinkFor(getContents: () => Pick<WebContents, 'isDestroyed' | 'send'> | undefined): EventSink {
  return (channel, payload) => {
    const contents = getContents();
    if (contents && !contents.isDestroyed()) contents.send(channel, payload);
  };
}
