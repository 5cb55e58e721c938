// The embeddable click-to-call widget as a visitor meets it: on a shop's page served from another origin than FlowBuilder
// (a small Node server on 127.0.0.1 started here), so the browser enforces CORS for real.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { clickToCallCampaign, companyWithUsTariff, publishClickToCallTemplate, uniqueUsPhone } from './clickToCallSupport';

let shop: Server;
let shopOrigin = '';

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The shop's page: /page?server=<FlowBuilder's base URL>&key=<campaign key> (no key: the script tag has no data-campaign). */
function shopPage(url: URL): string {
  const server = url.searchParams.get('server') ?? '';
  const key = url.searchParams.get('key');
  const campaign = key === null ? '' : ` data-campaign="${attribute(key)}"`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Boiler shop</title></head><body>
<h1>Boilers</h1><p><a href="#offers">Our offers</a></p>
<script src="${attribute(server)}/widget/click-to-call.js"${campaign} async></script>
</body></html>`;
}

test.beforeAll(async () => {
  shop = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/page') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(shopPage(url));
  });
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
  shopOrigin = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => shop.close(() => resolve()));
});

test.beforeEach(async ({ request }) => {
  await publishClickToCallTemplate(request);
  await companyWithUsTariff(request);
});

/** How the simulator answers when the flow dials this number. */
async function scriptNumber(request: APIRequestContext, phone: string, answer: 'answered' | 'busy', afterSeconds: number) {
  const scripted = await request.put(`/api/simulator/numbers/${encodeURIComponent(phone)}`, { data: { answer, afterSeconds } });
  expect(scripted.ok(), await scripted.text()).toBeTruthy();
}

/** Opens the shop's page with the widget of campaign key; the widget's host element. */
async function openShop(page: Page, baseURL: string | undefined, key: string | null) {
  const query = new URLSearchParams({ server: baseURL! });
  if (key !== null) query.set('key', key);
  await page.goto(`${shopOrigin}/page?${query}`);
  return page.locator('[data-flowbuilder-click-to-call]');
}

function campaignFor(request: APIRequestContext, stem: string, operator: string, allowedOrigins: string[]) {
  return clickToCallCampaign(request, {
    name: `${stem} ${Date.now()}`, operators: [operator], allowedOrigins, ringSeconds: 30,
    widgetTitle: `${stem}: call me back`, consentText: `I agree that ${stem} calls me back about boilers.`,
  });
}

test('asks for a call on a shop page of another origin, fixing the consent and a bad number, and follows the call', async ({ page, request, baseURL }) => {
  const client = uniqueUsPhone();
  const operator = uniqueUsPhone();
  await scriptNumber(request, client, 'answered', 7);
  await scriptNumber(request, operator, 'busy', 0);
  const campaign = await campaignFor(request, 'Shop widget', operator, [shopOrigin]);

  const widget = await openShop(page, baseURL, campaign.key);
  await widget.getByRole('button', { name: 'Shop widget: call me back' }).click();
  const form = widget.getByRole('form', { name: 'Shop widget: call me back' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Your phone number')).toBeFocused();
  await expect(form.getByRole('checkbox', { name: 'I agree that Shop widget calls me back about boilers.' })).not.toBeChecked();

  await form.getByLabel('Your phone number').fill(client);
  await form.getByRole('button', { name: 'Call me', exact: true }).click();
  const status = form.getByRole('status');
  await expect(status).toHaveText('Tick the consent box to be called back.');
  await expect(form.getByRole('checkbox')).toHaveAttribute('aria-invalid', 'true');

  // The server reads the number, and refuses it with its own message.
  await form.getByRole('checkbox').check();
  await form.getByLabel('Your phone number').fill('555');
  await form.getByRole('button', { name: 'Call me', exact: true }).click();
  await expect(status).toHaveText(/^Phone '555' is (too short to be|not) a/);
  await expect(form.getByLabel('Your phone number')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Your phone number').fill(client);
  await form.getByRole('button', { name: 'Call me', exact: true }).click();
  await expect(status).toHaveText(`We will call you at ${client} shortly.`);
  await expect(form.getByRole('button', { name: 'Call me', exact: true })).toBeDisabled();
  await expect(status).toHaveText('We are calling you\u2026', { timeout: 20_000 });
  // The client answers; the only operator is busy.
  await expect(status).toHaveText('Sorry, none of our operators could answer. We will call you back as soon as we can.', { timeout: 30_000 });

  const listed = await (await request.get(`/api/click-to-call/requests?campaignId=${campaign.id}`)).json();
  expect(listed.total).toBe(1);
  expect(listed.items[0]).toMatchObject({
    clientPhone: client, status: 'failedCallingCompany',
    consent: { text: 'I agree that Shop widget calls me back about boilers.', pageUrl: page.url(), sourceAddress: '127.0.0.1' },
  });
  expect(listed.items[0].consent.userAgent).toContain('Chrome');
});

test('opens the widget and asks for a call with the keyboard only', async ({ page, request, baseURL }) => {
  const client = uniqueUsPhone();
  await scriptNumber(request, client, 'busy', 7);
  const campaign = await campaignFor(request, 'Keyboard shop', uniqueUsPhone(), [shopOrigin]);

  const widget = await openShop(page, baseURL, campaign.key);
  const button = widget.getByRole('button', { name: 'Keyboard shop: call me back' });
  await expect(button).toBeVisible();
  await page.getByRole('link', { name: 'Our offers' }).focus();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const phone = widget.getByLabel('Your phone number');
  await expect(phone).toBeFocused();

  // Escape closes the form and gives the focus back to the button; Space opens it again.
  await page.keyboard.press('Escape');
  await expect(widget.getByRole('form')).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press('Space');
  await expect(phone).toBeFocused();

  await page.keyboard.type(client);
  await page.keyboard.press('Enter');
  const consent = widget.getByRole('checkbox', { name: 'I agree that Keyboard shop calls me back about boilers.' });
  await expect(widget.getByRole('status')).toHaveText('Tick the consent box to be called back.');
  await expect(consent).toBeFocused();
  await page.keyboard.press('Space');
  await expect(consent).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('button', { name: 'Call me', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  const status = widget.getByRole('status');
  await expect(status).toHaveText(`We will call you at ${client} shortly.`);
  await expect(status).toHaveText('We are calling you\u2026', { timeout: 20_000 });
  // The client's phone is busy and the campaign does not redial: the visitor may send the form again.
  await expect(status).toHaveText('We could not reach you at this number. Check it and send the form again.', { timeout: 30_000 });
  await expect(widget.getByRole('button', { name: 'Call me', exact: true })).toBeEnabled();
});

test('is told when to try again after too many tries with one number', async ({ page, request, baseURL }) => {
  const campaign = await campaignFor(request, 'Busy shop', uniqueUsPhone(), [shopOrigin]);
  const widget = await openShop(page, baseURL, campaign.key);
  await widget.getByRole('button', { name: 'Busy shop: call me back' }).click();
  await widget.getByRole('checkbox').check();
  const status = widget.getByRole('status');
  // A number no other spec uses; the server's rate limiter starts empty with each run.
  const number = '55123';

  // Three tries per number an hour (the shipped limit); bad numbers count too. Each click shows "Sending…" until the answer.
  for (let attempt = 1; attempt <= 3; attempt++) {
    await widget.getByLabel('Your phone number').fill(number);
    await widget.getByRole('button', { name: 'Call me', exact: true }).click();
    await expect(status).toHaveText(/^Phone '55123' is not a valid number/);
  }
  await widget.getByLabel('Your phone number').fill(number);
  await widget.getByRole('button', { name: 'Call me', exact: true }).click();
  await expect(status).toHaveText(/^Too many requests from this number or address: try again in (60 minutes|1 hour)\.$/);
  await expect(status).toHaveClass(/fb-error/);
});

test('sees a clear error on a page whose origin the campaign does not allow, and the site owner sees why on the console', async ({ page, request, baseURL }) => {
  const campaign = await campaignFor(request, 'Other shop', uniqueUsPhone(), ['https://shop.example.com']);
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  const thrown: Error[] = [];
  page.on('pageerror', (error) => thrown.push(error));

  const widget = await openShop(page, baseURL, campaign.key);
  await widget.getByRole('button', { name: 'Call me back' }).click();
  await expect(widget.getByRole('status')).toHaveText('Call-back requests cannot be sent from this page right now. Please contact us another way.');
  await expect(widget.getByLabel('Your phone number')).toHaveCount(0);
  await expect.poll(() => errors.join('\n')).toContain(`refused this page's origin (${shopOrigin})`);
  expect(errors.join('\n')).toContain("Add the origin to the campaign's allowed origins.");
  expect(thrown).toEqual([]);
});

test('a page that forgot data-campaign gets a console error naming the attribute, and no widget', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  const thrown: Error[] = [];
  page.on('pageerror', (error) => thrown.push(error));

  const widget = await openShop(page, baseURL, null);
  await expect.poll(() => errors.join('\n')).toContain('has no data-campaign attribute');
  await expect(widget).toHaveCount(0);
  expect(thrown).toEqual([]);
});
