// What the end-to-end specs do often: make a flow through the API, drop blocks, connect handles.
import { expect, request as apiRequest, test, type APIRequestContext, type Page } from '@playwright/test';

let counter = 0;

/** A fresh, empty flow id for one test (the server keeps its data for the whole run). */
export function uniqueFlowId(stem: string): string {
  counter += 1;
  return `${stem}-${Date.now().toString(36)}-${counter}`;
}

export async function createFlow(request: APIRequestContext, definition: Record<string, unknown>) {
  const response = await request.post('/api/flows', { data: { version: 0, status: 'draft', variables: [], inputs: [], nodes: [], edges: [], ...definition } });
  expect(response.status(), await response.text()).toBe(201);
}

/** Drags a block from the palette onto the canvas at (x, y) of the canvas. */
export async function dropBlock(page: Page, type: string, x: number, y: number) {
  const before = await page.locator('.react-flow__node').count();
  await page.getByTestId(`palette-${type}`).dragTo(page.getByTestId('canvas'), { targetPosition: { x, y } });
  await expect(page.locator('.react-flow__node')).toHaveCount(before + 1);
}

/** Drags from a node's outcome handle to another node's input handle. */
export async function connect(page: Page, from: string, outcome: string, to: string) {
  const source = page.getByTestId(`handle-${from}-${outcome}`).locator('.react-flow__handle');
  const target = page.getByTestId(`node-${to}`).locator('.react-flow__handle.target');
  const s = (await source.boundingBox())!;
  const t = (await target.boundingBox())!;
  await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
  await page.mouse.down();
  await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(page.locator(`.react-flow__edge[data-testid="rf__edge-${from}:${outcome}->${to}"]`)).toHaveCount(1);
}

/** Waits until the editor says everything is saved. */
export async function expectSaved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
}

/** The draft as the server stores it (the server is the source of truth). */
export async function savedDraft(request: APIRequestContext, id: string) {
  const response = await request.get(`/api/flows/${id}`);
  expect(response.ok(), await response.text()).toBeTruthy();
  return (await response.json()).draft as {
    name: string;
    trigger?: Record<string, unknown>;
    variables: Record<string, unknown>[];
    inputs: Record<string, unknown>[];
    nodes: { id: string; type: string; label?: string; position: { x: number; y: number }; inputs: Record<string, unknown> }[];
    edges: { from: string; outcome: string; to: string }[];
  };
}

/** A block of the `control.log@1` type for flows made through the API. */
export function logNode(id: string, x: number, y: number, message = id) {
  return { id, type: 'control.log@1', label: id, position: { x, y }, inputs: { message } };
}

/** The edge drawn on the canvas from one node's outcome to another node. */
export function edgeOnCanvas(page: Page, from: string, outcome: string, to: string) {
  return page.locator(`.react-flow__edge[data-testid="rf__edge-${from}:${outcome}->${to}"]`);
}

// The system administrator and API key the e2e server starts with (playwright.config.ts passes them as bootstrap settings).
export const BOOTSTRAP_EMAIL = 'admin@e2e.flowbuilder.test';
export const BOOTSTRAP_PASSWORD = 'e2e-admin-password';
export const BOOTSTRAP_NAME = 'E2E Admin';
/** fbk_<12 character id>_<32 bytes, base64url>. */
export const BOOTSTRAP_API_KEY = 'fbk_e2ebootstrap_Zmxvd2J1aWxkZXItZTJlLWJvb3RzdHJhcC1rZXktMzI';

/** A browser state with no session, for specs about signing in (`test.use({ storageState: SIGNED_OUT })`). */
export const SIGNED_OUT = { cookies: [], origins: [] };

/** A fresh e-mail address for one test. */
export function uniqueEmail(stem: string): string {
  counter += 1;
  return `${stem}-${Date.now().toString(36)}-${counter}@e2e.flowbuilder.test`;
}

/** Makes a user of the caller's company through the API (setup, not what a spec is about); returns its id. */
export async function createUser(request: APIRequestContext, user: { email: string; name: string; role: string; password: string }) {
  const response = await request.post('/api/users', { data: user });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).id as string;
}

/** Signs `page`'s browser context in through the API (its cookie jar is the page's). */
export async function signInThroughApi(page: Page, email: string, password: string) {
  const response = await page.request.post('/api/session', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
}

/** An API client of its own, authenticated by the bootstrap API key (for setup in specs whose page is signed out or someone else). */
export function adminRequest(): Promise<APIRequestContext> {
  return apiRequest.newContext({
    baseURL: test.info().project.use.baseURL, storageState: SIGNED_OUT, extraHTTPHeaders: { authorization: `Bearer ${BOOTSTRAP_API_KEY}` },
  });
}
