// What the campaign specs set up through the API (the contract of /api/groups, /api/campaigns, /api/extensions).
import { expect, type APIRequestContext } from '@playwright/test';
import { createFlow, logNode, uniqueFlowId } from './support';

/** A published flow for campaigns to run; its id. */
export async function publishedFlow(request: APIRequestContext, stem = 'campaign-flow'): Promise<string> {
  const id = uniqueFlowId(stem);
  await createFlow(request, { id, name: `Flow ${id}`, nodes: [logNode('hello', 0, 0, 'Hello from the campaign')] });
  const publish = await request.post(`/api/flows/${id}/publish`, { data: { note: 'for campaigns', revision: 1 } });
  expect(publish.ok(), await publish.text()).toBeTruthy();
  return id;
}

/** A published flow for campaigns with operators: it connects the answered contact to the operator, then hangs up; its id. */
export async function publishedOperatorFlow(request: APIRequestContext): Promise<string> {
  const id = uniqueFlowId('operator-flow');
  await createFlow(request, {
    id, name: `Operator flow ${id}`,
    nodes: [
      { id: 'connect', type: 'campaign.connect-operator@1', label: 'Connect to operator', position: { x: 0, y: 0 }, inputs: { maxWaitSeconds: 2 } },
      { id: 'hangup', type: 'telephony.hangup@1', label: 'Hang up', position: { x: 0, y: 140 }, inputs: {} },
    ],
    edges: [{ from: 'connect', outcome: 'connected', to: 'hangup' }],
  });
  const publish = await request.post(`/api/flows/${id}/publish`, { data: { note: 'for operator campaigns', revision: 1 } });
  expect(publish.ok(), await publish.text()).toBeTruthy();
  return id;
}

/** A contact group with the given custom fields and contacts; its id. */
export async function groupWith(request: APIRequestContext, name: string, contacts: { phone: string; name?: string; fields?: Record<string, unknown> }[] = [],
  fields: { name: string; type: string; required?: boolean }[] = []): Promise<string> {
  const created = await request.post('/api/groups', { data: { name, defaultCountry: 'US', fields } });
  expect(created.status(), await created.text()).toBe(201);
  const id = (await created.json()).id as string;
  for (const contact of contacts) {
    const added = await request.post(`/api/groups/${id}/contacts`, { data: contact });
    expect(added.status(), await added.text()).toBe(201);
  }
  return id;
}

/** Calling hours covering the whole day, every day, so a started campaign calls at once whatever the test machine's time. */
export const allDay = {
  from: '00:00', to: '23:59', timeZone: 'UTC',
  days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
};

/** A draft campaign made through the API; its id. */
export async function campaignWith(request: APIRequestContext, body: Record<string, unknown>): Promise<string> {
  const created = await request.post('/api/campaigns', {
    data: {
      mode: 'autoInformer', schedule: allDay, maxConcurrentCalls: 2, channel: 'simulator', ringSeconds: 10,
      retry: {
        busy: { maxAttempts: 1, pauseSeconds: 60 }, noAnswer: { maxAttempts: 1, pauseSeconds: 60 },
        failed: { maxAttempts: 1, pauseSeconds: 60 }, abandoned: { maxAttempts: 1, pauseSeconds: 60 },
      },
      operators: [],
      ...body,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()).id as string;
}

/** An extension an operator signs in with (its SIP password is the operator page's password). */
export async function extension(request: APIRequestContext, number: string, password: string) {
  const response = await request.put(`/api/extensions/${number}`, { data: { displayName: `Operator ${number}`, password } });
  expect([200, 201], await response.text()).toContain(response.status());
}

let phoneCounter = 0;

/** A US number no other test of this run uses (the do-not-call list is shared by the whole company). */
export function uniquePhone(): string {
  phoneCounter += 1;
  return `+1202555${String((Date.now() + phoneCounter) % 10000).padStart(4, '0')}`;
}
