import net from 'node:net';
import { describe, expect, it } from 'vitest';

describe('network guard', () => {
  it('refuses hosts beyond loopback, for sockets and fetch', async () => {
    expect(() => net.connect(80, '10.0.0.1')).toThrow(/only connect to loopback/);
    expect(() => net.connect({ host: 'example.com', port: 443 })).toThrow(/only connect to loopback/);
    await expect(fetch('http://example.com/')).rejects.toThrow(/only connect to loopback/);
  });

  it('lets loopback through', async () => {
    const server = net.createServer((socket) => socket.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const text = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    server.close();
    expect(text).toBe('ok');
  });
});
