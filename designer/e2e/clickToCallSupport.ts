// What the click-to-call specs set up through the API (the contract of /api/click-to-call, /api/tariffs, /api/company).
import { expect, type APIRequestContext } from '@playwright/test';

/** Publishes the click-to-call template as flow "click-to-call" (what new campaigns run), once per server. */
export async function publishClickToCallTemplate(request: APIRequestContext) {
  let flow = await request.get('/api/flows/click-to-call');
  if (flow.status() === 404) {
    const template = await request.get('/api/templates/click-to-call');
    expect(template.ok(), `the click-to-call template: ${await template.text()}`).toBeTruthy();
    const created = await request.post('/api/flows', { data: { ...(await template.json()), id: 'click-to-call', status: 'draft' } });
    expect(created.status(), await created.text()).toBe(201);
    flow = await request.get('/api/flows/click-to-call');
  }
  expect(flow.ok(), await flow.text()).toBeTruthy();
  const stored = (await flow.json()) as { revision: number; publishedVersion: number | null };
  if (stored.publishedVersion === null) {
    const published = await request.post('/api/flows/click-to-call/publish', { data: { note: 'click-to-call specs', revision: stored.revision } });
    expect(published.ok(), await published.text()).toBeTruthy();
  }
}

/** A tariff with a rate for US numbers (prefix 1), made the company's tariff, so requests to +1… are allowed. */
export async function companyWithUsTariff(request: APIRequestContext) {
  const tariff = await request.post('/api/tariffs', {
    data: { name: `US calls ${Date.now()}`, currency: 'EUR', rates: [{ prefix: '1', destination: 'United States', pricePerMinute: 0.02 }] },
  });
  expect(tariff.status(), await tariff.text()).toBe(201);
  const tariffId = (await tariff.json()).id as string;
  const company = await (await request.get('/api/company')).json();
  const saved = await request.put('/api/company', { data: { ...company, name: company.name || 'Spec company', tariffId } });
  expect(saved.ok(), await saved.text()).toBeTruthy();
  return tariffId;
}

/** Calling hours covering the whole week, so requests are due at once whatever the test machine's time. */
export const allWeek = {
  from: '00:00', to: '23:59', timeZone: 'UTC',
  days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
};

/** A click-to-call campaign made through the API; its view (id, key). */
export async function clickToCallCampaign(request: APIRequestContext, body: Record<string, unknown> = {}): Promise<{ id: string; key: string }> {
  const created = await request.post('/api/click-to-call/campaigns', {
    data: {
      name: `Banner ${Date.now()}`, flowId: 'click-to-call', firstLeg: 'client', operators: ['ext:101'],
      clientMessage: { text: 'Please hold.' }, companyMessage: { text: 'A client is waiting.' },
      clientRetry: { maxAttempts: 1, pauseSeconds: 60 }, reminderMinutes: null, hours: allWeek, price: 0.5, currency: 'EUR', ringSeconds: 5,
      ...body,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const view = await created.json();
  return { id: view.id as string, key: view.key as string };
}

/** A request sent the way the banner sends it; its id. */
export async function submitRequest(request: APIRequestContext, key: string, phone: string): Promise<string> {
  const response = await request.post(`/api/public/click-to-call/${key}/requests`, { data: { phone, consent: true, pageUrl: 'https://shop.example.com/boilers' } });
  expect(response.status(), await response.text()).toBe(202);
  return (await response.json()).id as string;
}

let phoneCounter = 0;

/** A US number no other request of this run uses (the per-number rate limit and duplicate check are company-wide). */
export function uniqueUsPhone(): string {
  phoneCounter += 1;
  return `+1303555${String((Date.now() + phoneCounter * 7) % 10000).padStart(4, '0')}`;
}
