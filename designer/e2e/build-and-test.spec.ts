import { expect, test } from '@playwright/test';
import { connect, createFlow, dropBlock, expectSaved, uniqueFlowId } from './support';

test('builds a three-block call flow by dragging and connecting, publishes it, and runs it pressing a key', async ({ page, request }) => {
  const id = uniqueFlowId('three-blocks');
  await createFlow(request, { id, name: 'Three blocks' });
  await page.goto(`/flows/${id}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  await dropBlock(page, 'telephony.answer', 300, 80);
  await dropBlock(page, 'telephony.menu', 300, 240);
  await dropBlock(page, 'telephony.say', 300, 420);
  await expect(page.getByTestId('node-answer')).toBeVisible();

  // The menu's options become handles.
  await page.getByTestId('node-menu').click();
  await page.getByTestId('field-prompt').getByRole('textbox').fill('Press 1 to hear a greeting.');
  await page.getByRole('button', { name: 'Add a row to options' }).click();
  await page.getByTestId('rows-options').getByRole('textbox').nth(0).fill('1');
  await page.getByTestId('rows-options').getByRole('textbox').nth(1).fill('greet');
  await expect(page.getByTestId('handle-menu-greet')).toBeVisible();
  await expect(page.getByTestId('handle-menu-timeout')).toBeVisible();

  await page.getByTestId('node-say').click();
  await page.getByTestId('field-text').getByRole('textbox').fill('Hello from the test console.');

  await connect(page, 'answer', 'done', 'menu');
  await connect(page, 'menu', 'greet', 'say');
  await expectSaved(page);

  await page.getByRole('button', { name: 'Publish…' }).click();
  await page.getByLabel('What changed?').fill('First version');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByTestId('published-banner')).toContainText('Published version 1');

  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await page.getByRole('button', { name: 'Start call' }).click();
  await expect(page.getByTestId('transcript')).toContainText('Press 1 to hear a greeting.');
  await page.getByRole('button', { name: 'Key 1' }).click();
  await expect(page.getByTestId('transcript')).toContainText('Hello from the test console.');
  await expect(page.getByTestId('test-ended')).toBeVisible({ timeout: 15_000 });

  for (const node of ['answer', 'menu', 'say']) await expect(page.getByTestId(`node-${node}`)).toHaveAttribute('data-lit', 'true');
  await expect(page.locator('.react-flow__edge.lit')).toHaveCount(2);
});
