import { expect, test } from '@playwright/test';

test('opens the designer and sees the flows page', async ({ page }) => {
  await page.goto('/');

  await expect(page.getByRole('heading', { name: 'Flows' })).toBeVisible();
});
