// Browser test of offboarding: a person with a grant and a key leaves the
// running portal's catalog; two offboarding runs later dana sees them
// departing in Keys admin → Offboarding, keeps them, and finds it in the
// audit trail.
//
// The person comes and goes through e2e/catalog-people.yaml, a catalog
// location app-config.yaml allows Users from (the catalog refuses Users
// from locations registered through its API). The file holds nobody
// outside this test, which puts it back as it was.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { signInAs, tokenOf } = require('./auth');
const { APP, BACKEND } = require('./urls');

const MODEL = 'gpt-4o-mini'; // open: access is granted on request

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

function client(token) {
  return async (method, route, body) => {
    const res = await fetch(`${BACKEND}${route}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body && { 'Content-Type': 'application/json' }),
      },
      body: body && JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
}

/** Polls until `check` answers something truthy, or fails after `ms`. */
async function until(what, check, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out: ${what}`);
    await sleep(500);
  }
}

/**
 * One offboarding run, started now and finished. A trigger that lands
 * while the scheduler still holds the last run's lock is dropped, so it is
 * asked again. A portal just started runs none before the task's initial
 * delay (2 minutes): the first run may wait that long.
 */
async function runOffboarding(api) {
  let asked = await api('POST', '/api/litemaas/admin/offboarding/run');
  assert.equal(asked.status, 200, JSON.stringify(asked.body));
  let askedAt = Date.now();
  return until(
    'an offboarding run',
    async () => {
      const { body } = await api('GET', '/api/litemaas/admin/offboarding/run');
      const requestedAt = asked.body.requestedAt;
      if (
        body.status !== 'running' &&
        body.finishedAt &&
        body.finishedAt >= requestedAt
      ) {
        assert.equal(body.status, 'ok', body.error);
        return body;
      }
      if (body.status !== 'running' && Date.now() - askedAt > 12_000) {
        asked = await api('POST', '/api/litemaas/admin/offboarding/run');
        askedAt = Date.now();
      }
      return undefined;
    },
    150_000,
  );
}

module.exports = [
  {
    name: 'a person leaves the catalog: dana sees them departing, keeps them, and finds it in the audit trail',
    async run({ page, artifacts, root }) {
      const file = path.join(root, 'e2e', 'catalog-people.yaml');
      const original = fs.readFileSync(file, 'utf8');
      const name = `leaver-${Date.now().toString(36)}`;
      const ref = `user:default/${name}`;

      await signInAs(page, 'dana');
      await page.setViewportSize({ width: 1280, height: 900 });
      const api = client(await tokenOf(page));

      const { body: locations } = await api(
        'GET',
        `/api/catalog/entities/by-query?filter=${encodeURIComponent(
          `kind=location,spec.target=${file}`,
        )}`,
      );
      const location = locations.items[0];
      assert.ok(location, `no catalog location reads ${file}`);
      const refreshLocation = () =>
        api('POST', '/api/catalog/refresh', {
          entityRef: `location:default/${location.metadata.name}`,
        });
      const entity = () =>
        api('GET', `/api/catalog/entities/by-name/user/default/${name}`);

      try {
        // The person joins the catalog.
        fs.writeFileSync(
          file,
          `${original}apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: ${name}
spec:
  profile:
    displayName: Leaver (browser test)
  memberOf: []
`,
        );
        await refreshLocation();
        await until('the person in the catalog', async () => {
          const res = await entity();
          return res.status === 200 && res.body;
        });

        // A grant and a personal key, given by dana.
        const granted = await api('POST', '/api/litemaas/access-requests', {
          modelName: MODEL,
          subjectRef: ref,
          justification: 'Offboarding browser test',
        });
        assert.equal(granted.status, 201, JSON.stringify(granted.body));
        assert.equal(granted.body.status, 'granted');
        const key = await api('POST', '/api/litemaas/keys', {
          name: `${name} laptop`,
          models: [MODEL],
          subjectRef: ref,
        });
        assert.equal(key.status, 201, JSON.stringify(key.body));

        // A run while they are in the catalog: the portal has seen them.
        await runOffboarding(api);

        // They leave: out of the file, and out of the catalog (a person no
        // file names stays as an orphan until deleted).
        fs.writeFileSync(file, original);
        await until('the person gone from the catalog', async () => {
          const res = await entity();
          if (res.status === 404) return true;
          const deleted = await api(
            'DELETE',
            `/api/catalog/entities/by-uid/${res.body.metadata.uid}`,
          );
          assert.equal(deleted.status, 204, JSON.stringify(deleted.body));
          return false;
        });

        // Two reads that miss them: departing.
        const first = await runOffboarding(api);
        assert.ok(first.report.missing >= 1, JSON.stringify(first.report));
        await runOffboarding(api);
        const { body: departures } = await api(
          'GET',
          '/api/litemaas/admin/offboarding',
        );
        const departure = departures.items.find(d => d.subjectRef === ref);
        assert.equal(departure?.status, 'departing');

        // The page shows it, and keeps them after asking.
        await page.goto(`${APP}/litemaas/admin/keys?section=offboarding`);
        await page
          .getByRole('tab', { name: 'Offboarding', selected: true })
          .waitFor();
        const row = page.getByRole('row').filter({
          has: page.getByText(name, { exact: true }),
        });
        await row.getByText('Departing', { exact: true }).waitFor();
        await row.getByText(/^Keys and grants end on /).waitFor();
        await page.screenshot({
          path: path.join(artifacts, 'offboarding-1280.png'),
          fullPage: true,
        });
        await row.getByRole('button', { name: `Keep ${name}` }).click();
        const dialog = page.getByRole('dialog', { name: `Keep ${name}?` });
        await dialog.getByRole('button', { name: 'Keep', exact: true }).click();
        await dialog.waitFor({ state: 'hidden' });
        await row.getByText('Kept', { exact: true }).waitFor();
        await row.getByText('Kept by dana: nothing ends').waitFor();
        assert.equal(
          await row.getByRole('button', { name: `Keep ${name}` }).count(),
          0,
        );
        // The notice fades on its own; the screenshot shows the row.
        await page
          .getByText(`${name} is kept.`)
          .waitFor({ state: 'hidden', timeout: 15_000 })
          .catch(() => {});
        await page.screenshot({
          path: path.join(artifacts, 'offboarding-kept-1280.png'),
          fullPage: true,
        });

        // The audit trail, searched for offboarding, has both steps.
        await page
          .getByRole('link', { name: 'Offboarding in the audit trail' })
          .click();
        await page
          .getByRole('tab', { name: 'Audit', selected: true })
          .waitFor();
        for (const action of [
          'Kept a user who left the catalog',
          'Marked a user departing (left the catalog)',
        ]) {
          await page
            .getByRole('row')
            .filter({ hasText: action })
            .filter({ hasText: name })
            .first()
            .waitFor({ timeout: 30_000 });
        }
      } finally {
        // Whatever failed, the file names nobody again and the person is
        // not left in the catalog as an orphan.
        fs.writeFileSync(file, original);
        const left = await entity().catch(() => undefined);
        if (left?.status === 200) {
          await api(
            'DELETE',
            `/api/catalog/entities/by-uid/${left.body.metadata.uid}`,
          ).catch(() => {});
        }
      }
    },
  },
];
