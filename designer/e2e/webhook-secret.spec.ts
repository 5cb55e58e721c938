import { expect, test } from '@playwright/test';
import { createFlow, expectSaved, savedDraft, uniqueFlowId } from './support';

test('requires a signature on a webhook, creates its secret, copies it and sees only its last four characters afterwards', async ({ page, request, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const id = uniqueFlowId('signed');
  await createFlow(request, { id, name: 'Signed', trigger: { type: 'webhook', path: `signed/${id}` } });
  await page.goto(`/flows/${id}`);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByTestId('flow-settings');

  await settings.getByRole('checkbox', { name: /Require signature/ }).check();
  await expectSaved(page);
  expect((await savedDraft(request, id)).trigger).toEqual({ type: 'webhook', path: `signed/${id}`, signed: true });

  const control = settings.getByTestId('webhook-secret');
  await expect(control).toContainText('No secret yet');
  await control.getByRole('button', { name: 'Create secret' }).click();
  const value = control.getByTestId('webhook-secret-value');
  await expect(value).toHaveText(/^whsec_[A-Za-z0-9_-]{43}$/);
  await expect(control).toContainText('X-FlowBuilder-Signature');
  const secret = (await value.textContent())!;
  await control.getByRole('button', { name: 'Copy' }).click();
  await expect(control.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  const stored = await (await request.get(`/api/flows/${id}/webhook-secret`)).json();
  expect(stored).toMatchObject({ exists: true, last4: secret.slice(-4) });

  // Reopened, the secret itself is gone from the page; only its last four characters and a rotate button remain.
  await page.reload();
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByTestId('webhook-secret-status')).toContainText(`…${secret.slice(-4)}`);
  await expect(page.getByTestId('webhook-secret-value')).toHaveCount(0);
  await expect(page.getByTestId('webhook-secret').getByRole('button', { name: 'Rotate secret' })).toBeVisible();
  expect(await page.content()).not.toContain(secret);
});

test('sets an SMS trigger keyword and is told when it is not one word', async ({ page, request }) => {
  const id = uniqueFlowId('sms');
  await createFlow(request, { id, name: 'SMS' });
  await page.goto(`/flows/${id}`);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByTestId('flow-settings');

  await settings.getByLabel('Started by').selectOption('sms');
  await settings.getByLabel('Keyword').fill('join now');
  await expect(settings).toContainText('The keyword must be one word of letters and digits.');
  await settings.getByLabel('Keyword').fill('JOIN');
  await expect(settings).not.toContainText('The keyword must be one word');
  await expectSaved(page);
  expect((await savedDraft(request, id)).trigger).toEqual({ type: 'sms', keyword: 'JOIN' });
});
