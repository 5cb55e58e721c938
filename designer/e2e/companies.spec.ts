import { expect, test } from '@playwright/test';
import { uniqueEmail } from './support';

test('a system administrator creates a company and acts in it', async ({ page }) => {
  const name = `Acme ${Date.now().toString(36)}`;
  const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  await page.goto('/');
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Companies' }).click();
  await expect(page.getByTestId('companies-page')).toBeVisible();

  const form = page.getByTestId('new-company-form');
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('First Admin e-mail').fill(uniqueEmail('acme-admin'));
  await form.getByLabel('First Admin name').fill('Acme Admin');
  await form.getByLabel('First Admin password').fill('acme-admin-password');
  await form.getByRole('button', { name: 'Create company' }).click();

  const row = page.getByTestId(`company-${id}`);
  await expect(row).toContainText(name);
  await expect(row).toContainText('0.00');
  await row.getByRole('button', { name: `Act in ${name}` }).click();

  await expect(page.getByTestId('flows-page')).toBeVisible();
  await expect(page.getByTestId('flows-empty')).toBeVisible();
  await expect(page.getByTestId('user-menu')).toContainText(`${name} (acting)`);
  await page.getByTestId('user-menu').click();
  await expect(page.getByTestId('acting-in')).toHaveText(`Acting in ${name}`);
  expect((await (await page.request.get('/api/me')).json()).company.id).toBe(id);

  await page.getByRole('menuitem', { name: 'Companies' }).click();
  await page.getByRole('button', { name: 'Back to your own company' }).click();
  await expect(page.getByTestId('flows-page')).toBeVisible();
  await expect(page.getByTestId('user-menu')).not.toContainText('(acting)');
});
