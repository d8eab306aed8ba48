// Browser test of approval rules: dana gives a restricted model an
// auto-approval for ml-platform within its default budget, checks what
// would happen to carol's request, and saves; carol asks and is granted at
// once, the rule named in her request's history.
const assert = require('node:assert/strict');
const path = require('node:path');
const { signInAs } = require('./auth');
const { APP } = require('./urls');

const MODEL = 'claude-3-5-haiku'; // restricted; defaults $20 per 30d
const RULE = 'ml-platform small';

module.exports = [
  {
    name: 'dana sets an approval rule and carol is granted at once by it',
    async run({ page, browser, artifacts }) {
      const admin = await browser.newContext({
        viewport: { width: 1280, height: 900 },
      });
      try {
        const adminPage = await admin.newPage();
        adminPage.setDefaultTimeout(60_000);
        await signInAs(adminPage, 'dana');
        await adminPage.goto(`${APP}/litemaas/admin`);
        await adminPage
          .getByRole('button', { name: `Approval rules of ${MODEL}` })
          .click();
        const dialog = adminPage.getByRole('dialog', {
          name: `Approval rules of ${MODEL}`,
        });
        // A second try finds the first one's rule: start from none.
        const before = dialog.getByRole('button', {
          name: `Remove rule ${RULE}`,
        });
        await dialog.getByRole('button', { name: 'Add rule' }).waitFor();
        if (await before.count()) await before.click();
        await dialog.getByRole('button', { name: 'Add rule' }).click();
        await dialog.getByLabel('Name', { exact: true }).fill(RULE);
        await dialog
          .getByLabel('Groups', { exact: true })
          .fill('group:default/ml-platform');
        await dialog.getByLabel('Budget at most (USD)').fill('20');
        await dialog.getByLabel('Budget period at least').fill('30d');
        await dialog.getByRole('button', { name: 'Apply' }).click();
        await dialog
          .getByText(
            'Approve at once when the limits are at most $20 per 30 days and the requester is in ml-platform',
          )
          .waitFor();

        // What would happen to carol's request, before saving.
        const check = dialog.getByRole('region', { name: 'What would happen' });
        await check
          .getByLabel('For (user or group ref)')
          .fill('user:default/carol');
        await check.getByRole('button', { name: 'Check' }).click();
        await check.getByText(`Granted at once by rule “${RULE}”`).waitFor();
        await adminPage.waitForTimeout(300); // the alert settles
        await adminPage.screenshot({
          path: path.join(artifacts, 'approval-rules-editor-1280.png'),
          fullPage: true,
        });
        await dialog.getByRole('button', { name: 'Save rules' }).click();
        await dialog.waitFor({ state: 'hidden' });
      } finally {
        await admin.close();
      }

      await signInAs(page, 'carol');
      await page.goto(`${APP}/litemaas/models/${MODEL}`);
      await page.getByRole('heading', { name: MODEL }).first().waitFor();
      // (A second try finds carol's grant from the first.)
      const request = page.getByRole('button', { name: 'Request access' });
      if (await request.count()) {
        await request.click();
        const ask = page.getByRole('dialog');
        await ask
          .getByLabel('Justification', { exact: false })
          .fill('Summarise ML platform incident reports');
        await ask.getByRole('button', { name: 'Submit request' }).click();
        await ask.waitFor({ state: 'hidden' });
        // Granted at once, not waiting for review.
        await page
          .getByText(`Access to ${MODEL} granted. It is ready to use.`)
          .waitFor();
      }

      await page.goto(`${APP}/litemaas/access`);
      const row = page.getByRole('row', { name: new RegExp(MODEL) }).first();
      await row
        .getByText(/granted/i)
        .first()
        .waitFor();
      await page
        .getByRole('button', { name: `Show history of ${MODEL}` })
        .click();
      const history = page.getByRole('list', { name: 'Request history' });
      await history.getByText('LiteMaaS granted access').waitFor();
      assert.match(
        await history.innerText(),
        new RegExp(
          `Approved by rule “${RULE}”: limits within its ceiling, carol in ml-platform`,
        ),
      );
    },
  },
];
