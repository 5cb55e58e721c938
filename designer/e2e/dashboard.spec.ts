import { expect, test } from '@playwright/test';
import { newCompany, pricedCompany, publishedTalkingFlow, signedInPage } from './billingSupport';
import { uniquePhone } from './campaignSupport';

test('sees calls, ASR and spend on the dashboard after a simulated call', async ({ browser, request, baseURL }) => {
  const company = await newCompany(request, 'dashboard', null);
  await pricedCompany(request, company, 0.1, 0.05);
  // The company's Admin makes the flow and places the calls; the system administrator only priced the company.
  const page = await signedInPage(browser, baseURL!, company.email, company.password);
  const flowId = await publishedTalkingFlow(page.request, 2);
  await page.goto('/dashboard');
  await expect(page.getByTestId('dashboard-empty')).toBeVisible();

  // One call answered and kept for 2 s (billed as a minute at 0.10 plus a 0.05 connection fee), one busy.
  const answered = uniquePhone();
  const busy = uniquePhone();
  for (const [phone, answer] of [[answered, 'answered'], [busy, 'busy']] as const) {
    const script = await request.put(`/api/simulator/numbers/${encodeURIComponent(phone)}`, { data: { answer, afterSeconds: 0 } });
    expect(script.ok(), await script.text()).toBeTruthy();
    const placed = await page.request.post('/api/calls', { data: { flowId, to: phone, channel: 'simulator' } });
    expect(placed.status(), await placed.text()).toBe(202);
  }
  await expect.poll(async () => {
    const stats = await (await page.request.get('/api/statistics')).json();
    return `${stats.totals.calls} calls, ${stats.totals.answered} answered, spend ${stats.totals.spend}`;
  }, { timeout: 30_000 }).toBe('2 calls, 1 answered, spend 0.15');

  await page.reload();
  await expect(page.getByTestId('tile-calls')).toContainText('2');
  await expect(page.getByTestId('tile-asr')).toContainText('50%');
  await expect(page.getByTestId('tile-spend')).toContainText('0.15');
  await expect(page.getByTestId('calls-chart')).toBeVisible();
  await expect(page.getByTestId('spend-chart')).toBeVisible();
  await expect(page.getByTestId('buckets-table')).toContainText('50%');

  await page.getByRole('button', { name: 'Today' }).click();
  await expect(page.getByLabel('By', { exact: true })).toHaveValue('hour');
  await expect(page.getByTestId('tile-calls')).toContainText('2');
  await page.close();
});
