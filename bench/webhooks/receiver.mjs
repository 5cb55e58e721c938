// A webhook subscriber for the notification benchmark: counts POSTs per path on 127.0.0.1, checks FlowBuilder's
// X-FlowBuilder-Signature (t=,v1= HMAC-SHA256 over "t." + body) when a secret is set, and answers 200 at once.
//   node receiver.mjs PORT          GET /stats?path=/fb -> {count, unique, badSignatures, firstMs, lastMs}
//   POST /secret (body = secret)    sets the secret for path /fb;  POST /reset clears the counters
import http from 'node:http';
import crypto from 'node:crypto';

const port = Number(process.argv[2] ?? 5391);
let secret = null;
const stats = new Map();
const statsFor = (path) => {
  if (!stats.has(path)) stats.set(path, { count: 0, ids: new Set(), badSignatures: 0, firstMs: 0, lastMs: 0 });
  return stats.get(path);
};

function signatureValid(header, body) {
  if (!secret) return true;
  if (!header) return false;
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2)));
  const expected = crypto.createHmac('sha256', secret).update(parts.t + '.').update(body).digest('hex');
  return parts.v1 === expected;
}

http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    const body = Buffer.concat(chunks);
    if (req.method === 'GET' && url.pathname === '/stats') {
      const s = statsFor(url.searchParams.get('path') ?? '/fb');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ count: s.count, unique: s.ids.size, badSignatures: s.badSignatures, firstMs: s.firstMs, lastMs: s.lastMs }));
      return;
    }
    if (req.method === 'POST' && url.pathname === '/secret') { secret = body.toString().trim(); res.end('ok'); return; }
    if (req.method === 'POST' && url.pathname === '/reset') { stats.clear(); res.end('ok'); return; }
    const s = statsFor(url.pathname);
    const now = performance.now();
    if (s.count === 0) s.firstMs = now;
    s.lastMs = now;
    s.count++;
    if (url.pathname === '/fb' && !signatureValid(req.headers['x-flowbuilder-signature'], body)) s.badSignatures++;
    const id = req.headers['x-flowbuilder-event-id'];
    s.ids.add(id ?? `${s.count}`);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
}).listen(port, '127.0.0.1', () => console.log(`receiver listening on 127.0.0.1:${port}`));
