import { expect, test } from '@playwright/test';
import { groupWith, uniquePhone } from './campaignSupport';

test('creates a group with a custom field, adds a contact and finds it by search', async ({ page }) => {
  const name = `Debtors ${Date.now()}`;
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Contacts', exact: true }).click();
  await page.getByRole('button', { name: 'New group' }).click();
  const dialog = page.getByTestId('new-group-dialog');
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Add field' }).click();
  await dialog.getByLabel('Field 1 name').fill('1amount');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(dialog).toContainText('Field 1: the name must start with a letter');
  await dialog.getByLabel('Field 1 name').fill('amount');
  await dialog.getByLabel('Field 1 type').selectOption('number');
  await dialog.getByLabel('Field 1 required').check();
  await dialog.getByRole('button', { name: 'Create group' }).click();

  await expect(page.getByTestId('group-page')).toContainText(name);
  await expect(page.getByTestId('contacts-empty')).toBeVisible();
  await page.getByRole('button', { name: 'Add contact' }).click();
  const add = page.getByTestId('add-contact-dialog');
  await add.getByLabel('Phone').fill('+12025550123');
  await add.getByLabel('Name', { exact: true }).fill('Ada');
  await add.getByLabel('amount *').fill('120.50');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByTestId('contact-row-+12025550123')).toContainText('Ada');
  await expect(page.getByTestId('contact-total')).toHaveText('1 contact');

  await page.getByLabel('Search contacts').fill('nobody-by-this-name');
  await expect(page.getByTestId('contacts-empty')).toContainText('No contacts match');
  await page.getByLabel('Search contacts').fill('Ada');
  await expect(page.getByTestId('contact-row-+12025550123')).toBeVisible();
});

test('imports a CSV with one bad row, shows why it was rejected and offers the rejected rows', async ({ page, request }) => {
  const groupId = await groupWith(request, `Import ${Date.now()}`, [], [{ name: 'amount', type: 'number', required: true }]);
  await page.goto(`/groups/${groupId}`);
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const wizard = page.getByTestId('import-wizard');
  const csv = 'Phone;Name;Amount\n+12025550101;Ann;10\nnot-a-number;Bob;20\n+12025550103;Cy;30\n';
  await wizard.getByTestId('import-file').setInputFiles({ name: 'debtors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

  await expect(wizard.getByTestId('import-detected')).toContainText('semicolon');
  await expect(wizard.getByLabel('Column Phone goes to')).toHaveValue('phone');
  await expect(wizard.getByLabel('Column Name goes to')).toHaveValue('name');
  await wizard.getByLabel('Column Amount goes to').selectOption('ignore');
  await expect(wizard.getByTestId('mapping-problems')).toContainText('required field “amount” has no column');
  await expect(wizard.getByRole('button', { name: 'Import' })).toBeDisabled();
  await wizard.getByLabel('Column Amount goes to').selectOption('field:amount');
  await wizard.getByRole('button', { name: 'Import' }).click();

  await expect(wizard.getByTestId('import-summary')).toBeVisible({ timeout: 20_000 });
  await expect(wizard.getByTestId('import-imported')).toHaveText('2');
  await expect(wizard.getByTestId('import-rejected')).toHaveText('1');
  await expect(wizard.getByTestId('import-progress-bar')).toHaveAttribute('aria-valuenow', '100');
  await expect(wizard.getByTestId('rejected-table')).toContainText('3');
  const href = await wizard.getByTestId('download-rejected').getAttribute('href');
  const rejected = await request.get(href!);
  expect(rejected.ok()).toBeTruthy();
  expect(await rejected.text()).toContain('not-a-number');

  await wizard.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('contact-total')).toHaveText('2 contacts');
  await expect(page.getByTestId('contact-row-+12025550101')).toContainText('Ann');
});

test('checks a file in a dry run and imports nothing when any row is rejected in all-or-nothing mode', async ({ page, request }) => {
  const groupId = await groupWith(request, `Dry ${Date.now()}`);
  await page.goto(`/groups/${groupId}`);
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const wizard = page.getByTestId('import-wizard');
  await wizard.getByTestId('import-file').setInputFiles({ name: 'few.csv', mimeType: 'text/csv', buffer: Buffer.from('phone,name\n+12025550111,A\n+12025550112,B\n') });
  await wizard.getByLabel(/Check only/).check();
  await wizard.getByRole('button', { name: 'Check file' }).click();
  await expect(wizard.getByTestId('import-status')).toContainText('nothing was imported', { timeout: 20_000 });
  await expect(wizard.getByTestId('import-imported')).toHaveText('2');

  await wizard.getByRole('button', { name: 'Import another file' }).click();
  await wizard.getByTestId('import-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('phone,name\n+12025550113,C\nxyz,D\n') });
  await wizard.getByLabel(/Check only/).uncheck();
  await wizard.getByLabel('Import nothing if any row is rejected').check();
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(wizard.getByTestId('import-status')).toContainText('Nothing was imported', { timeout: 20_000 });
  await wizard.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('contact-total')).toHaveText('0 contacts');
});

test('exports a group as CSV with its custom fields', async ({ page, request }) => {
  const groupId = await groupWith(request, `Export ${Date.now()}`, [{ phone: '+12025550121', name: 'Eve', fields: { plan: 'gold' } }], [{ name: 'plan', type: 'text' }]);
  await page.goto(`/groups/${groupId}`);
  const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
  const exported = await request.get(href!);
  const text = await exported.text();
  expect(text.split(/\r?\n/)[0]).toBe('phone,name,patronymic,timeZone,plan');
  expect(text).toContain('+12025550121,Eve,,');
  expect(text).toContain('gold');
});

test('adds a number to the do-not-call list and removes it', async ({ page }) => {
  const phone = uniquePhone();
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Do not call', exact: true }).click();
  await page.getByLabel('Phone number').fill(phone);
  await page.getByRole('button', { name: 'Add number' }).click();
  await expect(page.getByTestId(`dnc-row-${phone}`)).toBeVisible();
  await expect(page.getByTestId('message')).toContainText('will not be called');
  await page.getByRole('button', { name: `Remove ${phone}` }).click();
  await expect(page.getByTestId(`dnc-row-${phone}`)).toHaveCount(0);
});
