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
