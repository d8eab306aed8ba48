// Browser test of budget top-ups: alice's key has a budget (its grant's);
// she asks for more from the API keys page, dana approves it from Review,
// and alice sees the key's budget raised until a date. Then the same for
// her team's budget (payments: $25, mostly spent, in the dev seed) from the
// Usage page, where the history lists it.
const path = require('node:path');
const { signInAs } = require('./auth');
const { APP } = require('./urls');

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
  {
    name: 'alice asks for more budget for her team on the Usage page, dana approves, the card and the history show it',
    async run({ page, browser, artifacts }) {
      await signInAs(page, 'alice');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${APP}/litemaas/usage`);
      const teams = page.getByRole('region', { name: 'Team budgets' });
      const card = teams.getByRole('listitem', {
        name: 'Budget of team payments',
      });
      await card
        .getByText(/of \$25/)
        .first()
        .waitFor();
      await card
        .getByRole('button', { name: 'Ask for more budget for team payments' })
        .click();
      const ask = page.getByRole('dialog', {
        name: 'More budget for team payments',
      });
      await ask.getByText(/An admin decides/).waitFor();
      await ask.getByLabel('Amount (USD)', { exact: false }).fill('10');
      await ask.getByLabel('Days', { exact: false }).fill('7');
      await ask
        .getByLabel('Justification', { exact: false })
        .fill('Quarter-end load tests');
      await ask.getByRole('button', { name: 'Ask', exact: true }).click();
      await ask.waitFor({ state: 'hidden' });
      await card.getByText(/Top-up of \$10(\.00)? waiting/).waitFor();

      const admin = await browser.newContext({
        viewport: { width: 1440, height: 900 },
      });
      try {
        const dana = await admin.newPage();
        dana.setDefaultTimeout(60_000);
        await signInAs(dana, 'dana');
        await dana.goto(`${APP}/litemaas/review?tab=top-ups`);
        const row = dana.getByRole('row', { name: /team payments/ });
        await row.getByText(/\$25(\.00)? → \$35(\.00)?/).waitFor();
        await row
          .getByRole('button', { name: 'Approve the top-up of team payments' })
          .click();
        const approve = dana.getByRole('dialog', {
          name: 'Approve the top-up of team payments',
        });
        await approve.getByText(/The team's budget goes from/).waitFor();
        await dana.waitForTimeout(500); // the dialog fades in
        await dana.screenshot({
          path: path.join(artifacts, 'team-top-up-approve-1440.png'),
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
      await card
        .getByText(/of \$35/)
        .first()
        .waitFor();
      await card.getByText(/\+\$10(\.00)? until/).waitFor();
      const history = page.getByRole('table', { name: 'Budget top-ups' });
      const entry = history.getByRole('row', { name: /payments/ }).first();
      await entry.getByText('Team budget').waitFor();
      await entry.getByText('Running').waitFor();
      await entry.getByText(/Approved by dana/).waitFor();
      await entry.getByText(/^Ends /).waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'team-top-up-usage-1280.png'),
        fullPage: true,
      });
    },
  },
];
