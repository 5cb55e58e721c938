// Designer performance (issue 5), FlowBuilder's designer and Node-RED's editor in the same run, same
// browser (Debian's Chromium), same machine: time from navigation to an interactive canvas on generated
// flows of 50 and 500 blocks, and the frame rate while dragging a block. Run by bench/designer/run.sh,
// which starts both servers; writes bench/out/designer.json and bench/out/designer.md.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFlow } from '../../designer/src/model/generate';

const RUNS = Number(process.env.DESIGNER_RUNS ?? 7);
const SIZES = (process.env.DESIGNER_SIZES ?? '50,500').split(',').map(Number);
const FLOWBUILDER = process.env.DESIGNER_BENCH_URL ?? 'http://127.0.0.1:5380';
const NODERED = process.env.NODERED_EDITOR_URLS ? Object.fromEntries(process.env.NODERED_EDITOR_URLS.split(',').map((p) => p.split('='))) : {};
const DRAG_STEPS = 120;
// The server requires sign-in (issue 9): run.sh starts it with the bench's API key as its bootstrap key, and every request to
// FlowBuilder (the page, its scripts and its API calls) carries the key; Node-RED's editor gets no header.
const API_KEY = process.env.DESIGNER_BENCH_API_KEY ?? '';
const AUTH: Record<string, string> = API_KEY ? { Authorization: `Bearer ${API_KEY}` } : {};
const contextFor = (browser: Browser, url: string) =>
  browser.newContext({ viewport: { width: 1600, height: 1000 }, extraHTTPHeaders: url.startsWith(FLOWBUILDER) ? AUTH : {} });
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');

/** One system under test: where a flow of n blocks opens, and when its canvas is interactive. */
interface Editor {
  name: string;
  url: (size: number) => string | undefined;
  /** Runs in the page each frame; true once the blocks on screen are drawn and usable. */
  ready: (size: number) => string;
  block: string;
}

const editors: Editor[] = [
  {
    name: 'FlowBuilder designer',
    url: (size) => `${FLOWBUILDER}/flows/bench-designer-${size}`,
    // The designer's own mark: the first frame in which the blocks on screen are drawn and measured (Canvas.tsx).
    ready: () => `performance.getEntriesByName('flowbuilder:canvas-interactive').length > 0`,
    block: '.react-flow__node',
  },
  {
    name: 'Node-RED editor',
    url: (size) => NODERED[String(size)],
    // Node-RED draws every node of the open tab in one pass: interactive once all of them are in the SVG.
    ready: (size) => `document.querySelectorAll('.red-ui-flow-node-group').length >= ${size}`,
    block: '.red-ui-flow-node-group',
  },
];

interface DragTiming { fps: number; longestFrameMs: number; framesOver50ms: number; seconds: number }

/** Opens url in a fresh context (nothing cached: a first visit) — or, warm, a second time in the same context (the
 * editor's scripts cached, as for a person who opened a flow before) — and returns ms from navigation start to the
 * ready frame. */
async function openOnce(browser: Browser, url: string, ready: string, warm = false): Promise<number> {
  const context = await contextFor(browser, url);
  const page = await context.newPage();
  await page.addInitScript(`(() => {
    const check = () => { if (${ready}) window.__readyAt = performance.now(); else requestAnimationFrame(check); };
    requestAnimationFrame(check);
  })()`);
  if (warm) {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, undefined, { timeout: 120_000 });
    await page.goto('about:blank');
  }
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, undefined, { timeout: 120_000 });
  const at = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  await context.close();
  return at;
}

async function dragOnce(browser: Browser, url: string, ready: string, block: string): Promise<DragTiming> {
  const context = await contextFor(browser, url);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(ready, undefined, { timeout: 120_000 });
  const box = (await page.locator(block).nth(3).boundingBox())!;
  const frames = await recordFrames(page, async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + 8);
    await page.mouse.down();
    for (let i = 1; i <= DRAG_STEPS; i++) await page.mouse.move(box.x + box.width / 2 + i * 3, box.y + 8 + i * 2);
    await page.mouse.up();
  });
  await context.close();
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  const seconds = (frames[frames.length - 1] - frames[0]) / 1000;
  return { fps: (frames.length - 1) / seconds, longestFrameMs: Math.max(...gaps), framesOver50ms: gaps.filter((g) => g > 50).length, seconds };
}

