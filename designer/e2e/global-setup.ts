// Signs the bootstrap system administrator in once and saves the session for every spec's page and request fixture.
import { request, type FullConfig } from '@playwright/test';
import { BOOTSTRAP_EMAIL, BOOTSTRAP_PASSWORD } from './support';

export default async function globalSetup(config: FullConfig) {
  const { baseURL, storageState } = config.projects[0].use;
  if (typeof storageState !== 'string') throw new Error('playwright.config.ts must set use.storageState to a file path.');
  const context = await request.newContext({ baseURL });
  const signedIn = await context.post('/api/session', { data: { email: BOOTSTRAP_EMAIL, password: BOOTSTRAP_PASSWORD } });
  if (signedIn.status() !== 200)
    throw new Error(`The bootstrap administrator could not sign in (${signedIn.status()}): ${await signedIn.text()}`);
  await context.storageState({ path: storageState });
  // The same state must also authenticate the `request` fixture the support helpers use.
  const me = await context.get('/api/me');
  if (me.status() !== 200) throw new Error(`GET /api/me after signing in answered ${me.status()}: ${await me.text()}`);
  await context.dispose();
}
