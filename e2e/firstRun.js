// Browser tests of what a first visit meets: the workshop template on the
// Create page, with its form.
const path = require('node:path');
const { signInAs } = require('./auth');
const { APP } = require('./urls');

module.exports = [
  {
    name: 'the workshop template is on the Create page and opens its form',
    async run({ page, artifacts }) {
      await signInAs(page, 'dana');
      await page.goto(`${APP}/create`);
      const card = page
        .locator('article, [class*="MuiCard-root"]')
        .filter({ hasText: 'Workshop API keys' })
        .first();
      await card.waitFor({ timeout: 30_000 });
      await page.screenshot({
        path: path.join(artifacts, 'create-templates.png'),
        fullPage: true,
      });
      await card.getByRole('button', { name: 'Choose' }).click();
      await page
        .getByLabel(/Alias prefix/)
        .first()
        .waitFor();
      await page.getByText('Participants').first().waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'create-workshop-form.png'),
        fullPage: true,
      });
    },
  },
];
