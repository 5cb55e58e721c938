import { expect, test, type Page } from '@playwright/test';
import { connect, createFlow, edgeOnCanvas, expectSaved, logNode, savedDraft, uniqueFlowId } from './support';

const twoLinked = (id: string) => ({
  id, name: 'Canvas',
  nodes: [logNode('first', 0, 0), logNode('second', 0, 200), logNode('third', 300, 0)],
  edges: [{ from: 'first', outcome: 'done', to: 'second' }, { from: 'second', outcome: 'done', to: 'third' }],
});

const nodes = (page: Page) => page.locator('.react-flow__node');

test('deletes a block with the Delete key, with its edges, then undoes and redoes it with the keyboard', async ({ page, request }) => {
  const id = uniqueFlowId('delete-undo');
  await createFlow(request, twoLinked(id));
  await page.goto(`/flows/${id}`);
  await expect(nodes(page)).toHaveCount(3);

  await page.getByTestId('node-second').click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('node-second')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expectSaved(page);
  let draft = await savedDraft(request, id);
  expect(draft.nodes.map((n) => n.id).sort()).toEqual(['first', 'third']);
  expect(draft.edges).toEqual([]);

  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('node-second')).toBeVisible();
  await expect(edgeOnCanvas(page, 'first', 'done', 'second')).toHaveCount(1);
  await expect(edgeOnCanvas(page, 'second', 'done', 'third')).toHaveCount(1);
  await expectSaved(page);
  draft = await savedDraft(request, id);
  expect(draft.nodes.map((n) => n.id).sort()).toEqual(['first', 'second', 'third']);
  expect(draft.edges).toHaveLength(2);

  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('node-second')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expectSaved(page);
  draft = await savedDraft(request, id);
  expect(draft.nodes.map((n) => n.id).sort()).toEqual(['first', 'third']);
});

test('undoes and redoes a deletion with the toolbar buttons', async ({ page, request }) => {
  const id = uniqueFlowId('toolbar-undo');
  await createFlow(request, twoLinked(id));
  await page.goto(`/flows/${id}`);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await expect(undo).toBeDisabled();

  await page.getByTestId('node-third').click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('node-third')).toHaveCount(0);
  await expect(undo).toBeEnabled();
  await expect(redo).toBeDisabled();

  await undo.click();
  await expect(page.getByTestId('node-third')).toBeVisible();
  await expect(edgeOnCanvas(page, 'second', 'done', 'third')).toHaveCount(1);
  await expect(redo).toBeEnabled();
  await expectSaved(page);
  expect((await savedDraft(request, id)).nodes).toHaveLength(3);

  await redo.click();
  await expect(page.getByTestId('node-third')).toHaveCount(0);
  await expectSaved(page);
  expect((await savedDraft(request, id)).nodes.map((n) => n.id)).not.toContain('third');
});

test('selects two blocks with Ctrl-click, copies and pastes them as new blocks joined by their edge', async ({ page, request }) => {
  const id = uniqueFlowId('copy-paste');
  await createFlow(request, twoLinked(id));
  await page.goto(`/flows/${id}`);

  await page.getByTestId('node-first').click();
  await page.getByTestId('node-second').click({ modifiers: ['Control'] });
  await expect(page.getByTestId('properties')).toHaveCount(0);
  await expect(page.getByLabel('Properties')).toContainText('2 blocks selected');

  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(nodes(page)).toHaveCount(5);
  await expect(page.getByTestId('node-first-2')).toBeVisible();
  await expect(page.getByTestId('node-second-2')).toBeVisible();
  await expect(edgeOnCanvas(page, 'first-2', 'done', 'second-2')).toHaveCount(1);
  await expectSaved(page);

  const draft = await savedDraft(request, id);
  expect(draft.nodes.map((n) => n.id).sort()).toEqual(['first', 'first-2', 'second', 'second-2', 'third']);
  expect(draft.edges).toContainEqual({ from: 'first-2', outcome: 'done', to: 'second-2' });
  expect(draft.edges).toHaveLength(3);
  const original = draft.nodes.find((n) => n.id === 'first')!;
  const copy = draft.nodes.find((n) => n.id === 'first-2')!;
  expect(copy.position).not.toEqual(original.position);
  expect(copy.inputs).toEqual(original.inputs);
});

