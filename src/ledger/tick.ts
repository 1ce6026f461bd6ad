/**
 * Yields to the event loop for one turn. Node has setImmediate; a Web Worker
 * has only timers, which browsers clamp to 4 ms once nested, so there a
 * message to ourselves on a channel takes the turn instead.
 */
const channel = typeof setImmediate !== 'function' && typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

export function tick(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else if (channel) {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    } else setTimeout(resolve, 0);
  });
}
