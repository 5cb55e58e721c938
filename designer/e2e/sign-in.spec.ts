import { expect, test } from '@playwright/test';
import { BOOTSTRAP_EMAIL, BOOTSTRAP_NAME, BOOTSTRAP_PASSWORD, SIGNED_OUT, adminRequest, createUser, uniqueEmail } from './support';

test.use({ storageState: SIGNED_OUT });

test('signs in and out', async ({ page }) => {
  await page.goto('/campaigns');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcampaigns$/);

  await page.getByLabel('E-mail').fill(BOOTSTRAP_EMAIL);
  await page.getByLabel('Password').fill(BOOTSTRAP_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/campaigns$/);
  await expect(page.getByTestId('campaigns-page')).toBeVisible();
  await page.getByTestId('user-menu').click();
  await expect(page.getByTestId('user-menu-list')).toContainText(BOOTSTRAP_NAME);
  await expect(page.getByRole('menuitem', { name: 'Companies' })).toBeVisible();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();

  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/flows');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fflows$/);
  expect((await page.request.get('/api/me')).status()).toBe(401);
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  // The user is made with the bootstrap API key: the spec's own page stays signed out.
  const admin = await adminRequest();
  const email = uniqueEmail('wrong-password');
  await createUser(admin, { email, name: 'Wrong Password', role: 'viewer', password: 'the-right-password' });
  await admin.dispose();

  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByTestId('error-password')).toHaveText('E-mail or password is wrong.');
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.getByLabel('Password').fill('the-right-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('flows-page')).toBeVisible();
});
