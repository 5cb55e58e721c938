import { expect, test } from '@playwright/test';
import { createFlow, uniqueFlowId } from './support';

async function publishedFlow(request: Parameters<typeof createFlow>[0], definition: Record<string, unknown>) {
  await createFlow(request, definition);
  expect((await request.post(`/api/flows/${definition.id}/publish`, { data: { note: 'v1' } })).ok()).toBeTruthy();
}

test('runs a webhook flow from the test console with typed-in inputs and a trigger payload and reads them in the journal', async ({ page, request }) => {
  const id = uniqueFlowId('console-run');
  await publishedFlow(request, {
    id, name: 'Order hook', trigger: { type: 'webhook', path: `${id}/new` },
    inputs: [{ name: 'customer', type: 'string', required: true }],
    nodes: [{ id: 'log', type: 'control.log@1', label: 'Log', position: { x: 0, y: 0 }, inputs: { message: 'Order {{trigger.orderId}} for {{input.customer}}' } }],
  });
  await page.goto(`/flows/${id}`);
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  const console = page.getByTestId('test-console');
  await expect(console.getByRole('radio', { name: 'Run (webhook, manual)' })).toBeChecked();
  // The inputs box starts with a sample of the flow's inputs.
  await expect(console.getByLabel('Inputs (JSON)')).toHaveValue(/"customer"/);

  await console.getByLabel('Inputs (JSON)').fill('{"customer": "Ada Lovelace"}');
  await console.getByLabel('Trigger payload (JSON)').fill('{"orderId": "A-17"}');
  await console.getByRole('button', { name: 'Run', exact: true }).click();

  await expect(console.getByTestId('test-ended')).toContainText('completed', { timeout: 15_000 });
  const journal = console.getByTestId('journal');
  await expect(journal.getByTestId('journal-row-1')).toContainText('Log');
  await journal.getByTestId('journal-row-1').getByRole('button', { name: 'Details' }).click();
  await expect(journal.getByTestId('journal-detail-1')).toContainText('Order A-17 for Ada Lovelace');
  await expect(page.getByTestId('node-log')).toHaveAttribute('data-lit', 'true');
});

test('hangs up a simulated call with the Hang up button and the call ends', async ({ page, request }) => {
  const id = uniqueFlowId('console-hangup');
  await publishedFlow(request, {
    id, name: 'Hang up test',
    nodes: [
      { id: 'answer', type: 'telephony.answer@1', position: { x: 0, y: 0 }, inputs: {} },
      { id: 'menu', type: 'telephony.menu@1', position: { x: 0, y: 160 }, inputs: { prompt: 'Press 1 or hang up.', options: [{ digit: '1', name: 'one' }], timeoutSeconds: 60 } },
    ],
    edges: [{ from: 'answer', outcome: 'done', to: 'menu' }],
  });
  await page.goto(`/flows/${id}`);
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  const console = page.getByTestId('test-console');
  await expect(console.getByRole('radio', { name: 'Simulated call' })).toBeChecked();
  await console.getByRole('button', { name: 'Start call' }).click();
  await expect(console.getByTestId('transcript')).toContainText('Press 1 or hang up.');

  const hangUp = console.getByRole('button', { name: 'Hang up' });
  await expect(hangUp).toBeEnabled();
  await hangUp.click();
  await expect(console.getByTestId('transcript').locator('.event-hung-up')).toHaveCount(1);
  await expect(console.getByTestId('test-ended')).toBeVisible({ timeout: 15_000 });
  await expect(console.getByRole('button', { name: 'Hang up' })).toHaveCount(0);
  await expect(console.getByRole('button', { name: 'Key 1' })).toBeDisabled();

  const instances = await (await request.get(`/api/instances?flowId=${id}`)).json();
  const items = (instances.items ?? instances) as { status: string }[];
  expect(items).toHaveLength(1);
  expect(['completed', 'cancelled']).toContain(items[0].status);
  await expect(console.getByTestId('test-ended')).toContainText(items[0].status);
});

test('refuses inputs that are not JSON with a message and starts nothing', async ({ page, request }) => {
  const id = uniqueFlowId('console-bad-json');
  await publishedFlow(request, {
    id, name: 'Bad JSON', inputs: [{ name: 'n', type: 'number', required: false }],
    nodes: [{ id: 'log', type: 'control.log@1', position: { x: 0, y: 0 }, inputs: { message: 'hi' } }],
  });
  await page.goto(`/flows/${id}`);
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  const console = page.getByTestId('test-console');
  await console.getByLabel('Inputs (JSON)').fill('{"n": 3,');
  await console.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(console.getByRole('alert')).toContainText('Inputs is not valid JSON');

  await console.getByLabel('Inputs (JSON)').fill('{"n": 3}');
  await console.getByLabel('Trigger payload (JSON)').fill('not json');
  await console.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(console.getByRole('alert')).toContainText('Trigger payload is not valid JSON');
  await expect(console.getByTestId('test-ended')).toHaveCount(0);
  await expect(console.getByRole('heading', { name: /Journal/ })).toHaveCount(0);
  const instances = await (await request.get(`/api/instances?flowId=${id}`)).json();
  expect((instances.items ?? instances) as unknown[]).toHaveLength(0);
});
