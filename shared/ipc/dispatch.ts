import { invokeChannels, isInvokeChannel, type InvokeHandlers, type InvokeChannel } from './contract';

/** An error that crosses the IPC boundary as plain text a person can read. */
export class IpcRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRequestError';
  }
}

/**
 * Validates a request that arrived from the renderer (of any transport), runs its handler and
 * validates the reply, so both ends can trust the contract's types.
 */
export async function dispatchInvoke(handlers: InvokeHandlers, channel: unknown, request: unknown): Promise<unknown> {
  if (!isInvokeChannel(channel)) throw new IpcRequestError(`Unknown IPC channel: ${String(channel)}`);
  const spec = invokeChannels[channel];
  const parsed = spec.request.safeParse(request ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`).join('; ');
    throw new IpcRequestError(`Invalid request for ${channel}: ${issues}`);
  }
  const handler = handlers[channel] as (req: unknown) => Promise<unknown>;
  const reply = await handler(parsed.data);
  return spec.reply.parse(reply);
}

export type { InvokeChannel };
