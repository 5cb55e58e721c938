// What the account, dashboard and tariff specs set up through the API as the bootstrap system administrator (the `request`
// fixture): companies with an Admin of their own, top-ups, tariffs; and a browser signed in as that Admin.
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { uniqueFlowId } from './support';

export interface TestCompany {
  id: string;
  email: string;
  password: string;
  /** Headers that make the system administrator act in this company. */
  headers: Record<string, string>;
}

let counter = 0;

/** A company of its own (strictly prepaid unless `creditLimit` says otherwise) with one Admin. */
export async function newCompany(request: APIRequestContext, stem: string, creditLimit?: number | null): Promise<TestCompany> {
  counter += 1;
  const slug = `${stem}-${Date.now().toString(36)}-${counter}`;
  const email = `admin@${slug}.example`;
  const password = 'first-password-123';
  const created = await request.post('/api/system/companies', {
    data: { id: slug, name: `Company ${slug}`, email, ...(creditLimit !== undefined ? { creditLimit } : {}), admin: { email, name: 'Ada Admin', password } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = (await created.json()).id as string;
  return { id, email, password, headers: { 'X-FlowBuilder-Company': id } };
}

/** A browser page of a context of its own, signed in with e-mail and password (no API key). */
export async function signedInPage(browser: Browser, baseURL: string, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const signIn = await page.request.post('/api/session', { data: { email, password } });
  expect(signIn.status(), await signIn.text()).toBe(200);
  return page;
}

/** Credits a company (idempotent per reference). */
export async function topUp(request: APIRequestContext, companyId: string, amount: number, reference = `pay-${Date.now()}-${++counter}`) {
  const response = await request.post(`/api/system/companies/${companyId}/top-ups`, { data: { amount, reference, note: 'e2e top-up' } });
  expect(response.status(), await response.text()).toBe(201);
}

/** A tariff in the company with one catch-all rate (prefix 1: the simulator's US numbers), assigned to it without a credit limit. */
export async function pricedCompany(request: APIRequestContext, company: TestCompany, pricePerMinute: number, connectionFee: number) {
  const tariff = await request.post('/api/tariffs', {
    headers: company.headers,
    data: { name: `Calls ${company.id}`, currency: 'EUR', rates: [{ prefix: '1', destination: 'North America', pricePerMinute, connectionFee, firstIncrement: 60, nextIncrement: 60 }] },
  });
  expect(tariff.status(), await tariff.text()).toBe(201);
  const tariffId = (await tariff.json()).id as string;
  const billing = await request.put(`/api/system/companies/${company.id}/billing`, { data: { tariffId, creditLimit: null } });
  expect(billing.ok(), await billing.text()).toBeTruthy();
  return tariffId;
}

/** A published flow of the caller's company that keeps an answered call for `seconds`, then hangs up; its id. */
export async function publishedTalkingFlow(request: APIRequestContext, seconds: number): Promise<string> {
  const id = uniqueFlowId('talk');
  const created = await request.post('/api/flows', {
    data: {
      id, name: `Talk ${id}`, version: 0, status: 'draft', variables: [], inputs: [],
      nodes: [
        { id: 'talk', type: 'control.delay@1', label: 'Talk', position: { x: 0, y: 0 }, inputs: { seconds } },
        { id: 'hangup', type: 'telephony.hangup@1', label: 'Hang up', position: { x: 0, y: 140 }, inputs: {} },
      ],
      edges: [{ from: 'talk', outcome: 'done', to: 'hangup' }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const publish = await request.post(`/api/flows/${id}/publish`, { data: { note: 'dashboard', revision: 1 } });
  expect(publish.ok(), await publish.text()).toBeTruthy();
  return id;
}
