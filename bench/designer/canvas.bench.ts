// Designer performance on a generated 500-node call flow (issue 5): time from navigation to an
// interactive canvas, and the frame rate while dragging a block. Run by bench/designer/run.sh with
// Playwright in Debian's Chromium against a real FlowBuilder server; writes bench/out/designer.json.
import { expect, test, type Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFlow } from '../../designer/src/model/generate';

const RUNS = Number(process.env.DESIGNER_RUNS ?? 7);
const SIZES = (process.env.DESIGNER_SIZES ?? '50,500').split(',').map(Number);
const DRAG_STEPS = 120;
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'designer.json');

interface OpenTiming { interactiveMs: number; domContentLoadedMs: number }
interface DragTiming { frames: number; seconds: number; fps: number; longestFrameMs: number; framesOver50ms: number }

async function openOnce(browser: Browser, baseURL: string, flowId: string): Promise<OpenTiming> {
  // A fresh context per run: nothing cached, as a person opening the flow for the first time.
  const context = await browser.newContext({ baseURL, viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`/flows/${flowId}`);
  await page.waitForFunction(() => performance.getEntriesByName('flowbuilder:canvas-interactive').length > 0, undefined, { timeout: 60_000 });
  const timing = await page.evaluate(() => ({
    interactiveMs: performance.getEntriesByName('flowbuilder:canvas-interactive')[0].startTime,
    domContentLoadedMs: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  }));
  await context.close();
  return timing;
}

async function dragOnce(browser: Browser, baseURL: string, flowId: string): Promise<DragTiming> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`/flows/${flowId}`);
  await page.waitForFunction(() => performance.getEntriesByName('flowbuilder:canvas-interactive').length > 0);
  const node = page.locator('.react-flow__node').nth(3);
  const box = (await node.boundingBox())!;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__frames = [];
    w.__counting = true;
    const tick = (t: number) => {
      if (!w.__counting) return;
      w.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  for (let i = 1; i <= DRAG_STEPS; i++) await page.mouse.move(box.x + box.width / 2 + i * 3, box.y + 8 + i * 2);
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  await context.close();
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  const seconds = (frames[frames.length - 1] - frames[0]) / 1000;
  return { frames: frames.length, seconds, fps: (frames.length - 1) / seconds, longestFrameMs: Math.max(...gaps), framesOver50ms: gaps.filter((g) => g > 50).length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('opens and drags generated flows', async ({ browser, request, baseURL }) => {
  test.setTimeout(600_000);
  const results: Record<string, unknown>[] = [];
  for (const size of SIZES) {
    const flow = { ...generateFlow(size, 7), id: `bench-designer-${size}`, name: `Benchmark: ${size} blocks` };
    const imported = await request.post('/api/flows/import?replace=true', { data: flow });
    expect(imported.ok(), await imported.text()).toBeTruthy();
    await openOnce(browser, baseURL!, flow.id); // warm the server (first compile of its JSON paths), not measured
    const opens: OpenTiming[] = [];
    for (let i = 0; i < RUNS; i++) opens.push(await openOnce(browser, baseURL!, flow.id));
    const drags: DragTiming[] = [];
    for (let i = 0; i < 3; i++) drags.push(await dragOnce(browser, baseURL!, flow.id));
    const row = {
      nodes: size,
      edges: flow.edges.length,
      runs: RUNS,
      interactiveMedianMs: Math.round(median(opens.map((o) => o.interactiveMs))),
      interactiveMaxMs: Math.round(Math.max(...opens.map((o) => o.interactiveMs))),
      domContentLoadedMedianMs: Math.round(median(opens.map((o) => o.domContentLoadedMs))),
      dragFpsMedian: Math.round(median(drags.map((d) => d.fps)) * 10) / 10,
      dragLongestFrameMs: Math.round(Math.max(...drags.map((d) => d.longestFrameMs))),
      dragFramesOver50ms: drags.reduce((n, d) => n + d.framesOver50ms, 0),
      dragSeconds: Math.round(median(drags.map((d) => d.seconds)) * 100) / 100,
    };
    console.log(JSON.stringify(row));
    results.push(row);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), browser: browser.version(), results }, null, 2));
});
