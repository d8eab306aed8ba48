// Browser test of usage: after traffic on a key (the key loop's calls, made
// here again so the test stands alone), an admin pulls usage from LiteLLM
// and sees it on the Usage page and on the model's usage card.
const assert = require('node:assert/strict');
const path = require('node:path');
const { signInAs } = require('./auth');

const APP = 'http://localhost:3000';
const GATEWAY = 'http://localhost:4000';
const MASTER_KEY = 'sk-litemaas-dev-master-key';
const MODEL = 'text-embedding-3-small';

module.exports = [
  {
    name: 'an admin sees usage with data on the Usage page and the model usage card',
    async run({ page, artifacts }) {
      // Traffic from a key made outside the portal: it shows as such.
      const generated = await fetch(`${GATEWAY}/key/generate`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${MASTER_KEY}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          key_alias: `e2e-usage-${Date.now()}`,
          models: [MODEL],
        }),
      }).then(r => r.json());
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${GATEWAY}/v1/embeddings`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${generated.key}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({
            model: MODEL,
            input: `quarterly report ${i}`,
          }),
        });
        assert.equal(res.status, 200);
      }

      await signInAs(page, 'dana');
      await page.goto(`${APP}/litemaas/usage`);
      await page.getByRole('button', { name: 'Sync now' }).click();
      await page.getByRole('button', { name: 'Everyone' }).click();
      const byModel = page.getByRole('table', { name: /By model/i });
      await byModel.getByText(MODEL).first().waitFor();
      await page
        .getByText(/created outside the portal/i)
        .first()
        .waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'usage-everyone.png'),
        fullPage: true,
      });

      // Admins review every model, so the model page shows its usage card.
      await page.goto(`${APP}/litemaas/models/${MODEL}`);
      await page.getByText('By consumer').first().waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'model-usage-card.png'),
        fullPage: true,
      });
    },
  },
];
