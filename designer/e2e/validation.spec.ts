import { expect, test } from '@playwright/test';
import { createFlow, expectSaved, uniqueFlowId } from './support';

test('shows a validation error on the block at fault and on its field', async ({ page, request }) => {
  const id = uniqueFlowId('invalid');
  await createFlow(request, {
    id, name: 'Missing text',
    nodes: [
      { id: 'answer', type: 'telephony.answer@1', position: { x: 0, y: 0 }, inputs: {} },
      { id: 'greeting', type: 'telephony.say@1', label: 'Greeting', position: { x: 0, y: 160 }, inputs: {} },
    ],
    edges: [{ from: 'answer', outcome: 'done', to: 'greeting' }],
  });
  await page.goto(`/flows/${id}`);
  await expect(page.getByTestId('node-problems-greeting')).toHaveText('1');
  await expect(page.getByTestId('node-problems-answer')).toHaveCount(0);

  await page.getByTestId('node-greeting').click();
  await expect(page.getByTestId('field-error-text')).toContainText("Required input 'text' is missing");

  await page.getByTestId('field-text').getByRole('textbox').fill('Welcome.');
  await expectSaved(page);
  await expect(page.getByTestId('node-problems-greeting')).toHaveCount(0);
  await expect(page.getByTestId('field-error-text')).toHaveCount(0);
});
