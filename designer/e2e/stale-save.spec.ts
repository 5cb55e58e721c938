import { expect, test } from '@playwright/test';
import { createFlow, expectSaved, uniqueFlowId } from './support';

test('refuses the stale save of a second tab with a message and keeps its edits', async ({ browser, request }) => {
  const id = uniqueFlowId('two-tabs');
  await createFlow(request, { id, name: 'Two tabs', nodes: [{ id: 'log', type: 'control.log@1', label: 'Log', position: { x: 0, y: 0 }, inputs: { message: 'hi' } }] });
  const context = await browser.newContext();
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(`/flows/${id}`);
  await second.goto(`/flows/${id}`);

  await first.getByTestId('node-log').click();
  await first.getByLabel('Label').fill('Saved by the first tab');
  await expectSaved(first);

  await second.getByTestId('node-log').click();
  await second.getByLabel('Label').fill('Edited in the second tab');
  await expect(second.getByTestId('save-state')).toHaveAttribute('data-state', 'conflict', { timeout: 10_000 });
  await expect(second.getByTestId('save-banner')).toContainText('changed in another tab');

  const stored = await (await request.get(`/api/flows/${id}`)).json();
  expect(stored.draft.nodes[0].label).toBe('Saved by the first tab');

  // The second tab's edits are kept in the browser: reloading it asks again instead of dropping them.
  await second.reload();
  await expect(second.getByTestId('save-state')).toHaveAttribute('data-state', 'conflict');
  await expect(second.getByTestId('node-log')).toContainText('Edited in the second tab');
  await second.getByRole('button', { name: 'Reload the saved draft' }).click();
  await expect(second.getByTestId('node-log')).toContainText('Saved by the first tab');
  await context.close();
});
