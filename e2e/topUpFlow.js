// Browser test of budget top-ups: alice's key has a budget (its grant's);
// she asks for more from the API keys page, dana approves it from Review,
// and alice sees the key's budget raised until a date.
const path = require('node:path');
const { signInAs } = require('./auth');

const APP = 'http://localhost:3000';
const MODEL = 'gpt-4o-mini'; // open; its grants carry a $25 budget

module.exports = [
  {
    name: 'alice asks for more budget on her key, dana approves, the key shows the top-up',
    async run({ page, browser, artifacts }) {
      await signInAs(page, 'alice');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${APP}/litemaas/models/${MODEL}`);
      await page.getByRole('heading', { name: MODEL }).first().waitFor();
      await page.waitForTimeout(1000);
      const ask = page.getByRole('button', { name: 'Request access' });
      if (await ask.count()) {
        await ask.first().click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: 'Submit request' }).click();
        await dialog.waitFor({ state: 'hidden' });
      }
      const name = `batch ${Date.now()}`;
      await page.goto(`${APP}/litemaas/keys`);
      await page.getByRole('button', { name: 'Create key' }).click();
      const create = page.getByRole('dialog', { name: 'Create an API key' });
      await create.getByLabel('Name').fill(name);
      await create.getByRole('checkbox', { name: new RegExp(MODEL) }).check();
      await create.getByRole('button', { name: 'Create', exact: true }).click();
      const issued = page.getByRole('dialog', { name: 'Copy this key now' });
      await issued.waitFor();
      await page
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write']);
      await issued.getByRole('button', { name: 'Copy', exact: true }).click();
      await issued.getByRole('button', { name: 'Done' }).click();
      await issued.waitFor({ state: 'hidden' });

      await page
        .getByRole('button', { name: `Ask for more budget for ${name}` })
        .first()
        .click();
      const topUp = page.getByRole('dialog');
      await topUp.getByLabel('Amount (USD)', { exact: false }).fill('10');
      await topUp.getByLabel('Days', { exact: false }).fill('7');
      await topUp
        .getByLabel('Justification', { exact: false })
        .fill('Month-end batch of summaries');
      await topUp.getByRole('button', { name: 'Ask', exact: true }).click();
      await topUp.waitFor({ state: 'hidden' });

      const admin = await browser.newContext({
        viewport: { width: 1440, height: 900 },
      });
      try {
        const dana = await admin.newPage();
        dana.setDefaultTimeout(60_000);
        await signInAs(dana, 'dana');
        await dana.goto(`${APP}/litemaas/review?tab=top-ups`);
        await dana
          .getByRole('button', { name: `Approve the top-up of ${name}` })
          .click();
        const approve = dana.getByRole('dialog');
        await approve
          .getByRole('button', { name: 'Approve', exact: true })
          .waitFor();
        await dana.waitForTimeout(500); // the dialog fades in
        await dana.screenshot({
          path: path.join(artifacts, 'top-up-approve-1440.png'),
          fullPage: true,
        });
        await approve
          .getByRole('button', { name: 'Approve', exact: true })
          .click();
        await approve.waitFor({ state: 'hidden' });
      } finally {
        await admin.close();
      }

      await page.reload();
      const row = page.getByRole('row', { name: new RegExp(name) }).first();
      await row.getByText(/until/).first().waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'top-up-keys-1280.png'),
        fullPage: true,
      });
    },
  },
];
