import { expect, test, type Page } from '@playwright/test';
import { campaignWith, extension, groupWith, publishedFlow } from './campaignSupport';

async function lifecycle(page: Page, action: string) {
  await page.getByTestId('lifecycle-buttons').getByRole('button', { name: action, exact: true }).click();
}

test('creates an auto-informer campaign from the form after fixing what the form points out', async ({ page, request }) => {
  const flowId = await publishedFlow(request);
  const groupName = `Customers ${Date.now()}`;
  await groupWith(request, groupName, [{ phone: '+12025550131', name: 'Kim' }]);
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Campaigns', exact: true }).click();
  await page.getByRole('link', { name: 'New campaign' }).click();

  await page.getByLabel('Name', { exact: true }).fill('Winter reminder');
  await page.getByLabel('Simultaneous calls').fill('0');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByTestId('error-flowId')).toContainText('Choose the published flow');
  await expect(page.getByTestId('error-groupIds')).toContainText('at least one contact group');
  await expect(page.getByTestId('error-maxConcurrentCalls')).toContainText('1 to 1000');

  await page.getByLabel('Flow', { exact: true }).selectOption(flowId);
  await page.getByRole('group', { name: 'Contact groups' }).getByLabel(new RegExp(groupName)).check();
  await page.getByLabel('Simultaneous calls').fill('3');
  await page.getByLabel('Time zone').fill('Europe/London');
  await page.getByLabel('saturday').check();
  await page.getByLabel('No answer attempts').fill('4');
  await page.getByLabel('No answer pause minutes').fill('15');
  await page.getByRole('button', { name: 'Create campaign' }).click();

  await expect(page.getByTestId('campaign-page')).toContainText('Winter reminder');
  await expect(page.getByTestId('status')).toHaveText('draft');
  const buttons = page.getByTestId('lifecycle-buttons');
  await expect(buttons.getByRole('button', { name: 'Start' })).toBeEnabled();
  await expect(buttons.getByRole('button', { name: 'Pause' })).toBeDisabled();
  await expect(buttons.getByRole('button', { name: 'Stop' })).toBeDisabled();

  const id = page.url().split('/').pop()!;
  const stored = await (await request.get(`/api/campaigns/${id}`)).json();
  expect(stored.schedule.timeZone).toBe('Europe/London');
  expect(stored.schedule.days).toContain('saturday');
  expect(stored.retry.noAnswer.maxAttempts).toBe(4);
  expect(stored.retry.noAnswer.pauseSeconds).toBe(15 * 60);
  expect(stored.maxConcurrentCalls).toBe(3);
});

test('shows operators, disposition codes and the abandonment limit only for the modes that use them', async ({ page }) => {
  await page.goto('/campaigns/new');
  await expect(page.getByRole('group', { name: 'Operators' })).toHaveCount(0);
  await page.getByRole('radio', { name: /Predictive/ }).check();
  await expect(page.getByLabel('Abandonment limit (%)')).toHaveValue('3');
  await expect(page.getByLabel('Disposition codes')).toHaveValue(/do-not-call/);
  await page.getByRole('radio', { name: /Preview/ }).check();
  await expect(page.getByLabel('Abandonment limit (%)')).toHaveCount(0);
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByTestId('error-operators')).toContainText('needs operators');
});

test('starts, pauses, resumes and stops a campaign while its statistics refresh', async ({ page, request }) => {
  const flowId = await publishedFlow(request);
  const groupId = await groupWith(request, `Live ${Date.now()}`, [{ phone: '+12025550141', name: 'Lee' }, { phone: '+12025550142', name: 'Max' }]);
  // Lee answers at once; Max's phone rings for 40 s, so the campaign is still calling while it is paused, resumed and stopped.
  const script = await request.put('/api/simulator/numbers/%2B12025550142', { data: { answer: 'answered', afterSeconds: 40 } });
  expect(script.ok(), await script.text()).toBeTruthy();
  const id = await campaignWith(request, { name: 'Live numbers', flowId, groupIds: [groupId], ringSeconds: 60 });
  await page.goto(`/campaigns/${id}`);
  await expect(page.getByTestId('status')).toHaveText('draft');
  await expect(page.getByTestId('tile-attempts')).toBeVisible();
  await expect(page.getByTestId('timeline-chart')).toContainText('No calls finished in this hour yet');
  await expect(page.getByTestId('disposition-donut')).toBeVisible();
  await expect(page.getByTestId('calls-gauge')).toContainText('of 2');
  await expect(page.getByTestId('tile-k1')).toHaveAttribute('title', /coverage/);

  await lifecycle(page, 'Start');
  await expect(page.getByTestId('status')).toHaveText('active');
  await expect(page.getByTestId('campaign-progress-text')).toContainText('1 / 2 contacts done', { timeout: 10_000 });
  await expect(page.getByTestId('tile-attempts')).not.toContainText(/^0/, { timeout: 20_000 });
  await expect(page.getByTestId('timeline-chart').getByRole('img')).toHaveAttribute('aria-label', /; [1-9]\d* in the last hour/);
  await expect(page.getByTestId('timeline-chart')).not.toContainText('No calls finished');

  await lifecycle(page, 'Pause');
  await expect(page.getByTestId('status')).toHaveText('paused');
  await lifecycle(page, 'Resume');
  await expect(page.getByTestId('status')).toHaveText(/scheduled|active/);
  page.once('dialog', (dialog) => void dialog.accept());
  await lifecycle(page, 'Stop');
  await expect(page.getByTestId('status')).toHaveText('completed');
  await expect(page.getByTestId('lifecycle-buttons').getByRole('button', { name: 'Archive' })).toBeEnabled();

  const results = await request.get(`/api/campaigns/${id}/results.csv`);
  expect((await results.text()).split(/\r?\n/)[0]).toContain('phone');
  await expect(page.getByTestId('download-results')).toHaveAttribute('href', `/api/campaigns/${id}/results.csv`);
});

