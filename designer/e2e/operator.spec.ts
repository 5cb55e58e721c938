import { expect, test } from '@playwright/test';
import { allDay, campaignWith, extension, groupWith, publishedOperatorFlow } from './campaignSupport';

async function previewCampaign(request: Parameters<typeof campaignWith>[0], operator: string) {
  const flowId = await publishedOperatorFlow(request);
  const groupId = await groupWith(request, `Preview ${Date.now()}`, [{ phone: '+12025550181', name: 'Olga' }, { phone: '+12025550182', name: 'Pavel' }]);
  const name = `Preview ${Date.now()}`;
  const id = await campaignWith(request, {
    name, flowId, groupIds: [groupId], mode: 'preview', operators: [operator], schedule: allDay,
    dispositionCodes: ['interested', 'call-back', 'not-interested'],
  });
  return { id, name };
}

test('refuses a wrong password and an extension that is not an operator of the campaign', async ({ page, request }) => {
  await extension(request, '7101', 'operator-7101-secret');
  await extension(request, '7102', 'operator-7102-secret');
  const campaign = await previewCampaign(request, '7101');
  await page.goto('/operator');
  await page.getByLabel('Extension').fill('7101');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByLabel('Campaign').selectOption(campaign.id);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('extension or password is wrong');

  await page.getByLabel('Extension').fill('7102');
  await page.getByLabel('Password').fill('operator-7102-secret');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('not an operator of this campaign');
});

test('signs in ready with a preview card, skips to the next contact, pauses, gets ready again and logs out', async ({ page, request }) => {
  await extension(request, '7111', 'operator-7111-secret');
  const campaign = await previewCampaign(request, '7111');
  expect((await request.post(`/api/campaigns/${campaign.id}/start`)).ok()).toBeTruthy();

  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Operator', exact: true }).click();
  await page.getByLabel('Extension').fill('7111');
  await page.getByLabel('Password').fill('operator-7111-secret');
  await page.getByLabel('Campaign').selectOption(campaign.id);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('operator-desk')).toContainText(campaign.name);

  // Signing in makes the operator ready; in preview mode the next contact's card is reserved for them.
  const card = page.getByTestId('contact-card');
  await expect(card).toContainText(/Olga|Pavel/, { timeout: 15_000 });
  await expect(page.getByTestId('operator-state')).toHaveText('Reserved');
  await expect(page.getByRole('button', { name: 'Call' })).toBeVisible();
  const first = (await card.textContent())!.includes('Olga') ? 'Olga' : 'Pavel';
  const second = first === 'Olga' ? 'Pavel' : 'Olga';

  // The page survives a reload: the session is kept for this tab.
  await page.reload();
  await expect(card).toContainText(first);

  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(card).toContainText(second, { timeout: 10_000 });

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('operator-state')).toHaveText('Paused');
  await page.getByRole('button', { name: 'Ready' }).click();
  await expect(page.getByTestId('operator-state')).toHaveText(/Ready|Reserved/);

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByTestId('operator-login')).toBeVisible();
  const operators = await (await request.get(`/api/campaigns/${campaign.id}/operators`)).json() as { extension: string; state: string }[];
  expect(operators.find((o) => o.extension === '7111')?.state ?? 'loggedOut').toBe('loggedOut');
});

test('calls the previewed contact, talks, and gives the call’s disposition after the contact hangs up', async ({ page, request }) => {
  await extension(request, '7121', 'operator-7121-secret');
  const campaign = await previewCampaign(request, '7121');
  expect((await request.post(`/api/campaigns/${campaign.id}/start`)).ok()).toBeTruthy();

  await page.goto('/operator');
  await page.getByLabel('Extension').fill('7121');
  await page.getByLabel('Password').fill('operator-7121-secret');
  await page.getByLabel('Campaign').selectOption(campaign.id);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const card = page.getByTestId('contact-card');
  await expect(card).toContainText(/Olga|Pavel/, { timeout: 15_000 });
  const phone = (await card.textContent())!.includes('Olga') ? '+12025550181' : '+12025550182';

  // The simulator answers the contact's call, the flow's Connect to operator block rings the extension and the simulator answers it too.
  await page.getByRole('button', { name: 'Call' }).click();
  await expect(page.getByTestId('call-state')).toContainText('Talking', { timeout: 15_000 });
  await expect(page.getByTestId('operator-state')).toHaveText('Talking');
  await expect(card).toContainText(phone);
  await expect(page.getByTestId('disposition-form'), 'the form can be filled while talking').toBeVisible();

  // The contact hangs up: the operator wraps up and gives the disposition.
  const me = await (await request.get(`/api/campaigns/${campaign.id}/operators`)).json() as { extension: string; callId: string | null; attemptId: string | null }[];
  const seat = me.find((o) => o.extension === '7121')!;
  expect(seat.callId, 'the operator view names the contact’s call').toBeTruthy();
  const attemptId = seat.attemptId!;
  expect((await request.post(`/api/simulator/calls/${seat.callId}/hangup`)).ok()).toBeTruthy();
  await expect(page.getByTestId('operator-state')).toHaveText('Wrap-up', { timeout: 10_000 });
  await expect(page.getByTestId('call-state')).toHaveCount(0);

  const form = page.getByTestId('disposition-form');
  await form.getByRole('radio', { name: 'Interested', exact: true }).check();
  await form.getByLabel('Notes').fill('Wants the annual plan; call back in May.');
  await form.getByRole('button', { name: 'Submit' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId('operator-state')).toHaveText(/Ready|Reserved/);

  const attempts = await (await request.get(`/api/campaigns/${campaign.id}/attempts`)).json() as { id: string; phone: string; operator: string | null; disposition: string | null; operatorDisposition: string | null; notes: string | null }[];
  const attempt = attempts.find((a) => a.id === attemptId)!;
  expect(attempt.phone).toBe(phone);
  expect(attempt.operator).toBe('7121');
  expect(attempt.disposition).toBe('answered');
  expect(attempt.operatorDisposition).toBe('interested');
  expect(attempt.notes).toBe('Wants the annual plan; call back in May.');
});
