import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { newCompany, signedInPage, topUp } from './billingSupport';

// The companies here start strictly prepaid (credit limit 0) or unlimited, and each has an Admin who signs in with a password.

test('tops up a company and sees the balance on the account page', async ({ browser, request, baseURL }) => {
  const company = await newCompany(request, 'top-up', 0);
  const page = await signedInPage(browser, baseURL!, company.email, company.password);
  await page.goto('/account');
  await expect(page.getByTestId('profile-email')).toHaveText(company.email);
  await expect(page.getByTestId('profile-role')).toHaveText('Admin');
  // A new name shows at once in the user menu, which reads the same signed-in person.
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Your name is saved.')).toBeVisible();
  await expect(page.getByTestId('user-menu')).toContainText('Ada Lovelace');
  await expect(page.getByTestId('blocked-banner')).toContainText('Calls and campaigns are stopped:');

  await topUp(request, company.id, 25.5);
  await page.reload();
  await expect(page.getByTestId('balance')).toContainText('25.50');
  await expect(page.getByTestId('available')).toContainText('25.50');
  await expect(page.getByTestId('blocked-banner')).toHaveCount(0);
  await page.getByLabel('Kind').selectOption({ label: 'Top-up' });
  await expect(page.getByTestId('ledger-table')).toContainText('25.50');
  await page.close();
});

test('downloads this month\'s invoice as PDF and CSV', async ({ browser, request, baseURL }) => {
  const company = await newCompany(request, 'invoice', null);
  await topUp(request, company.id, 10);
  const page = await signedInPage(browser, baseURL!, company.email, company.password);
  await page.goto('/account');
  const now = new Date();
  const period = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const row = page.getByTestId(`invoice-${period}`);
  await expect(row).toBeVisible();

  const [pdf] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: /as PDF$/ }).click()]);
  expect(pdf.suggestedFilename()).toBe(`invoice-${company.id}-${period}.pdf`);
  expect(readFileSync(await pdf.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const [csv] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: /as CSV$/ }).click()]);
  expect(csv.suggestedFilename()).toBe(`invoice-${company.id}-${period}.csv`);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.split('\n').filter((l) => l.trim()).length).toBeGreaterThan(0);
  await page.close();
});

test('changes the password and signs in with the new one', async ({ browser, request, baseURL }) => {
  const company = await newCompany(request, 'password', null);
  const page = await signedInPage(browser, baseURL!, company.email, company.password);
  await page.goto('/account');
  const form = page.getByTestId('password-form');

  await form.getByLabel('Current password').fill('not-my-password');
  await form.getByLabel('New password', { exact: true }).fill('second-password-456');
  await form.getByLabel('New password again').fill('second-password-456');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByTestId('error-currentPassword')).toBeVisible();

  await form.getByLabel('Current password').fill(company.password);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByTestId('password-message')).toContainText('Your password is changed');

  // This session goes on; a new one needs the new password.
  await page.reload();
  await expect(page.getByTestId('profile-email')).toHaveText(company.email);
  const fresh = await browser.newContext({ baseURL });
  expect((await fresh.request.post('/api/session', { data: { email: company.email, password: company.password } })).status()).toBe(401);
  expect((await fresh.request.post('/api/session', { data: { email: company.email, password: 'second-password-456' } })).status()).toBe(200);
  const again = await fresh.newPage();
  await again.goto('/account');
  await expect(again.getByTestId('profile-email')).toHaveText(company.email);
  await fresh.close();
  await page.close();
});
