// Browser test of the KServe provider's entities: the example model servers
// are in the catalog, with the Model card linking them to LiteMaaS.
const path = require('node:path');
const { signInAs } = require('./auth');
const { APP } = require('./urls');

// examples/inference-services/maas__ibm-granite-2b-gpu__model.yaml, cluster
// "example", namespace "llm".
const ENTITY = '/catalog/default/component/example-llm-ibm-granite-2b-gpu';

module.exports = [
  {
    name: 'the example model servers show in the catalog with the Model card',
    async run({ page, artifacts }) {
      await signInAs(page, 'carol');
      // The provider runs shortly after start; wait for the entity.
      for (let attempt = 0; ; attempt++) {
        await page.goto(`${APP}${ENTITY}`);
        const found = await page
          .getByRole('heading', { name: 'Granite 3.1 Instruct (GPU)' })
          .first()
          .waitFor({ timeout: 10_000 })
          .then(() => true)
          .catch(() => false);
        if (found) break;
        if (attempt >= 5) throw new Error(`${ENTITY} never appeared`);
      }
      await page.getByText('model-server').first().waitFor();
      const card = page.locator('div').filter({
        has: page.getByRole('heading', { name: 'Model', exact: true }),
      });
      await card.getByText('granite-3.1-2b-instruct').first().waitFor();
      await card.getByText('1 per replica (nvidia-gpu)').first().waitFor();
      await card
        .getByRole('button', { name: 'Request access' })
        .first()
        .waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'catalog-model-server.png'),
        fullPage: true,
      });
      await page.getByText('AI access', { exact: true }).first().click();
      await page
        .getByText(/My requests and grants/i)
        .first()
        .waitFor();
    },
  },
];
