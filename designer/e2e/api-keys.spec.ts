import { expect, request as apiRequest, test } from '@playwright/test';

test('creates an API key, sees it once and revokes it', async ({ page, baseURL }) => {
  const name = `CRM sync ${Date.now().toString(36)}`;
  await page.goto('/settings/api-keys');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Role').selectOption('viewer');
  await page.getByRole('button', { name: 'Create key' }).click();

  const dialog = page.getByTestId('created-key-dialog');
  await expect(dialog).toContainText('you will not see it again');
  await expect(dialog.getByRole('button', { name: 'Copy' })).toBeVisible();
  const key = (await dialog.getByTestId('created-key').textContent())!.trim();
  expect(key).toMatch(/^fbk_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{20,}$/);

  const program = await apiRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
  expect((await program.get('/api/flows')).status()).toBe(200);

  await dialog.getByRole('button', { name: 'I have copied it' }).click();
  await expect(dialog).toHaveCount(0);
  const row = page.getByTestId(`api-key-${name}`);
  await expect(row).toContainText(key.slice(0, 16));
  await expect(page.getByText(key)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(key)).toHaveCount(0);

  page.once('dialog', (d) => void d.accept());
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await expect(row).toContainText('revoked');
  const refused = await program.get('/api/flows');
  expect(refused.status()).toBe(401);
  expect(await refused.text()).toContain('/settings/api-keys');
  await program.dispose();
});
