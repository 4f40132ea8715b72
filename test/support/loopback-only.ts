/**
 * Tests never leave this machine: any connection to a host outside 127.0.0.0/8 and ::1 fails
 * loudly here instead of hanging on a closed network.
 */
import net from 'node:net';
import tls from 'node:tls';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i;

export function assertLoopback(host: string | undefined): void {
  const name = (host ?? 'localhost').replace(/^\[|\]$/g, '');
  if (!LOOPBACK.test(name)) throw new Error(`test tried to reach ${name}: tests may only connect to loopback`);
}

function hostOf(args: unknown[]): string | undefined {
  const [first, second] = args;
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; path?: string };
    if (options.path !== undefined) return 'localhost'; // a Unix socket
    return options.host;
  }
  return typeof second === 'string' ? second : undefined;
}

const originalNet = net.connect;
const originalTls = tls.connect;
const guardedNet = ((...args: unknown[]) => {
  assertLoopback(hostOf(args));
  return (originalNet as (...a: unknown[]) => net.Socket)(...args);
}) as typeof net.connect;
net.connect = guardedNet;
net.createConnection = guardedNet;
tls.connect = ((...args: unknown[]) => {
  assertLoopback(hostOf(args));
  return (originalTls as (...a: unknown[]) => tls.TLSSocket)(...args);
}) as typeof tls.connect;

const originalFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  assertLoopback(url.hostname);
  return originalFetch(input, init);
};
