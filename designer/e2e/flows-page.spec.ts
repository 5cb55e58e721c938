import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createFlow, logNode, savedDraft, uniqueFlowId } from './support';

const templatesFolder = fileURLToPath(new URL('../../flow-templates/', import.meta.url));

test('creates a flow with New flow: the name gives the id and the editor opens on it', async ({ page, request }) => {
  const name = `Night line ${Date.now().toString(36)}`;
  const id = name.toLowerCase().replace(/ /g, '-');
  await page.goto('/');
  await page.getByRole('button', { name: 'New flow' }).click();
  const dialog = page.getByTestId('new-flow-dialog');
  await dialog.getByLabel('Name').fill(name);
  await expect(dialog.getByLabel('Id')).toHaveValue(id);
  await dialog.getByRole('button', { name: 'Create' }).click();

  await expect(page).toHaveURL(new RegExp(`/flows/${id}$`));
  await expect(page.getByTestId('flow-name')).toHaveText(name);
  expect((await savedDraft(request, id)).name).toBe(name);

  // The same id again is refused in the dialog.
  await page.goto('/');
  await page.getByRole('button', { name: 'New flow' }).click();
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toContainText(`A flow with the id '${id}' already exists.`);
});

test('searches the flows, renames one, duplicates it, archives it and unarchives it', async ({ page, request }) => {
  const stem = uniqueFlowId('kiwi');
  const id = `${stem}-orders`;
  const other = `${stem}-returns`;
  await createFlow(request, { id, name: 'Kiwi orders', nodes: [logNode('log', 0, 0, 'kiwi')] });
  await createFlow(request, { id: other, name: 'Kiwi returns' });
  await page.goto('/');

  await page.getByLabel('Search flows').fill(`${stem}-ord`);
  await expect(page.getByTestId(`flow-row-${id}`)).toBeVisible();
  await expect(page.getByTestId(`flow-row-${other}`)).toHaveCount(0);
  await page.getByLabel('Search flows').fill('no flow is called like this');
  await expect(page.getByTestId('flows-none-match')).toBeVisible();
  await page.getByLabel('Search flows').fill(stem);
  await expect(page.getByTestId(`flow-row-${other}`)).toBeVisible();

  await page.getByRole('button', { name: `Rename ${id}` }).click();
  await page.getByTestId('rename-dialog').getByLabel('Name').fill('Kiwi orders, renamed');
  await page.getByTestId('rename-dialog').getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByTestId(`flow-row-${id}`)).toContainText('Kiwi orders, renamed');
  expect((await savedDraft(request, id)).name).toBe('Kiwi orders, renamed');

  await page.getByRole('button', { name: `Duplicate ${id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/flows/${id}-copy$`));
  await expect(page.getByTestId('flow-name')).toHaveText('Copy of Kiwi orders, renamed');
  await expect(page.getByTestId('node-log')).toBeVisible();
  const copy = await savedDraft(request, `${id}-copy`);
  expect(copy.nodes.map((n) => n.id)).toEqual(['log']);

  await page.goto('/');
  await page.getByLabel('Search flows').fill(stem);
  await page.getByRole('button', { name: `Archive ${other}` }).click();
  await expect(page.getByTestId(`flow-row-${other}`)).toHaveCount(0);
  expect((await (await request.get(`/api/flows/${other}`)).json()).status).toBe('archived');

  await page.getByRole('checkbox', { name: 'Show archived' }).check();
  await expect(page.getByTestId(`flow-row-${other}`)).toContainText('archived');
  await page.getByRole('button', { name: `Unarchive ${other}` }).click();
  await expect(page.getByRole('button', { name: `Archive ${other}` })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show archived' }).uncheck();
  await expect(page.getByTestId(`flow-row-${other}`)).toBeVisible();
  expect((await (await request.get(`/api/flows/${other}`)).json()).status).not.toBe('archived');
});

test('lists every template file with its description in the gallery and creates a flow from one', async ({ page, request }) => {
  const files = readdirSync(templatesFolder).filter((f) => f.endsWith('.flow.json'));
  const fromFiles = files.map((f) => JSON.parse(readFileSync(templatesFolder + f, 'utf8')) as { id: string; name: string; description: string });
  const fromApi = (await (await request.get('/api/templates')).json()) as { id: string; name: string; description: string }[];
  expect(fromApi.map((t) => t.id).sort()).toEqual(fromFiles.map((t) => t.id).sort());

  await page.goto('/');
  await page.getByRole('button', { name: 'From template' }).click();
  const dialog = page.getByTestId('template-dialog');
  await expect(dialog.locator('.template-card')).toHaveCount(files.length);
  for (const template of fromFiles) {
    const card = dialog.getByTestId(`template-${template.id}`);
    await expect(card.getByRole('heading')).toHaveText(template.name);
    await expect(card).toContainText(template.description);
    expect(fromApi.find((t) => t.id === template.id)!.description).toBe(template.description);
  }

  const id = uniqueFlowId('from-ivr');
  await dialog.getByRole('button', { name: 'Use template IVR menu' }).click();
  await expect(dialog.getByLabel('Name')).toHaveValue('IVR menu');
  await dialog.getByLabel('Name').fill('My IVR');
  await dialog.getByLabel('Id').fill(id);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(new RegExp(`/flows/${id}$`));
  const template = JSON.parse(readFileSync(`${templatesFolder}ivr-menu.flow.json`, 'utf8')) as { nodes: { id: string }[] };
  await expect(page.locator('.react-flow__node')).toHaveCount(template.nodes.length);
  const draft = await savedDraft(request, id);
  expect(draft.name).toBe('My IVR');
  expect(draft.nodes.map((n) => n.id)).toEqual(template.nodes.map((n) => n.id));
});

test('filters the instances page by status and by flow', async ({ page, request }) => {
  const good = uniqueFlowId('fine');
  const bad = uniqueFlowId('broken');
  await createFlow(request, { id: good, name: 'Fine flow', nodes: [logNode('log', 0, 0)] });
  await createFlow(request, { id: bad, name: 'Broken flow', nodes: [{ id: 'boom', type: 'control.run-script@1', position: { x: 0, y: 0 }, inputs: { script: 'throw new Error("nope")' } }] });
  const runs: Record<string, string> = {};
  for (const id of [good, bad]) {
    expect((await request.post(`/api/flows/${id}/publish`, { data: { note: 'v1' } })).ok()).toBeTruthy();
    runs[id] = (await (await request.post(`/api/flows/${id}/run`, { data: { input: {} } })).json()).id;
  }

  await page.goto('/instances');
  await page.getByLabel('Flow').selectOption(good);
  await expect(page).toHaveURL(new RegExp(`flowId=${good}`));
  await expect(page.getByTestId(`instance-row-${runs[good]}`)).toContainText('completed');
  await expect(page.getByTestId(`instance-row-${runs[bad]}`)).toHaveCount(0);

  await page.getByLabel('Status').selectOption('faulted');
  await expect(page.getByTestId('instances-empty')).toContainText('match these filters');

  await page.getByLabel('Flow').selectOption(bad);
  await expect(page.getByTestId(`instance-row-${runs[bad]}`)).toContainText('nope');
  await expect(page.locator('[data-testid^="instance-row-"]')).toHaveCount(1);

  await page.getByLabel('Status').selectOption('completed');
  await expect(page.getByTestId('instances-empty')).toBeVisible();
  await page.getByLabel('Flow').selectOption('');
  await expect(page.getByTestId(`instance-row-${runs[good]}`)).toBeVisible();
  await expect(page.getByTestId(`instance-row-${runs[bad]}`)).toHaveCount(0);
});
