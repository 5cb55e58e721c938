import { expect, test } from '@playwright/test';
import { SIGNED_OUT, adminRequest, createFlow, createUser, logNode, signInThroughApi, uniqueEmail, uniqueFlowId } from './support';

test.use({ storageState: SIGNED_OUT });

test('a viewer sees flows but no edit buttons', async ({ page }) => {
  const admin = await adminRequest();
  const id = uniqueFlowId('viewer-sees');
  await createFlow(admin, { id, name: 'Seen by a viewer', nodes: [logNode('hello', 0, 0)] });
  const email = uniqueEmail('viewer');
  await createUser(admin, { email, name: 'Vera Viewer', role: 'viewer', password: 'viewer-password' });
  await admin.dispose();
  await signInThroughApi(page, email, 'viewer-password');

  await page.goto('/');
  await expect(page.getByTestId(`flow-row-${id}`)).toBeVisible();
  const newFlow = page.getByRole('button', { name: 'New flow' });
  await expect(newFlow).toBeDisabled();
  await expect(newFlow).toHaveAttribute('title', /Your role Viewer cannot edit flows: it needs flows\.write/);
  await expect(page.getByRole('button', { name: `Rename ${id}` })).toBeDisabled();
  await expect(page.getByRole('button', { name: `Archive ${id}` })).toBeDisabled();
  // The nav offers what a viewer may open, and the user menu no settings of people.
  await expect(page.getByRole('link', { name: 'Campaigns' })).toBeVisible();
  await page.getByTestId('user-menu').click();
  await expect(page.getByRole('menuitem', { name: 'Users' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Seen by a viewer' }).click();
  await expect(page.getByTestId('node-hello')).toBeVisible();
  await expect(page.getByTestId('save-banner')).toContainText('Read-only: Your role Viewer cannot edit flows');
  await expect(page.getByRole('button', { name: 'Publish…' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Test' })).toHaveCount(0);

  await page.goto('/settings/users');
  await expect(page.getByTestId('not-allowed')).toContainText('Your role Viewer cannot open Users: ask an Admin.');
});

test('an admin adds a manager and the manager signs in', async ({ page, browser }) => {
  const admin = await adminRequest();
  const adminEmail = uniqueEmail('admin');
  await createUser(admin, { email: adminEmail, name: 'Ada Admin', role: 'admin', password: 'admin-password' });
  await admin.dispose();
  await signInThroughApi(page, adminEmail, 'admin-password');

  await page.goto('/');
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Users' }).click();
  await expect(page.getByTestId('users-page')).toBeVisible();
  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByTestId('add-user-dialog');
  const managerEmail = uniqueEmail('manager');
  await dialog.getByLabel('E-mail').fill(managerEmail);
  await dialog.getByLabel('Name').fill('Max Manager');
  await dialog.getByLabel('Role').selectOption('manager');
  await dialog.getByLabel('First password').fill('short');
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog.getByTestId('error-password')).toContainText('at least 10 characters');
  await dialog.getByLabel('First password').fill('manager-password');
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId(`user-${managerEmail}`)).toContainText('Manager');

  const managers = await browser.newContext({ storageState: SIGNED_OUT });
  const managerPage = await managers.newPage();
  await managerPage.goto('/sign-in');
  await managerPage.getByLabel('E-mail').fill(managerEmail);
  await managerPage.getByLabel('Password').fill('manager-password');
  await managerPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(managerPage.getByTestId('flows-page')).toBeVisible();
  await expect(managerPage.getByRole('button', { name: 'New flow' }).first()).toBeEnabled();
  await managerPage.getByTestId('user-menu').click();
  await expect(managerPage.getByTestId('user-menu-list')).toContainText('Max Manager');
  await expect(managerPage.getByRole('menuitem', { name: 'Users' })).toHaveCount(0);
  await managers.close();
});
