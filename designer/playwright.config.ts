import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { BOOTSTRAP_API_KEY, BOOTSTRAP_EMAIL, BOOTSTRAP_NAME, BOOTSTRAP_PASSWORD } from './e2e/support';

// End-to-end specs against the real FlowBuilder server, built beforehand (`npm run build --workspace designer`, then
// `dotnet build -c Release`; tests/run-all.sh does both). The server starts on :5180 with an empty data folder of its
// own and serves designer/dist. Browsers are never downloaded: Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
const repository = fileURLToPath(new URL('..', import.meta.url));
// FLOWBUILDER_E2E_PORT moves the server when :5180 is taken (another worktree's run on the same machine).
const port = Number(process.env.FLOWBUILDER_E2E_PORT ?? 5180);
const baseURL = `http://127.0.0.1:${port}`;

// The config is loaded again in each worker; they inherit the runner's environment, so the folder is made once.
process.env.FLOWBUILDER_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'flowbuilder-e2e-'));
const data = process.env.FLOWBUILDER_E2E_DATA;

const serverDll = join(repository, 'src/FlowBuilder.Server/bin/Release/net10.0/FlowBuilder.Server.dll');
const serverProject = join(repository, 'src/FlowBuilder.Server');
const server = existsSync(serverDll)
  ? `dotnet "${serverDll}"`
  : `dotnet run --project "${serverProject}" -c Release --no-build --no-launch-profile --`;

// Every spec runs signed in as the bootstrap system administrator: global-setup.ts signs in once and saves the session here,
// used by each page and by the `request` fixture (specs about signing in start from SIGNED_OUT).
const signedIn = join(data, 'signed-in-state.json');

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  fullyParallel: false,
  reporter: [
    ['list'],
    ['junit', { outputFile: process.env.PLAYWRIGHT_JUNIT_OUTPUT_FILE ?? process.env.PLAYWRIGHT_JUNIT_OUTPUT_NAME ?? 'playwright-report/junit.xml' }],
  ],
  use: {
    baseURL,
    storageState: signedIn,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `${server} --urls ${baseURL}`,
    url: `${baseURL}/health`,
    cwd: data,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      FlowBuilder__Database__ConnectionString: `Data Source=${join(data, 'flowbuilder.db')}`,
      FlowBuilder__Media__Folder: join(data, 'media'),
      FlowBuilder__PluginsPath: join(data, 'plugins'),
      FlowBuilder__Sip__RecordingsFolder: join(data, 'recordings'),
      FlowBuilder__Server__DesignerPath: join(repository, 'designer/dist'),
      FlowBuilder__Simulator__InstantPrompts: 'true',
      // No SIP here: flows that place calls of their own (click-to-call requests) dial on the simulator, whose numbers specs script.
      FlowBuilder__Calls__DefaultChannel: 'simulator',
      // Every spec's browser and API client is 127.0.0.1: the per-address limit (10 an hour) would refuse the run's later requests.
      // The per-number limit stays as shipped; the widget spec meets it.
      FlowBuilder__ClickToCall__PerAddressLimit: '1000',
      FlowBuilder__Accounts__Bootstrap__Email: BOOTSTRAP_EMAIL,
      FlowBuilder__Accounts__Bootstrap__Password: BOOTSTRAP_PASSWORD,
      FlowBuilder__Accounts__Bootstrap__Name: BOOTSTRAP_NAME,
      FlowBuilder__Accounts__Bootstrap__ApiKey: BOOTSTRAP_API_KEY,
    },
  },
});
