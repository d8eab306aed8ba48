// Browser test of LiteLLM losing its data: the emulator restarts empty while
// the portal runs; usage the portal had pulled is kept and shown to admins as
// held back, and an admin decides. Last in the run: it empties LiteLLM.
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { signInAs } = require('./auth');
const { trafficOutsidePortal } = require('./usageFlow');
const { APP } = require('./urls');

async function syncNow(page) {
  await page.getByRole('button', { name: 'Sync now' }).click();
  // The sync runs as the scheduled task; the page waits for it.
  await page
    .getByText(/Usage synced from LiteLLM/)
    .first()
    .waitFor({ timeout: 30_000 });
}

module.exports = [
  {
    name: 'LiteLLM restarted empty: an admin sees the usage it lost held back and keeps the portal’s figures',
    async run({ page, artifacts, root }) {
      await trafficOutsidePortal('text-embedding-3-small', 2, {
        path: '/v1/embeddings',
        body: i => ({ input: `release notes ${i}` }),
      });
      await signInAs(page, 'dana');
      await page.goto(`${APP}/litemaas/usage?scope=all`);
      await syncNow(page);
      const today = new Date().toISOString().slice(0, 10);
      const banner = page.getByRole('region', {
        name: `Usage held back for ${today}`,
      });
      assert.equal(await banner.count(), 0);

      execFileSync(path.join(root, 'scripts', 'emulator'), ['restart'], {
        cwd: root,
        stdio: 'ignore',
      });
      await syncNow(page);
      await banner.waitFor({ timeout: 30_000 });
      const text = await banner.innerText();
      assert.match(text, /LiteLLM now reports 0 requests/);
      assert.match(text, /the portal has \d+ requests/);
      for (const width of [1280, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({
          path: path.join(artifacts, `usage-held-back-${width}.png`),
          fullPage: true,
        });
      }

      await banner.getByRole('button', { name: 'Keep the portal’s' }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: 'Keep', exact: true })
        .click();
      await banner.waitFor({ state: 'detached', timeout: 30_000 });
      await page
        .getByText(/keeps its figures/)
        .first()
        .waitFor();
    },
  },
];
