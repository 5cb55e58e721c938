import { expect, test } from '@playwright/test';
import { createFlow, expectSaved, savedDraft, uniqueFlowId } from './support';

test('adds a number variable with a default and a required input, and sets a webhook then a call trigger', async ({ page, request }) => {
  const id = uniqueFlowId('settings');
  await createFlow(request, { id, name: 'Settings' });
  await page.goto(`/flows/${id}`);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByTestId('flow-settings');
  await expect(settings).toBeVisible();

  await settings.getByRole('button', { name: '+ Add variable' }).click();
  await settings.getByLabel('Variable 1 name').fill('attempts');
  await settings.getByLabel('Variable 1 type').selectOption('number');
  await settings.getByLabel('Variable 1 default').fill('3');
  await settings.getByRole('button', { name: '+ Add input' }).click();
  await settings.getByLabel('Input 1 name').fill('customer');
  await settings.getByTestId('inputs').getByRole('checkbox', { name: 'required' }).check();
  await expectSaved(page);
  let draft = await savedDraft(request, id);
  expect(draft.variables).toEqual([{ name: 'attempts', type: 'number', default: 3 }]);
  expect(draft.inputs).toEqual([{ name: 'customer', type: 'string', required: true }]);

  // A default that is not a number is refused with a message and not saved.
  await settings.getByLabel('Variable 1 default').fill('three');
  await expect(settings.getByTestId('variables')).toContainText('Type a number as JSON.');

  await settings.getByLabel('Started by').selectOption('webhook');
  await settings.getByLabel('Webhook path').fill('/orders/new');
  await expect(settings).toContainText('Started by POST /hooks/orders/new');
  await expectSaved(page);
  draft = await savedDraft(request, id);
  expect(draft.trigger).toEqual({ type: 'webhook', path: 'orders/new' });
  expect(draft.variables).toEqual([{ name: 'attempts', type: 'number', default: 3 }]);

  await settings.getByLabel('Started by').selectOption('call');
  await settings.getByLabel('Dialled number').fill('+18005550142');
  await expectSaved(page);
  draft = await savedDraft(request, id);
  expect(draft.trigger).toEqual({ type: 'call', number: '+18005550142' });

  // The settings are there after reopening the flow.
  await page.reload();
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByLabel('Dialled number')).toHaveValue('+18005550142');
  await expect(page.getByLabel('Variable 1 name')).toHaveValue('attempts');
  await expect(page.getByLabel('Variable 1 default')).toHaveValue('3');
});
