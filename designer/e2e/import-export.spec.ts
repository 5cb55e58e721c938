import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { uniqueFlowId } from './support';

const template = readFileSync(fileURLToPath(new URL('../../flow-templates/ivr-menu.flow.json', import.meta.url)), 'utf8');

test('imports a flow file, exports it from the editor byte for byte as the server writes it, and imports that again', async ({ page, request }) => {
  const id = uniqueFlowId('round-trip');
  const file = template.replace('"id": "ivr-menu"', `"id": "${id}"`).replace(/\+18005550100/g, '+18005550999');
  await page.goto('/');
  await page.getByTestId('import-file').setInputFiles({ name: `${id}.flow.json`, mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByTestId(`flow-row-${id}`)).toBeVisible();

  const serverFile = await (await request.get(`/api/flows/${id}/export`)).text();
  await page.goto(`/flows/${id}`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${id}.flow.json`);
  const exported = readFileSync(await download.path(), 'utf8');
  expect(exported).toBe(serverFile);

  // The exported file imports again as a new flow with the same content.
  const copyId = `${id}-again`;
  await page.goto('/');
  await page.getByTestId('import-file').setInputFiles({ name: 'again.flow.json', mimeType: 'application/json', buffer: Buffer.from(exported.replace(`"id": "${id}"`, `"id": "${copyId}"`)) });
  await expect(page.getByTestId(`flow-row-${copyId}`)).toBeVisible();
  const again = await (await request.get(`/api/flows/${copyId}/export`)).text();
  expect(again).toBe(serverFile.replace(`"id": "${id}"`, `"id": "${copyId}"`));
});

test('importing an invalid file lists every problem by JSON path and overwrites nothing', async ({ page, request }) => {
  const id = uniqueFlowId('kept');
  await request.post('/api/flows', { data: { id, name: 'Kept as it is', version: 0, status: 'draft', variables: [], inputs: [], nodes: [], edges: [] } });
  const before = await (await request.get(`/api/flows/${id}/export`)).text();
  const broken = JSON.stringify({ id, name: 42, nodes: [{ id: 'a' }, { id: 'a', type: 'control.log@1', inputs: {} }], edges: [{ from: 'a', outcome: 'done', to: 'nowhere' }] });

  await page.goto('/');
  await page.getByTestId('import-file').setInputFiles({ name: 'broken.flow.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  const dialog = page.getByTestId('import-problems-dialog');
  await expect(dialog).toContainText('Nothing was imported');
  await expect(dialog).toContainText('$.name');
  await expect(dialog).toContainText('$.nodes[0].type');
  expect(await dialog.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
  expect(await (await request.get(`/api/flows/${id}/export`)).text()).toBe(before);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('import-file').setInputFiles({ name: 'cut.flow.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "x", "nodes": [') });
  await expect(page.getByTestId('import-error-dialog')).toContainText('line 1');
});