test('lists a campaign with its status and progress, and hides it once archived', async ({ page, request }) => {
  const flowId = await publishedFlow(request);
  const groupId = await groupWith(request, `Listed ${Date.now()}`, [{ phone: '+12025550151' }]);
  const name = `Listed ${Date.now()}`;
  const id = await campaignWith(request, { name, flowId, groupIds: [groupId] });
  await page.goto('/campaigns');
  const row = page.getByTestId(`campaign-row-${id}`);
  await expect(row).toContainText(name);
  await expect(row.getByTestId('status')).toHaveText('draft');

  await row.getByRole('link', { name }).click();
  await lifecycle(page, 'Archive');
  await expect(page.getByTestId('status')).toHaveText('archived');
  await page.getByRole('navigation').getByRole('link', { name: 'Campaigns', exact: true }).click();
  await expect(page.getByTestId(`campaign-row-${id}`)).toHaveCount(0);
  await page.getByLabel('Status').selectOption('archived');
  await expect(page.getByTestId(`campaign-row-${id}`)).toBeVisible();
});

test('opens a contact’s attempt history from the contacts tab and filters the attempts', async ({ page, request }) => {
  const flowId = await publishedFlow(request);
  const groupId = await groupWith(request, `History ${Date.now()}`, [{ phone: '+12025550161', name: 'Noa' }]);
  const id = await campaignWith(request, { name: 'History', flowId, groupIds: [groupId] });
  expect((await request.post(`/api/campaigns/${id}/start`)).ok()).toBeTruthy();
  await page.goto(`/campaigns/${id}`);
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await page.getByTestId('campaign-contact-+12025550161').click();
  await expect(page.getByTestId('contact-history')).toContainText('Noa');
  await expect(page.getByTestId('contact-history').getByRole('table').or(page.getByTestId('contact-attempts-empty'))).toBeVisible();

  await page.getByRole('tab', { name: 'Attempts' }).click();
  await page.getByLabel('Disposition').selectOption('busy');
  await expect(page.getByTestId('attempts-table').or(page.getByTestId('attempts-table-empty'))).toBeVisible();
});

test('edits a draft campaign’s settings and shows them read-only once it runs', async ({ page, request }) => {
  const flowId = await publishedFlow(request);
  const groupName = `Edit ${Date.now()}`;
  const groupId = await groupWith(request, groupName, [{ phone: '+12025550171' }]);
  const id = await campaignWith(request, { name: 'Editable', flowId, groupIds: [groupId] });
  await page.goto(`/campaigns/${id}`);
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByLabel('Caller id').fill('+12025550000');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByTestId('message')).toContainText('saved');
  expect((await (await request.get(`/api/campaigns/${id}`)).json()).callerId).toBe('+12025550000');

  await lifecycle(page, 'Start');
  await expect(page.getByTestId('status')).not.toHaveText('draft');
  await page.getByRole('tab', { name: 'Settings' }).click();
  const summary = page.getByTestId('campaign-summary');
  await expect(summary).toContainText('+12025550000');
  await expect(summary).toContainText('Busy: called once');
  await summary.getByRole('link', { name: groupName }).click();
  await expect(page.getByTestId('group-page')).toContainText(groupName);
});

test('says what to change when a preview campaign’s flow has no Connect to operator block', async ({ page, request }) => {
  await extension(request, '7131', 'operator-7131-secret');
  const flowId = await publishedFlow(request);
  const groupId = await groupWith(request, `No operator block ${Date.now()}`, [{ phone: '+12025550191' }]);
  const id = await campaignWith(request, { name: 'Missing block', flowId, groupIds: [groupId], mode: 'preview', operators: ['7131'] });
  await page.goto(`/campaigns/${id}`);
  await lifecycle(page, 'Start');
  await expect(page.getByTestId('message')).toContainText('Could not start the campaign');
  await expect(page.getByTestId('message')).toContainText('Connect to operator');
  await expect(page.getByTestId('status')).toHaveText('draft');
});
