import { expect, test } from '@playwright/test';
import { createFlow, expectSaved, uniqueFlowId } from './support';

test('keeps edits while the server cannot be reached and saves them when it is back', async ({ page, request }) => {
  const id = uniqueFlowId('offline');
  await createFlow(request, { id, name: 'Offline', nodes: [{ id: 'log', type: 'control.log@1', position: { x: 0, y: 0 }, inputs: { message: 'hi' } }] });
  await page.goto(`/flows/${id}`);
  await page.getByTestId('node-log').click();

  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.route('**/health', (route) => route.abort('connectionrefused'));
  await page.getByLabel('Label').fill('Typed while offline');
  await expect(page.getByTestId('offline-banner')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'offline');
  const kept = await page.evaluate((flowId) => localStorage.getItem(`flowbuilder:unsaved:${flowId}`), id);
  expect(kept).toContain('Typed while offline');

  await page.unrouteAll();
  await expectSaved(page);
  await expect(page.getByTestId('offline-banner')).toHaveCount(0, { timeout: 10_000 });
  const stored = await (await request.get(`/api/flows/${id}`)).json();
  expect(stored.draft.nodes[0].label).toBe('Typed while offline');
});
