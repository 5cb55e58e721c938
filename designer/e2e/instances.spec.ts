import { expect, test } from '@playwright/test';
import { createFlow, uniqueFlowId } from './support';

test('opens a finished instance and sees its path, journal with inputs and outputs, and the fault', async ({ page, request }) => {
  const id = uniqueFlowId('instance');
  await createFlow(request, {
    id, name: 'Faulting flow',
    nodes: [
      { id: 'greet', type: 'control.log@1', label: 'Greet', position: { x: 0, y: 0 }, inputs: { message: 'Hello {{input.name}}' } },
      { id: 'boom', type: 'control.run-script@1', label: 'Boom', position: { x: 0, y: 160 }, inputs: { script: 'throw new Error("card declined")' } },
      { id: 'never', type: 'control.log@1', label: 'Never', position: { x: 260, y: 160 }, inputs: { message: 'unreached' } },
    ],
    inputs: [{ name: 'name', type: 'string', required: false }],
    edges: [{ from: 'greet', outcome: 'done', to: 'boom' }, { from: 'boom', outcome: 'done', to: 'never' }],
  });
  expect((await request.post(`/api/flows/${id}/publish`, { data: { note: 'v1' } })).ok()).toBeTruthy();
  const run = await (await request.post(`/api/flows/${id}/run`, { data: { input: { name: 'Ada' } } })).json();

  await page.goto(`/instances?flowId=${id}`);
  await page.getByRole('link', { name: new RegExp(run.id.slice(0, 8)) }).first().click();
  await expect(page.getByTestId('instance-page')).toContainText('faulted');
  await expect(page.getByTestId('node-greet')).toHaveAttribute('data-lit', 'true');
  await expect(page.getByTestId('node-never')).toHaveAttribute('data-lit', 'false');
  await expect(page.getByTestId('node-boom')).toHaveClass(/faulted/);
  await expect(page.getByTestId('instance-page')).toContainText('card declined');
  await expect(page.getByTestId('instance-page')).toContainText('Hello Ada');
});
