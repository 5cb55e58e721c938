import { expect, test, type Page } from '@playwright/test';
import { createFlow, expectSaved, logNode, savedDraft, uniqueFlowId } from './support';

async function publish(page: Page, note: string, version: number) {
  await page.getByRole('button', { name: 'Publish…' }).click();
  await page.getByLabel('What changed?').fill(note);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByTestId('published-banner')).toContainText(`Published version ${version}`);
}

test('publishes two versions with notes, views v1 read-only and restores it into the draft', async ({ page, request }) => {
  const id = uniqueFlowId('versions');
  await createFlow(request, { id, name: 'Versions', nodes: [{ ...logNode('log', 0, 0, 'first message'), label: 'Version one' }] });
  await page.goto(`/flows/${id}`);
  await expect(page.getByTestId('node-log')).toContainText('Version one');

  await publish(page, 'The first cut', 1);
  await page.getByTestId('node-log').click();
  await page.getByLabel('Label').fill('Version two');
  await page.getByTestId('field-message').getByRole('textbox').fill('second message');
  await expectSaved(page);
  await publish(page, 'Renamed the log', 2);

  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  const panel = page.getByTestId('versions');
  await expect(panel.getByTestId('version-1')).toContainText('The first cut');
  await expect(panel.getByTestId('version-2')).toContainText('Renamed the log');
  await expect(panel.getByTestId('version-2')).toContainText('live');
  await expect(panel.getByTestId('version-1')).not.toContainText('live');

  // v1 opens read-only: no palette, no editing commands, a banner, and fields that cannot be typed into.
  await panel.getByTestId('version-1').getByRole('button', { name: 'View' }).click();
  await expect(page).toHaveURL(new RegExp(`/flows/${id}/versions/1$`));
  await expect(page.getByTestId('read-only-banner')).toContainText('published version 1, read-only');
  await expect(page.getByTestId('node-log')).toContainText('Version one');
  await expect(page.getByLabel('Search blocks')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Publish…' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Properties', exact: true }).click();
  await page.getByTestId('node-log').click();
  await expect(page.getByLabel('Label')).toHaveValue('Version one');
  await expect(page.getByLabel('Label')).not.toBeEditable();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('node-log')).toBeVisible();
  expect((await savedDraft(request, id)).nodes[0].label).toBe('Version two');

  // Back on the draft, restore v1 into it.
  await page.getByRole('button', { name: 'Back to draft' }).click();
  await expect(page.getByTestId('node-log')).toContainText('Version two');
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('version-1').getByRole('button', { name: 'Restore into draft' }).click();
  await expect(page.getByTestId('node-log')).toContainText('Version one');
  const draft = await savedDraft(request, id);
  expect(draft.nodes[0].label).toBe('Version one');
  expect(draft.nodes[0].inputs.message).toBe('first message');
  await page.getByRole('button', { name: 'Properties', exact: true }).click();
  await page.getByTestId('node-log').click();
  await expect(page.getByTestId('field-message').getByRole('textbox')).toHaveValue('first message');
});

test('restores a version from its read-only view and lands on the draft', async ({ page, request }) => {
  const id = uniqueFlowId('probe');
  await createFlow(request, { id, name: 'P', nodes: [{ ...logNode('log', 0, 0), label: 'One' }] });
  expect((await request.post(`/api/flows/${id}/publish`, { data: { note: 'a' } })).ok()).toBeTruthy();
  await page.goto(`/flows/${id}`);
  await page.getByTestId('node-log').click();
  await page.getByLabel('Label').fill('Two');
  await expectSaved(page);
  await page.goto(`/flows/${id}/versions/1`);
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('version-1').getByRole('button', { name: 'Restore into draft' }).click();
  await expect(page).toHaveURL(new RegExp(`/flows/${id}$`));
  await expect(page.getByTestId('node-log')).toContainText('One');
  expect((await savedDraft(request, id)).nodes[0].label).toBe('One');
});
