import { expect, test } from '@playwright/test';
import { createFlow, expectSaved, savedDraft, uniqueFlowId } from './support';

const inputsOf = async (request: Parameters<typeof savedDraft>[0], id: string, node: string) =>
  (await savedDraft(request, id)).nodes.find((n) => n.id === node)!.inputs;

test('switches a text field from a literal to JavaScript in a code editor and back to a template', async ({ page, request }) => {
  const id = uniqueFlowId('modes');
  await createFlow(request, { id, name: 'Modes', nodes: [{ id: 'log', type: 'control.log@1', position: { x: 0, y: 0 }, inputs: {} }] });
  await page.goto(`/flows/${id}`);
  await page.getByTestId('node-log').click();
  const field = page.getByTestId('field-message');

  await field.getByRole('textbox').fill('hello');
  await expect(page.getByTestId('mode-message-literal')).toHaveAttribute('aria-checked', 'true');
  await expectSaved(page);
  expect((await inputsOf(request, id, 'log')).message).toBe('hello');

  // A text without placeholders stays in template mode once chosen.
  await page.getByTestId('mode-message-template').click();
  await expect(page.getByTestId('mode-message-template')).toHaveAttribute('aria-checked', 'true');
  await expect(field.locator('textarea')).toHaveValue('hello');

  await page.getByTestId('mode-message-javascript').click();
  await expect(page.getByTestId('mode-message-javascript')).toHaveAttribute('aria-checked', 'true');
  await expect(field.locator('.cm-editor')).toBeVisible();
  await expect(field.locator('.cm-content')).toHaveText('"hello"');
  await expectSaved(page);
  expect((await inputsOf(request, id, 'log')).message).toBe('js: "hello"');

  // Typing in the code editor saves the script.
  await field.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('"hi " + input.name');
  await expect(field.locator('.cm-content')).toHaveText('"hi " + input.name');
  await expectSaved(page);
  expect((await inputsOf(request, id, 'log')).message).toBe('js: "hi " + input.name');

  await page.getByTestId('mode-message-template').click();
  await expect(field.locator('.cm-editor')).toHaveCount(0);
  await expect(page.getByTestId('mode-message-template')).toHaveAttribute('aria-checked', 'true');
  await expect(field.locator('textarea')).toHaveValue('"hi " + input.name');
  await field.getByRole('textbox').fill('Hi {{input.name}}');
  await expect(page.getByTestId('mode-message-template')).toHaveAttribute('aria-checked', 'true');
  await expectSaved(page);
  expect((await inputsOf(request, id, 'log')).message).toBe('Hi {{input.name}}');
});

test('saves a number field as a number, a checkbox as a boolean and an enum choice as its value', async ({ page, request }) => {
  const id = uniqueFlowId('typed-fields');
  await createFlow(request, {
    id, name: 'Typed fields',
    nodes: [
      { id: 'delay', type: 'control.delay@1', position: { x: 0, y: 0 }, inputs: {} },
      { id: 'say', type: 'telephony.say@1', position: { x: 0, y: 200 }, inputs: { text: 'Hi' } },
      { id: 'log', type: 'control.log@1', position: { x: 300, y: 0 }, inputs: { message: 'm' } },
    ],
  });
  await page.goto(`/flows/${id}`);

  await page.getByTestId('node-delay').click();
  await page.getByTestId('field-seconds').getByRole('spinbutton').fill('2.5');
  await expectSaved(page);
  expect((await inputsOf(request, id, 'delay')).seconds).toBe(2.5);

  await page.getByTestId('node-say').click();
  const bargeIn = page.getByTestId('field-bargeIn').getByRole('checkbox');
  await expect(bargeIn).not.toBeChecked();
  await bargeIn.check();
  await expectSaved(page);
  expect((await inputsOf(request, id, 'say')).bargeIn).toBe(true);
  await bargeIn.uncheck();
  await expectSaved(page);
  expect((await inputsOf(request, id, 'say')).bargeIn).toBe(false);

  // control.log's level is an enum in GET /api/activities.
  const activities = await (await request.get('/api/activities')).json();
  const level = activities.find((a: { typeId: string }) => a.typeId === 'control.log@1').inputSchema.properties.level;
  expect(level.enum).toContain('warning');
  await page.getByTestId('node-log').click();
  const select = page.getByTestId('field-level').getByRole('combobox');
  await expect(select.getByRole('option')).toHaveText(['Default: "information"', ...level.enum]);
  await select.selectOption('warning');
  await expectSaved(page);
  expect((await inputsOf(request, id, 'log')).level).toBe('warning');
});

test('adds, fills and removes HTTP header rows of an HTTP Response', async ({ page, request }) => {
  const id = uniqueFlowId('headers');
  await createFlow(request, { id, name: 'Headers', nodes: [{ id: 'response', type: 'http.response@1', position: { x: 0, y: 0 }, inputs: {} }] });
  await page.goto(`/flows/${id}`);
  await page.getByTestId('node-response').click();
  const rows = page.getByTestId('rows-headers');

  await page.getByRole('button', { name: 'Add a row to headers' }).click();
  await rows.getByRole('textbox').nth(0).fill('X-Trace');
  await rows.getByRole('textbox').nth(1).fill('abc');
  await page.getByRole('button', { name: 'Add a row to headers' }).click();
  await rows.getByRole('textbox').nth(2).fill('Cache-Control');
  await rows.getByRole('textbox').nth(3).fill('no-store');
  await expect(rows.locator('tbody tr')).toHaveCount(2);
  await expectSaved(page);
  expect((await inputsOf(request, id, 'response')).headers).toEqual([{ name: 'X-Trace', value: 'abc' }, { name: 'Cache-Control', value: 'no-store' }]);

  await page.getByRole('button', { name: 'Remove row 1 of headers' }).click();
  await expect(rows.locator('tbody tr')).toHaveCount(1);
  await expectSaved(page);
  expect((await inputsOf(request, id, 'response')).headers).toEqual([{ name: 'Cache-Control', value: 'no-store' }]);
});
