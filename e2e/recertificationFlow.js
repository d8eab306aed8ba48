// Browser test of recertification: alice gets granite, carol (its owner)
// starts a recertification of her models, ends alice's grant with a
// reason, and exports the decisions; alice's access shows it ended.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { signInAs } = require('./auth');
const { dayFromToday } = require('./days');
const { APP } = require('./urls');

const MODEL = 'granite-3.1-2b-instruct'; // owned by ml-platform (carol)

module.exports = [
  {
    name: 'carol recertifies her model: she ends alice’s grant with a reason and exports the decisions',
    async run({ page, browser, artifacts }) {
      await signInAs(page, 'alice');
      await page.goto(`${APP}/litemaas/models/${MODEL}`);
      await page.getByRole('heading', { name: MODEL }).first().waitFor();
      await page.waitForTimeout(1000);
      const ask = page.getByRole('button', { name: 'Request access' });
      if (await ask.count()) {
        await ask.click();
        const dialog = page.getByRole('dialog');
        await dialog
          .getByLabel('Justification', { exact: false })
          .fill('Summaries for the payments runbook');
        await dialog.getByRole('button', { name: 'Submit request' }).click();
        await dialog.waitFor({ state: 'hidden' });
      }

      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
      });
      try {
        const carol = await context.newPage();
        carol.setDefaultTimeout(60_000);
        await signInAs(carol, 'carol');
        await carol.goto(`${APP}/litemaas/review`);
        await carol
          .getByText(/Waiting for review|No requests waiting for you/)
          .first()
          .waitFor();
        const pending = carol.getByRole('checkbox', {
          name: new RegExp(`alice.*${MODEL}|${MODEL}.*alice`, 'i'),
        });
        if (await pending.count()) {
          await pending.check();
          await carol
            .getByRole('button', { name: 'Approve', exact: true })
            .first()
            .click();
          const approve = carol.getByRole('dialog');
          await approve.getByRole('button', { name: 'Approve' }).click();
          await approve.waitFor({ state: 'hidden' });
        }

        // A campaign over every model she reviews, to settle in two weeks.
        await carol.getByRole('tab', { name: 'Recertification' }).click();
        await carol
          .getByRole('button', { name: 'Start a recertification' })
          .first()
          .click();
        const start = carol.getByRole('dialog');
        const name = `Granite review ${Date.now()}`;
        await start.getByLabel('Name', { exact: false }).fill(name);
        await start
          .getByLabel('Deadline', { exact: false })
          .fill(dayFromToday(14));
        await start.getByRole('button', { name: 'Start', exact: true }).click();
        await start.waitFor({ state: 'hidden' });

        const grants = carol.getByRole('table', {
          name: 'Grants under review',
        });
        const end = grants.getByRole('button', {
          name: new RegExp(
            `^End ${MODEL.replace(/\./g, '\\.')} for .*alice`,
            'i',
          ),
        });
        await end.waitFor();
        await end.click();
        const dialog = carol.getByRole('dialog');
        await dialog
          .getByLabel('Reason (optional)')
          .fill('The runbook pilot is over');
        await dialog.getByRole('button', { name: 'End grant' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await grants
          .getByRole('row', { name: /alice/i })
          .getByText('Ended', { exact: true })
          .waitFor();
        await carol.screenshot({
          path: path.join(artifacts, 'recertification-1280.png'),
          fullPage: true,
        });
        await carol.setViewportSize({ width: 1440, height: 900 });
        await carol.screenshot({
          path: path.join(artifacts, 'recertification-1440.png'),
          fullPage: true,
        });

        // The decisions, for auditors.
        const download = carol.waitForEvent('download');
        await carol.getByRole('button', { name: 'Export CSV' }).click();
        const file = await (await download).path();
        const csv = fs.readFileSync(file, 'utf8').trim().split('\n');
        assert.equal(
          csv[0],
          'campaign,model,subject,requestId,decision,decidedBy,decidedAt,reason,lastUsedDay,spend90d,requests90d',
        );
        const alices = csv.find(line => line.includes('user:default/alice'));
        assert.ok(alices, csv.join('\n'));
        assert.match(
          alices,
          new RegExp(
            `^${name},${MODEL},user:default/alice,[^,]+,end,user:default/carol,[^,]+,The runbook pilot is over,`,
          ),
        );
      } finally {
        await context.close();
      }

      // Alice sees the grant ended, and why.
      await page.goto(`${APP}/litemaas/access`);
      const row = page.getByRole('row', { name: new RegExp(MODEL) }).first();
      await row
        .getByText(/revoked/i)
        .first()
        .waitFor();
    },
  },
];
