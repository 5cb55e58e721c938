import { expect, test } from '@playwright/test';
import { extension } from './campaignSupport';
import { clickToCallCampaign, companyWithUsTariff, publishClickToCallTemplate, submitRequest, uniqueUsPhone } from './clickToCallSupport';

test.beforeEach(async ({ request }) => {
  await publishClickToCallTemplate(request);
  await companyWithUsTariff(request);
  await extension(request, '101', 'secret-101');
  await extension(request, '102', 'secret-102');
});

test('creates a click-to-call campaign from the form, fixing what the form and the server point out, sees the embed snippet and renames it', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Click-to-call', exact: true }).click();
  await expect(page.getByTestId('click-to-call-page')).toBeVisible();
  await page.getByRole('link', { name: 'New campaign' }).first().click();

  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByTestId('error-name')).toContainText('Give the campaign a name');
  await expect(page.getByTestId('error-operators')).toContainText('ext:101');

  const name = `Boiler banner ${Date.now()}`;
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Operators who answer').fill('ext:101\n+4930123456');
  await page.getByRole('radio', { name: /The company/ }).check();
  await page.getByLabel('Redial the client: times').fill('4');
  await page.getByLabel('Redial the client: every minutes').fill('10');
  await page.getByLabel('Remind us by e-mail after minutes').fill('20');
  await page.getByLabel('Price per completed request').fill('0.75');
  await page.getByLabel('saturday').check();
  // The server's own check: an audio file is a name of the media library, without folders.
  await page.getByLabel('The client hears: audio file').fill('sounds/welcome.wav');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByTestId('error-clientMessage.audioFile')).toContainText('without folders');

  await page.getByLabel('The client hears: audio file').fill('');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByTestId('click-to-call-campaign-page')).toContainText(name);
  const script = page.getByTestId('embed-script');
  await expect(script).toContainText('data-campaign="');
  await expect(script).toContainText('/widget/click-to-call.js');
  const id = page.url().split('/').pop()!;
  const stored = await (await request.get(`/api/click-to-call/campaigns/${id}`)).json();
  await expect(script).toContainText(stored.key);
  await expect(page.getByTestId('widget-demo')).toHaveAttribute('href', `/widget/demo?key=${stored.key}`);
  expect(stored.firstLeg).toBe('company');
  expect(stored.operators).toEqual(['ext:101', '+4930123456']);
  expect(stored.clientRetry.maxAttempts).toBe(5);
  expect(stored.clientRetry.pauseSeconds).toBe(600);
  expect(stored.reminderMinutes).toBe(20);
  expect(stored.price).toBe(0.75);
  expect(stored.hours.days).toContain('saturday');

  // The stored campaign reads back into the form unchanged: saving a new name changes the name only.
  await expect(page.getByLabel('Redial the client: times')).toHaveValue('4');
  await expect(page.getByLabel('Remind us by e-mail after minutes')).toHaveValue('20');
  await page.getByLabel('Name', { exact: true }).fill(`${name} (renamed)`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('message')).toContainText('Saved.');
  const renamed = await (await request.get(`/api/click-to-call/campaigns/${id}`)).json();
  expect(renamed.name).toBe(`${name} (renamed)`);
  expect({ ...renamed, name: stored.name, updatedAt: stored.updatedAt }).toEqual(stored);

  await page.getByRole('link', { name: 'Click-to-call', exact: true }).first().click();
  const row = page.getByTestId(`click-to-call-row-${id}`);
  await expect(row).toContainText('0.75 EUR');
  await row.getByRole('button', { name: 'Pause' }).click();
  await expect(row.getByTestId('status')).toHaveText('paused');
  await row.getByRole('button', { name: 'Resume' }).click();
  await expect(row.getByTestId('status')).toHaveText('active');
});

