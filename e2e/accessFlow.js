// Browser test of the access loop: a developer asks for a restricted model,
// an admin approves it, the developer sees the grant.
const path = require('node:path');
const { signInAs } = require('./auth');
const { APP } = require('./urls');

const MODEL = 'granite-3.1-2b-instruct';

module.exports = [
  {
    name: 'bob requests a restricted model, dana approves, bob sees the grant',
    async run({ page, browser, artifacts }) {
      await signInAs(page, 'bob');
      await page.goto(`${APP}/litemaas/models/${MODEL}`);
      await page.getByRole('heading', { name: MODEL }).waitFor();
      await page.getByRole('button', { name: 'Request access' }).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByLabel('Justification', { exact: false })
        .fill('Classify incoming support tickets for the payments team');
      await dialog.getByRole('button', { name: 'Submit request' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await page.goto(`${APP}/litemaas/access`);
      const bobsRow = page.getByRole('row', { name: new RegExp(MODEL) });
      await bobsRow
        .getByText(/pending/i)
        .first()
        .waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'access-pending.png'),
        fullPage: true,
      });

      // The admin approves it in another session.
      const admin = await browser.newContext({
        viewport: { width: 1440, height: 900 },
      });
      try {
        const adminPage = await admin.newPage();
        adminPage.setDefaultTimeout(60_000);
        await signInAs(adminPage, 'dana');
        await adminPage.goto(`${APP}/litemaas/review`);
        const request = adminPage.getByRole('checkbox', {
          name: new RegExp(`bob.*${MODEL}|${MODEL}.*bob`, 'i'),
        });
        await request.check();
        await adminPage
          .getByRole('button', { name: 'Approve', exact: true })
          .first()
          .click();
        const approve = adminPage.getByRole('dialog');
        await approve.getByRole('button', { name: 'Approve' }).click();
        await approve.waitFor({ state: 'hidden' });
        await adminPage.screenshot({
          path: path.join(artifacts, 'review-after-approve.png'),
          fullPage: true,
        });
      } finally {
        await admin.close();
      }

      await page.reload();
      await page
        .getByRole('row', { name: new RegExp(MODEL) })
        .getByText(/granted/i)
        .first()
        .waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'access-granted.png'),
        fullPage: true,
      });
    },
  },
];