test('selects blocks with a Shift-drag box and deletes them together', async ({ page, request }) => {
  const id = uniqueFlowId('box-select');
  await createFlow(request, twoLinked(id));
  await page.goto(`/flows/${id}`);
  await expect(nodes(page)).toHaveCount(3);

  // A box around the first two blocks (the third is to their right; the minimap sits bottom right, so blocks stay top left).
  const first = (await page.getByTestId('node-first').boundingBox())!;
  const second = (await page.getByTestId('node-second').boundingBox())!;
  const third = (await page.getByTestId('node-third').boundingBox())!;
  const left = first.x - 15, top = first.y - 15;
  const right = Math.min(second.x + second.width + 15, third.x - 5), bottom = second.y + second.height + 15;
  await page.keyboard.down('Shift');
  await page.mouse.move(left, top);
  await page.mouse.down();
  await page.mouse.move(right, bottom, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.getByLabel('Properties')).toContainText('2 blocks selected');

  await page.keyboard.press('Delete');
  await expect(nodes(page)).toHaveCount(1);
  await expect(page.getByTestId('node-third')).toBeVisible();
  await expectSaved(page);
  expect((await savedDraft(request, id)).nodes.map((n) => n.id)).toEqual(['third']);
});

test('arranges overlapping blocks with Auto-layout so none overlap, and saves the new positions', async ({ page, request }) => {
  const id = uniqueFlowId('layout');
  await createFlow(request, {
    id, name: 'Heap',
    nodes: [logNode('a', 0, 0), logNode('b', 10, 10), logNode('c', 20, 20), logNode('d', 30, 30)],
    edges: [{ from: 'a', outcome: 'done', to: 'b' }, { from: 'b', outcome: 'done', to: 'c' }],
  });
  const before = await savedDraft(request, id);
  await page.goto(`/flows/${id}`);
  await expect(nodes(page)).toHaveCount(4);

  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expectSaved(page);
  const after = await savedDraft(request, id);
  expect(after.nodes.map((n) => n.position)).not.toEqual(before.nodes.map((n) => n.position));

  // On screen, no two blocks overlap.
  await expect(async () => {
    const boxes = await Promise.all(['a', 'b', 'c', 'd'].map(async (n) => (await page.getByTestId(`node-${n}`).boundingBox())!));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i], q = boxes[j];
        const overlap = p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
        expect(overlap, `blocks ${i} and ${j} overlap`).toBe(false);
      }
  }).toPass({ timeout: 5_000 });
  // a → b → c run top to bottom.
  const y = (n: string) => after.nodes.find((x) => x.id === n)!.position.y;
  expect(y('a')).toBeLessThan(y('b'));
  expect(y('b')).toBeLessThan(y('c'));
});

test('filters the palette by search and adds a block by pressing Enter on it', async ({ page, request }) => {
  const id = uniqueFlowId('palette');
  await createFlow(request, { id, name: 'Palette' });
  await page.goto(`/flows/${id}`);
  await expect(page.getByTestId('palette-telephony.say')).toBeVisible();

  await page.getByLabel('Search blocks').fill('gather');
  await expect(page.getByTestId('palette-telephony.gather')).toBeVisible();
  await expect(page.getByTestId('palette-telephony.say')).toHaveCount(0);
  await expect(page.getByTestId('palette-control.log')).toHaveCount(0);

  await page.getByLabel('Search blocks').fill('no such block at all');
  await expect(page.getByText('No block matches')).toBeVisible();

  await page.getByLabel('Search blocks').fill('gather');
  await page.getByTestId('palette-telephony.gather').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('node-gather')).toBeVisible();
  await expectSaved(page);
  expect((await savedDraft(request, id)).nodes.map((n) => n.type)).toEqual(['telephony.gather@1']);
});