test('sees a request sent through the public endpoint with its status, opens it and adds a sale comment', async ({ page, request }) => {
  const campaign = await clickToCallCampaign(request, { name: `Requests ${Date.now()}` });
  const phone = uniqueUsPhone();
  const requestId = await submitRequest(request, campaign.key, phone);

  await page.goto('/click-to-call/requests');
  await page.getByLabel('Campaign', { exact: true }).selectOption(campaign.id);
  const row = page.getByTestId(`request-row-${requestId}`);
  await expect(row).toContainText(phone);
  await expect(row).toContainText('United States');
  await expect(row.getByTestId('request-status')).toHaveText(/^(WAITING|CALLING|COMPLETED|FAILED CALLING CLIENT|FAILED CALLING COMPANY)$/);
  await expect(page.getByTestId('export-csv')).toHaveAttribute('href', new RegExp(`campaignId=${campaign.id}`));

  await row.click();
  const details = page.getByTestId(`request-details-${requestId}`);
  await expect(details.getByTestId('consent')).toContainText('https://shop.example.com/boilers');
  await details.getByLabel('Comment type').selectOption('sale');
  await details.getByRole('button', { name: 'Add comment' }).click();
  await expect(details.getByTestId('error-fields.amount')).toContainText('Amount is required');
  await details.getByLabel('Amount *').fill('129.90');
  await details.getByLabel('Product').fill('Boiler service');
  await details.getByLabel('Comment', { exact: true }).fill('Booked for Tuesday');
  await details.getByRole('button', { name: 'Add comment' }).click();
  await expect(details.getByTestId('comments')).toContainText('Amount: 129.9 · Product: Boiler service');
  await expect(details.getByTestId('comments')).toContainText('Booked for Tuesday');

  const stored = await (await request.get(`/api/click-to-call/requests/${requestId}`)).json();
  expect(stored.comments).toHaveLength(1);
  expect(stored.comments[0]).toMatchObject({ type: 'sale', text: 'Booked for Tuesday', fields: { amount: '129.9', product: 'Boiler service' } });
});

test('statistics of today count the request and link the period\'s invoice', async ({ page, request }) => {
  const campaign = await clickToCallCampaign(request, { name: `Statistics ${Date.now()}` });
  await submitRequest(request, campaign.key, uniqueUsPhone());

  await page.goto('/click-to-call/statistics');
  await page.getByRole('button', { name: 'Today' }).click();
  await page.getByLabel('Campaign', { exact: true }).selectOption(campaign.id);
  await expect(page.getByTestId('card-total').locator('.tile-value')).toHaveText('1');
  await expect(page.getByTestId('change-total')).toContainText('+1 (new)');
  await expect(page.getByTestId('requests-chart').getByRole('img')).toHaveAttribute('aria-label', /1 in the period/);
  await expect(page.getByTestId('directions-table')).toContainText('United States');
  await expect(page.getByTestId('invoice-link')).toHaveAttribute('href', new RegExp(`/api/click-to-call/invoice\\.pdf\\?from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}&campaignId=${campaign.id}`));
  await expect(page.getByTestId('live-waiting').locator('.tile-value')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('live-calling').locator('.tile-value')).toHaveText(/^\d+$/);
});

test('calls back a failed request from the Failed tab, ringing the extension typed in first', async ({ page, request }) => {
  // The client's phone is busy (the simulator's script for this number) and the campaign never redials: the request fails at once.
  const phone = uniqueUsPhone();
  const script = await request.put(`/api/simulator/numbers/${encodeURIComponent(phone)}`, { data: { answer: 'busy' } });
  expect(script.ok(), await script.text()).toBeTruthy();
  const campaign = await clickToCallCampaign(request, { name: `Failed ${Date.now()}`, clientRetry: { maxAttempts: 1, pauseSeconds: 0 } });
  const requestId = await submitRequest(request, campaign.key, phone);

  await page.goto('/click-to-call/requests?view=failed');
  await page.getByLabel('Your extension or number').fill('102');
  const row = page.getByTestId(`request-row-${requestId}`);
  await expect(row.getByTestId('request-status')).toHaveText('FAILED CALLING CLIENT', { timeout: 30_000 });
  await row.getByRole('button', { name: 'Call back' }).click();
  await expect(page.getByTestId('message')).toContainText('your phone (102) first');

  const stored = await (await request.get(`/api/click-to-call/requests/${requestId}`)).json();
  expect(stored.firstLeg).toBe('company');
  expect(stored.callbackOperator).toBe('ext:102');
  await page.reload();
  await expect(page.getByLabel('Your extension or number')).toHaveValue('102');
});
