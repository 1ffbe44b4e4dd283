// A second local origin for the hardening tests, on a free port: it forwards every request to the
// preview server (the built app) and adds response headers, so the same build can be served under
// a strict Content-Security-Policy; and it serves extra pages of the test's own (an embedding
// host page) from an origin that is not the app's, so postMessage origins really differ.
import { createServer, type Server } from 'node:http';

/** The policy the app must run under (issue 6): no inline script or style, no eval, no other origin. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

export interface ProxyOptions {
  /** the preview server to forward to, e.g. http://127.0.0.1:4173/ */
  target: string;
  /** headers added to every forwarded response */
  headers?: Record<string, string>;
  /** extra pages by path ('/host.html'), served as text/html */
  pages?: Record<string, string>;
}

export interface Proxy {
  /** e.g. http://127.0.0.1:40123 (no trailing slash) */
  origin: string;
  /** every path requested, in order */
  requests: string[];
  close(): Promise<void>;
}

export async function startProxy(opts: ProxyOptions): Promise<Proxy> {
  const requests: string[] = [];
  const target = new URL(opts.target);
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const page = opts.pages?.[path.split('?')[0]];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page);
      return;
    }
    fetch(new URL(path, target), { method: req.method === 'HEAD' ? 'HEAD' : 'GET' })
      .then(async (up) => {
        const body = Buffer.from(await up.arrayBuffer());
        const headers: Record<string, string> = { ...opts.headers, 'cache-control': 'no-store' };
        const type = up.headers.get('content-type');
        if (type) headers['content-type'] = type;
        res.writeHead(up.status, headers);
        res.end(body);
      })
      .catch((e: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(String(e));
      });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
