import { expect, test } from '@playwright/test';

test('makes a tariff, edits its rates, sees the line errors of a bad rates CSV and picks it as the company\'s tariff', async ({ page, request }) => {
  const name = `Europe ${Date.now()}`;
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Tariffs', exact: true }).click();
  await page.getByLabel('New tariff', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Create tariff' }).click();
  await expect(page.getByTestId('tariff-page')).toContainText(name);

  await page.getByRole('button', { name: 'Add rate' }).click();
  await page.getByLabel('Row 1 Prefix').fill('+49');
  await page.getByLabel('Row 1 Per minute').fill('0.05');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Row 1: name the destination (Germany mobile).')).toBeVisible();
  await page.getByLabel('Row 1 Destination').fill('Germany');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('message')).toContainText('Saved.');

  await page.getByTestId('rates-csv').setInputFiles({
    name: 'rates.csv', mimeType: 'text/csv', buffer: Buffer.from('prefix,destination,pricePerMinute\n44,United Kingdom,0.04\n33,France,cheap\n'),
  });
  await expect(page.getByTestId('rates-csv-errors')).toContainText('line 3');
  const id = page.url().split('/').pop()!;
  const stored = await (await request.get(`/api/tariffs/${id}`)).json();
  expect(stored.rates).toEqual([expect.objectContaining({ prefix: '49', destination: 'Germany', pricePerMinute: 0.05 })]);

  await page.getByRole('navigation').getByRole('link', { name: 'Company', exact: true }).click();
  await page.getByLabel('Tariff').selectOption({ label: `${name} (EUR, 1 rate)` });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('message')).toContainText('Saved.');
  expect((await (await request.get('/api/company')).json()).tariffId).toBe(id);
});

test('adds an SMS price and a minimum payment to a tariff', async ({ page, request }) => {
  const created = await request.post('/api/tariffs', { data: { name: `Actions ${Date.now()}`, currency: 'EUR', rates: [] } });
  expect(created.status(), await created.text()).toBe(201);
  const id = (await created.json()).id as string;
  await page.goto(`/tariffs/${id}`);
  const prices = page.getByTestId('action-prices');
  await expect(prices).toContainText('No action is priced');

  await prices.getByRole('button', { name: 'Add action price' }).click();
  await expect(prices.getByLabel('Action price 1 metric')).toHaveValue('sms.sent');
  await prices.getByLabel('Action price 1 unit price').fill('0.08');
  await prices.getByRole('button', { name: 'Add action price' }).click();
  await prices.getByLabel('Action price 2 metric').selectOption('custom');
  await prices.getByLabel('Action price 2 custom metric').fill('Orders Placed');
  await prices.getByLabel('Action price 2 unit price').fill('0.5');
  await prices.getByLabel('Minimum payment per month').fill('100');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('error-metricPrices.1.metric')).toContainText('Action price 2: a metric name is lower-case');

  await prices.getByLabel('Action price 2 custom metric').fill('orders.placed');
  await prices.getByLabel('Action price 2 name').fill('Orders');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('message')).toContainText('Saved.');
  const stored = await (await request.get(`/api/tariffs/${id}`)).json();
  // The server keeps (and answers) a tariff's action prices by metric name, so orders.placed comes before sms.sent.
  expect(stored.metricPrices).toEqual([
    expect.objectContaining({ metric: 'orders.placed', unitPrice: 0.5, name: 'Orders' }),
    expect.objectContaining({ metric: 'sms.sent', unitPrice: 0.08 }),
  ]);
  expect(stored.minimumPayment).toBe(100);

  await page.reload();
  const reloaded = page.getByTestId('action-prices');
  await expect(reloaded.getByLabel('Action price 1 custom metric')).toHaveValue('orders.placed');
  await expect(reloaded.getByLabel('Action price 1 unit price')).toHaveValue('0.5');
  await expect(reloaded.getByLabel('Action price 1 name')).toHaveValue('Orders');
  await expect(reloaded.getByLabel('Action price 2 metric')).toHaveValue('sms.sent');
  await expect(reloaded.getByLabel('Action price 2 unit price')).toHaveValue('0.08');
  await expect(reloaded.getByLabel('Minimum payment per month')).toHaveValue('100');
});