test('adds a Switch case named vip, connects its handle, and renaming the case drops the edge', async ({ page, request }) => {
  const id = uniqueFlowId('switch');
  await createFlow(request, {
    id, name: 'Switch',
    nodes: [{ id: 'switch', type: 'control.switch@1', label: 'Tier', position: { x: 0, y: 0 }, inputs: {} }, logNode('vip-log', 0, 260)],
  });
  await page.goto(`/flows/${id}`);
  await expect(page.getByTestId('handle-switch-default')).toBeVisible();
  await expect(page.getByTestId('handle-switch-vip')).toHaveCount(0);

  await page.getByTestId('node-switch').click();
  await page.getByRole('button', { name: 'Add a row to cases' }).click();
  await page.getByTestId('rows-cases').getByRole('textbox').first().fill('vip');
  await expect(page.getByTestId('handle-switch-vip')).toBeVisible();

  await connect(page, 'switch', 'vip', 'vip-log');
  await expectSaved(page);
  let draft = await savedDraft(request, id);
  expect(draft.edges).toEqual([{ from: 'switch', outcome: 'vip', to: 'vip-log' }]);
  expect(draft.nodes.find((n) => n.id === 'switch')!.inputs.cases).toEqual([{ name: 'vip' }]);

  await page.getByTestId('rows-cases').getByRole('textbox').first().fill('gold');
  await expect(page.getByTestId('handle-switch-gold')).toBeVisible();
  await expect(page.getByTestId('handle-switch-vip')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expectSaved(page);
  draft = await savedDraft(request, id);
  expect(draft.edges).toEqual([]);
  expect(draft.nodes.find((n) => n.id === 'switch')!.inputs.cases).toEqual([{ name: 'gold' }]);
});

test('shows a minimap on a flow larger than a screen and zooms with the zoom and fit controls', async ({ page, request }) => {
  const big = uniqueFlowId('big');
  const chain = Array.from({ length: 16 }, (_, i) => logNode(`log${i}`, (i % 4) * 300, Math.floor(i / 4) * 250));
  await createFlow(request, { id: big, name: 'Big', nodes: chain, edges: chain.slice(1).map((n, i) => ({ from: chain[i].id, outcome: 'done', to: n.id })) });
  await page.goto(`/flows/${big}`);
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await expect(page.locator('.react-flow__minimap .react-flow__minimap-node')).toHaveCount(16);

  const id = uniqueFlowId('zoom');
  await createFlow(request, twoLinked(id));
  await page.goto(`/flows/${id}`);
  await expect(page.getByTestId('node-first')).toBeVisible();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);

  const viewport = page.locator('.react-flow__viewport');
  const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await viewport.getAttribute('style')) ?? '')?.[1]);
  const start = await scale();
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  await expect.poll(scale).toBeLessThan(start);
  const out = await scale();
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect.poll(scale).toBeGreaterThan(out);

  // Zoomed far out, Fit brings the blocks back to a readable size.
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
  await expect.poll(scale).toBeLessThan(0.5);
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect.poll(scale).toBeGreaterThan(0.5);
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  const small = await scale();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect.poll(scale).toBeGreaterThan(small);
});

test('selects an edge by clicking it and deletes it, then deletes everything with Ctrl+A and undoes both', async ({ page, request }) => {
  const id = uniqueFlowId('probe-edge');
  await createFlow(request, { id, name: 'E', nodes: [logNode('a', 0, 0), logNode('b', 0, 250)], edges: [{ from: 'a', outcome: 'done', to: 'b' }] });
  await page.goto(`/flows/${id}`);
  const edge = edgeOnCanvas(page, 'a', 'done', 'b');
  const a = (await page.getByTestId('node-a').boundingBox())!, b = (await page.getByTestId('node-b').boundingBox())!;
  const handle = (await page.getByTestId('handle-a-done').locator('.react-flow__handle').boundingBox())!;
  await page.mouse.click(handle.x + handle.width / 2, (a.y + a.height + b.y) / 2);
  await expect(edge).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(edge).toHaveCount(0);
  await expect(page.getByTestId('node-a')).toBeVisible();
  await expectSaved(page);
  expect((await savedDraft(request, id)).edges).toEqual([]);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(edge).toHaveCount(1);
  await expectSaved(page);
  expect((await savedDraft(request, id)).edges).toHaveLength(1);
});

test('adds blocks to the selection with Meta-click, as on a Mac', async ({ page, request }) => {
  const id = uniqueFlowId('meta-click');
  await createFlow(request, twoLinked(id));
  await page.goto(`/flows/${id}`);
  await page.getByTestId('node-first').click();
  await page.getByTestId('node-third').click({ modifiers: ['Meta'] });
  await page.getByTestId('node-second').click({ modifiers: ['Meta'] });
  await expect(page.getByLabel('Properties')).toContainText('3 blocks selected');
  // Escape clears the selection; a plain click then selects one block.
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Properties')).toContainText('Select a block to edit it');
  await page.getByTestId('node-second').click();
  await expect(page.getByTestId('properties')).toBeVisible();
  await expect(page.getByLabel('Label')).toHaveValue('second');
});

test('shows the keyboard shortcuts with the ? key and the toolbar button', async ({ page, request }) => {
  const id = uniqueFlowId('keys');
  await createFlow(request, twoLinked(id));
  await page.goto(`/flows/${id}`);
  await expect(page.getByTestId('node-first')).toBeVisible();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Shift+L');
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toHaveCount(0);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(help).toContainText('Ctrl+Shift+Z');
});