/** Timestamps of every animation frame while action runs. */
async function recordFrames(page: Page, action: () => Promise<void>): Promise<number[]> {
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
  await action();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

test('opens and drags generated flows in FlowBuilder and Node-RED', async ({ browser, request }) => {
  test.setTimeout(1_800_000);
  for (const size of SIZES) {
    const flow = { ...generateFlow(size, 7), id: `bench-designer-${size}`, name: `Benchmark: ${size} blocks` };
    const imported = await request.post(`${FLOWBUILDER}/api/flows/import?replace=true`, { data: flow, headers: AUTH });
    expect(imported.ok(), await imported.text()).toBeTruthy();
  }
  const rows: Record<string, string | number>[] = [];
  for (const editor of editors) {
    for (const size of SIZES) {
      const url = editor.url(size);
      if (!url) continue;
      const ready = editor.ready(size);
      await openOnce(browser, url, ready); // warms the server, not measured
      const opens: number[] = [];
      for (let i = 0; i < RUNS; i++) opens.push(await openOnce(browser, url, ready));
      const warmOpens: number[] = [];
      for (let i = 0; i < RUNS; i++) warmOpens.push(await openOnce(browser, url, ready, true));
      const drags: DragTiming[] = [];
      for (let i = 0; i < 3; i++) drags.push(await dragOnce(browser, url, ready, editor.block));
      const row = {
        editor: editor.name, blocks: size, runs: RUNS,
        interactiveMedianMs: round(median(opens)), interactiveMinMs: round(Math.min(...opens)), interactiveMaxMs: round(Math.max(...opens)),
        warmMedianMs: round(median(warmOpens)), warmMinMs: round(Math.min(...warmOpens)), warmMaxMs: round(Math.max(...warmOpens)),
        dragFpsMedian: round(median(drags.map((d) => d.fps)), 1),
        dragLongestFrameMs: round(Math.max(...drags.map((d) => d.longestFrameMs))),
        dragFramesOver50ms: drags.reduce((n, d) => n + d.framesOver50ms, 0),
      };
      console.log(JSON.stringify(row));
      rows.push(row);
    }
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'designer.json'), JSON.stringify({ at: new Date().toISOString(), browser: browser.version(), rows }, null, 2));
  writeFileSync(join(out, 'designer.md'), markdown(rows, browser.version()));
});

function markdown(rows: Record<string, string | number>[], version: string): string {
  const lines = [
    '## Designer — time to an interactive canvas and drag frame rate, FlowBuilder vs Node-RED, same run',
    '',
    `Generated call flows (\`designer/src/model/generate.ts\`; the Node-RED flow of the same size and grid from \`bench/designer/nodered-flow.mjs\`), opened in a fresh browser context each time (first visit: nothing cached; scripts cached: the same context opened the flow once before) in Chromium ${version}, headless, 1600×1000, on this machine with the server on loopback. "Interactive": navigation start to the first frame in which the blocks on screen are drawn and usable (FlowBuilder: its \`flowbuilder:canvas-interactive\` mark, which waits for the blocks on screen to be measured and the edges drawn; Node-RED: all nodes of the tab in its SVG, which it draws in one pass). Median of ${rows[0]?.runs ?? '?'} opens after one unmeasured warm-up; drag: 120 pointer moves on the 4th block, 3 drags, frames counted with requestAnimationFrame. Rerun: \`bash bench/designer/run.sh\`.`,
    '',
    '| editor | blocks | interactive, first visit (median) | min – max | interactive, scripts cached (median) | min – max | drag, frames/s (median) | longest frame while dragging | frames over 50 ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.editor} | ${r.blocks} | ${r.interactiveMedianMs} ms | ${r.interactiveMinMs} – ${r.interactiveMaxMs} ms | ${r.warmMedianMs} ms | ${r.warmMinMs} – ${r.warmMaxMs} ms | ${r.dragFpsMedian} | ${r.dragLongestFrameMs} ms | ${r.dragFramesOver50ms} |`),
    '',
  ];
  return lines.join('\n');
}
