// Browser test of grants that end: bob asks for a model whose grants last
// at most 90 days and picks an end; dana approves; bob sees the end on My
// access, asks to extend it, dana approves the extension from Review, and
// bob sees the new end.
const assert = require('node:assert/strict');
const path = require('node:path');
const { signInAs } = require('./auth');
const { dayFromToday } = require('./days');
const { APP } = require('./urls');

const MODEL = 'claude-3-5-haiku'; // maxGrantDays: 90 in app-config.yaml

module.exports = [
  {
    name: 'bob asks for a model with an end date, asks to extend the grant, and dana extends it',
    async run({ page, browser, artifacts }) {
      await signInAs(page, 'bob');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${APP}/litemaas/models/${MODEL}`);
      await page.getByRole('heading', { name: MODEL }).first().waitFor();
      await page.getByRole('button', { name: 'Request access' }).click();
      const dialog = page.getByRole('dialog');
      const end = dialog.getByLabel('End date', { exact: false });
      // The model requires an end: it starts at its longest, 90 days.
      assert.equal(await end.inputValue(), dayFromToday(90));
      assert.equal(await end.getAttribute('max'), dayFromToday(90));
      await end.fill(dayFromToday(10));
      await dialog
        .getByLabel('Justification', { exact: false })
        .fill('Evaluate Haiku for ticket triage');
      await dialog.getByRole('button', { name: 'Submit request' }).click();
      await dialog.waitFor({ state: 'hidden' });

      const admin = await browser.newContext({
        viewport: { width: 1440, height: 900 },
      });
      try {
        const adminPage = await admin.newPage();
        adminPage.setDefaultTimeout(60_000);
        await signInAs(adminPage, 'dana');
        await adminPage.goto(`${APP}/litemaas/review`);
        await adminPage
          .getByRole('checkbox', {
            name: new RegExp(`bob.*${MODEL}|${MODEL}.*bob`, 'i'),
          })
          .check();
        await adminPage
          .getByRole('button', { name: 'Approve', exact: true })
          .first()
          .click();
        const approve = adminPage.getByRole('dialog');
        await approve.getByRole('button', { name: 'Approve' }).click();
        await approve.waitFor({ state: 'hidden' });
      } finally {
        await admin.close();
      }

      // Bob sees when it ends, and asks for ten more days.
      await page.goto(`${APP}/litemaas/access`);
      const row = page.getByRole('row', { name: new RegExp(MODEL) }).first();
      await row
        .getByText(/granted/i)
        .first()
        .waitFor();
      assert.match(await row.innerText(), /Ends /);
      await row.getByRole('button', { name: `Ask to extend ${MODEL}` }).click();
      const extend = page.getByRole('dialog', {
        name: `Ask to extend ${MODEL}`,
      });
      await extend
        .getByLabel('New end date', { exact: false })
        .fill(dayFromToday(20));
      await extend
        .getByLabel('Justification', { exact: false })
        .fill('The triage pilot runs two more weeks');
      await extend.getByRole('button', { name: 'Ask to extend' }).click();
      await extend.waitFor({ state: 'hidden' });
      await row.getByText(/Extension asked until/).waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'grant-end-access-1280.png'),
        fullPage: true,
      });
      const endBefore = await row.innerText();

      // Dana approves the extension from Review's Extensions.
      const admin2 = await browser.newContext({
        viewport: { width: 1440, height: 900 },
      });
      try {
        const adminPage = await admin2.newPage();
        adminPage.setDefaultTimeout(60_000);
        await signInAs(adminPage, 'dana');
        await adminPage.goto(`${APP}/litemaas/review`);
        await adminPage
          .getByText(/Extensions waiting \(\d+\)/)
          .first()
          .waitFor();
        await adminPage
          .getByRole('button', {
            name: new RegExp(`Approve the extension of ${MODEL}`),
          })
          .first()
          .click();
        const approve = adminPage.getByRole('dialog');
        await approve.getByRole('button', { name: 'Extend' }).waitFor();
        await adminPage.waitForTimeout(500); // the dialog fades in
        await adminPage.screenshot({
          path: path.join(artifacts, 'grant-end-extension-1440.png'),
          fullPage: true,
        });
        await approve.getByRole('button', { name: 'Extend' }).click();
        await approve.waitFor({ state: 'hidden' });
      } finally {
        await admin2.close();
      }

      await page.reload();
      const after = page.getByRole('row', { name: new RegExp(MODEL) }).first();
      await after
        .getByText(/granted/i)
        .first()
        .waitFor();
      const text = await after.innerText();
      assert.doesNotMatch(text, /Extension asked/);
      assert.notEqual(text, endBefore, 'the end moved');
    },
  },
];
