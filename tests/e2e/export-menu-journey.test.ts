/**
 * Every 导出 menu can be used whole, in real Chromium against the production build: the 均衡 view's
 * lower panels are painted only near the screen (content-visibility), which clipped an open menu at
 * the panel's edge, so the 差距变化 menu's last items lay under the heatmap panel and took no click.
 */
import { describe, expect, it } from 'vitest';
import { openSample, suiteApp } from './browser-harness';

const app = suiteApp();

describe('导出 menus on the 均衡 view', () => {
  it('every item of every panel\'s open menu is on top where it is drawn, and clicking the last one works', async () => {
    const { context, page, errors } = await openSample(app, '?view=imbalance&metric=reemployed&period=2024-03', { viewport: { width: 1366, height: 900 } });
    try {
      const buttons = page.getByRole('button', { name: '导出', exact: true });
      await page.locator('.imbalance-view > .panel').nth(4).waitFor();
      const count = await buttons.count();
      expect(count).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < count; i++) {
        await buttons.nth(i).scrollIntoViewIfNeeded();
        // Room below the button for the whole menu, as a person scrolls to see it.
        await page.evaluate(() => window.scrollBy(0, -120));
        await buttons.nth(i).click();
        const items = page.getByRole('menuitem');
        await items.first().waitFor();
        const texts = await items.allTextContents();
        const covered: string[] = [];
        for (const [k, text] of texts.entries()) {
          const item = items.nth(k);
          await item.scrollIntoViewIfNeeded();
          const onTop = await item.evaluate((el) => {
            const r = el.getBoundingClientRect();
            return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('[role="menuitem"]') === el;
          });
          if (!onTop) covered.push(text);
        }
        expect({ menu: i, covered }).toEqual({ menu: i, covered: [] });
        // The last item takes a real click (no other element intercepts it).
        await items.last().click({ trial: true, timeout: 5_000 });
        await page.keyboard.press('Escape');
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
