// Posts COUNT JSON requests to URL with CONCURRENCY requests in flight (keep-alive), and prints
// {count, ms, perSecond, statuses, startedMs, endedMs}. Times are performance.now() of this process.
//   node fire.mjs URL COUNT CONCURRENCY [idempotency]   (idempotency: a unique Idempotency-Key per request)
import http from 'node:http';

const [url, countText, concurrencyText, mode] = process.argv.slice(2);
const count = Number(countText);
const concurrency = Number(concurrencyText ?? 16);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const target = new URL(url);
const statuses = {};
let next = 0;

function post(i) {
  return new Promise((resolve) => {
    const body = JSON.stringify({ amount: 150, orderId: `A-${i}`, customer: 'ada@example.com' });
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    if (mode === 'idempotency') headers['idempotency-key'] = `bench-${process.pid}-${i}`;
    const req = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => { statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1; resolve(); });
    });
    req.on('error', (e) => { statuses[e.code ?? 'error'] = (statuses[e.code ?? 'error'] ?? 0) + 1; resolve(); });
    req.end(body);
  });
}

async function worker() {
  while (next < count) await post(next++);
}

const startedMs = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const endedMs = performance.now();
const ms = endedMs - startedMs;
console.log(JSON.stringify({ count, ms: Math.round(ms), perSecond: Math.round((count / ms) * 1000), statuses, startedAt: Date.now() - ms, endedAt: Date.now() }));
agent.destroy();
