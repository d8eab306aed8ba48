// Every page at the two widths people use (1280 and 1440 px): nothing
// sticks out sideways, no word is broken across lines inside a table, and
// axe-core finds no serious or critical accessibility violation.
const assert = require('node:assert/strict');
const path = require('node:path');
const { signInAs } = require('./auth');
const { englishToFind, exampleDescriptions } = require('./messages');
const { APP } = require('./urls');

const ENTITY = '/catalog/default/component/example-llm-ibm-granite-2b-gpu';
const WIDTHS = [1280, 1440];

/**
 * Words Backstage 1.55 fixes when the app starts, whatever the reader's
 * language: the entity page's tab titles (an EntityContentBlueprint title
 * is a plain string, read once by the catalog's entity page) and its
 * "Catalog" breadcrumb. A deployment in one language sets them in
 * app-config (README, "Languages"); they are allowed on entity pages only.
 * With them the entity's kind in its header ("Component"): data, not
 * words of the app, and the same as a word of ours (Usage's "Group by").
 */
const ENTITY_FIXED = [
  'Overview',
  'AI access',
  'Usage',
  'Playground',
  'Catalog',
  'Component',
];

/** Each page, and what shows when it has loaded. */
const PAGES = [
  {
    name: 'models',
    url: '/litemaas',
    ready: { role: 'cell', name: /gpt-4o-mini/ },
  },
  {
    name: 'model',
    url: '/litemaas/models/gpt-4o-mini',
    ready: { text: 'Endpoint' },
  },
  {
    name: 'my-access',
    url: '/litemaas/access',
    ready: { text: /My access \(|You have no model access yet/ },
  },
  {
    name: 'keys',
    url: '/litemaas/keys',
    ready: { role: 'button', name: /Create key/i },
  },
  {
    name: 'usage',
    url: '/litemaas/usage',
    ready: { text: /By model|No usage in this period/ },
  },
  {
    name: 'review',
    url: '/litemaas/review',
    ready: { text: /Waiting for review|No requests waiting for you/ },
  },
  {
    name: 'review-recertification',
    url: '/litemaas/review?tab=recertification',
    ready: {
      text: /Recertification campaigns \(|No recertification campaigns yet/,
    },
  },
  {
    name: 'review-top-ups',
    url: '/litemaas/review?tab=top-ups',
    ready: { text: /Budget top-ups waiting \(|No top-ups waiting for you/ },
  },
  {
    name: 'review-deprecations',
    url: '/litemaas/review?tab=deprecations',
    ready: { text: /Deprecated models \(|No model is deprecated/ },
  },
  {
    name: 'manage-models',
    url: '/litemaas/admin',
    ready: { role: 'cell', name: /gpt-4o-mini/ },
  },
  {
    name: 'keys-admin',
    url: '/litemaas/admin/keys',
    ready: { role: 'table', name: 'All keys' },
  },
  {
    name: 'keys-admin-settings',
    url: '/litemaas/admin/keys?section=settings',
    ready: { role: 'heading', name: 'Key settings' },
  },
  {
    name: 'keys-admin-teams',
    url: '/litemaas/admin/keys?section=teams',
    ready: { role: 'heading', name: 'Team budgets' },
  },
  {
    name: 'keys-admin-reconcile',
    url: '/litemaas/admin/keys?section=reconcile',
    ready: { role: 'heading', name: 'Reconciliation' },
  },
  {
    name: 'entity',
    url: ENTITY,
    ready: { role: 'heading', name: 'Model' },
    fixed: ENTITY_FIXED,
  },
  {
    name: 'entity-access',
    url: `${ENTITY}/litemaas`,
    ready: { text: /My requests and grants/i },
    fixed: ENTITY_FIXED,
  },
  {
    name: 'entity-usage',
    url: `${ENTITY}/usage`,
    ready: { text: /Spend|No usage/ },
    fixed: ENTITY_FIXED,
  },
  { name: 'audit', url: '/litemaas/audit', ready: { role: 'table' } },
];

/**
 * Moves to a page inside the app as a link would: the router follows the
 * history, without reloading the bundle or the session.
 */
async function navigate(page, url) {
  await page.evaluate(to => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
  }, url);
}

/** Waits for what shows when the page has loaded; false if it never did. */
async function waitUntilReady(page, ready) {
  const locator = ready.role
    ? page.getByRole(ready.role, { name: ready.name })
    : page.getByText(ready.text);
  const shown = await locator
    .first()
    .waitFor({ timeout: 30_000 })
    .then(() => true)
    .catch(() => false);
  // Let lazy parts (charts, counts) settle before measuring.
  await page.waitForTimeout(500);
  return shown;
}

/**
 * Waits for a page in any language to load: no progress bar left in the
 * main area for a moment, then lazy parts settle.
 */
async function settled(page) {
  const deadline = Date.now() + 6_000;
  let quiet = 0;
  while (Date.now() < deadline && quiet < 3) {
    const busy = await page.locator('main [role="progressbar"]').count();
    quiet = busy ? 0 : quiet + 1;
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(500);
}

/**
 * Runs in the page: what sticks out to the right of the window, and every
 * word in a table cell whose letters land on more than one line.
 */
function measureLayout() {
  const width = document.documentElement.clientWidth;
  const overflow = [];
  if (document.documentElement.scrollWidth > width + 1) {
    overflow.push(`the page is ${document.documentElement.scrollWidth}px wide`);
  }
  // A table in a scrolling box hides its overflow; report it too.
  for (const box of document.querySelectorAll('table')) {
    let el = box.parentElement;
    while (el && el !== document.body) {
      const style = getComputedStyle(el);
      if (
        /(auto|scroll)/.test(style.overflowX) &&
        el.scrollWidth > el.clientWidth + 1
      ) {
        const label =
          box.getAttribute('aria-label') ||
          box.querySelector('th')?.textContent ||
          'a table';
        overflow.push(
          `${label} scrolls sideways (${el.scrollWidth}px in ${el.clientWidth}px)`,
        );
        break;
      }
      el = el.parentElement;
    }
  }
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  // A line that ends on a word's own hyphen ("ml-" / "platform") is how
  // such words wrap; a break anywhere else inside a word is not.
  const onlyAfterHyphens = (node, match) => {
    const topOf = i => {
      const r = document.createRange();
      r.setStart(node, match.index + i);
      r.setEnd(node, match.index + i + 1);
      const rect = [...r.getClientRects()].find(x => x.width > 0);
      return rect ? Math.round(rect.top) : undefined;
    };
    let previous = topOf(0);
    for (let i = 1; i < match[0].length; i++) {
      const top = topOf(i);
      if (top === undefined) continue;
      if (
        previous !== undefined &&
        top !== previous &&
        match[0][i - 1] !== '-'
      ) {
        return false;
      }
      previous = top;
    }
    return true;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const cell = node.parentElement?.closest('td, th');
    if (!cell) continue;
    const text = node.textContent ?? '';
    for (const match of text.matchAll(/\S+/g)) {
      // Words that may break by design: addresses and identifiers.
      if (match[0].length < 3 || /[/:@]/.test(match[0])) continue;
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set(
        [...range.getClientRects()]
          .filter(r => r.width > 0)
          .map(r => Math.round(r.top)),
      );
      if (tops.size > 1 && !onlyAfterHyphens(node, match)) {
        broken.push(match[0]);
      }
    }
  }
  // A sidebar item's words cut with an ellipsis ("Benachrichtig…").
  for (const item of document.querySelectorAll('nav a, nav button')) {
    for (const el of [item, ...item.querySelectorAll('*')]) {
      const style = getComputedStyle(el);
      if (
        style.textOverflow === 'ellipsis' &&
        el.scrollWidth > el.clientWidth + 1 &&
        el.textContent.trim()
      ) {
        overflow.push(`the sidebar cuts "${el.textContent.trim()}"`);
      }
    }
  }
  return { overflow, broken: [...new Set(broken)] };
}

/**
 * Runs in the page: which of `english` (phrases, each checked as whole
 * words) show in the visible text. Code and identifiers are data, not
 * words of the portal.
 */
function visibleEnglish({ english, data }) {
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('code, pre, script, style')) continue;
    if (!parent.getClientRects().length) continue;
    const text = node.textContent.trim();
    if (text) texts.push(text);
  }
  // Tooltips and accessible names are words too.
  for (const el of document.querySelectorAll('[aria-label], [title]')) {
    if (!el.getClientRects().length) continue;
    for (const name of ['aria-label', 'title']) {
      const value = el.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  // Owners' descriptions of their models and entities are theirs.
  let all = texts.join('\n');
  for (const text of data) all = all.split(text).join(' ');
  const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [];
  for (const phrase of english) {
    // Whole words only: a hyphen joins words ("Prompt" is not left in
    // "Prompt-Cache"), and names such as user:default/ana are data.
    const match = new RegExp(
      `(?<![\\p{L}\\p{N}\\-:/@._])${escape(phrase)}(?![\\p{L}\\p{N}\\-:/@_])`,
      'u',
    ).exec(all);
    if (match) {
      const around = all
        .slice(Math.max(0, match.index - 30), match.index + phrase.length + 30)
        .replace(/\s+/g, ' ');
      found.push(`${phrase} («${around}»)`);
    }
  }
  return found;
}

/**
 * Gives the signed-in admin a grant and a key, so the My access and API
 * keys tables have rows to measure even when this test runs alone.
 */
async function seedRows(page) {
  const model = 'gpt-4o-mini';
  await page.goto(`${APP}/litemaas/models/${model}`);
  await page.getByRole('heading', { name: model }).first().waitFor();
  await page.waitForTimeout(1000);
  const request = page.getByRole('button', { name: 'Request access' });
  if (await request.count()) {
    await request.first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Submit request' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
  await navigate(page, '/litemaas/keys');
  await page.getByRole('button', { name: 'Create key' }).click();
  const create = page.getByRole('dialog', { name: 'Create an API key' });
  await create.getByLabel('Name').fill(`layout check ${Date.now()}`);
  await create.getByRole('checkbox', { name: new RegExp(model) }).check();
  await create.getByRole('button', { name: 'Create', exact: true }).click();
  const issued = page.getByRole('dialog', { name: 'Copy this key now' });
  await issued.waitFor();
  await issued.getByRole('button', { name: 'Copy', exact: true }).click();
  await issued.getByRole('button', { name: 'Done' }).click();
  await issued.waitFor({ state: 'hidden' });
}

const tests = [
  {
    name: 'every page fits at 1280 and 1440 px, breaks no word, and passes axe',
    async run({ page, artifacts, root }) {
      await page
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write']);
      await signInAs(page, 'dana');
      await seedRows(page);
      const axeSource = require('node:fs').readFileSync(
        require.resolve('axe-core/axe.min.js', { paths: [root] }),
        'utf8',
      );
      const problems = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        for (const target of PAGES) {
          await navigate(page, target.url);
          if (!(await waitUntilReady(page, target.ready))) {
            problems.push(
              `${target.name} @${width}: never showed ${
                target.ready.name ?? target.ready.text
              }`,
            );
          }
          const { overflow, broken } = await page.evaluate(measureLayout);
          for (const o of overflow)
            problems.push(`${target.name} @${width}: ${o}`);
          if (broken.length) {
            problems.push(
              `${target.name} @${width}: words broken in cells: ${broken.join(
                ', ',
              )}`,
            );
          }
          await page.screenshot({
            path: path.join(artifacts, `layout-${target.name}-${width}.png`),
            fullPage: true,
          });
          if (width !== WIDTHS[0]) continue;
          // Accessibility once per page: it does not depend on the width.
          if (!(await page.evaluate(() => Boolean(window.axe)))) {
            // Evaluated, not added as an inline <script>: the production
            // app's Content-Security-Policy forbids inline scripts.
            await page.evaluate(axeSource);
          }
          const violations = await page.evaluate(async () => {
            // Backstage's own toasts (alertApi) pass by in a few seconds and
            // are not this plugin's to style.
            const result = await window.axe.run(
              { exclude: [['[data-react-aria-top-layer]']] },
              {
                resultTypes: ['violations'],
              },
            );
            return result.violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                targets: v.nodes
                  .slice(0, 3)
                  .map(n => `${n.target.join(' ')} ${n.html.slice(0, 160)}`),
              }));
          });
          for (const v of violations) {
            problems.push(
              `${target.name}: axe ${v.impact} ${v.id} (${
                v.help
              }) at ${v.targets.join(' | ')}`,
            );
          }
        }
      }
      // A page reached by its address (a full load, as from a bookmark or
      // a notification) highlights its own tab once the page is up.
      for (const [url, tab] of [
        ['/litemaas/review', 'Review'],
        ['/litemaas/admin/keys?section=teams', 'Keys admin'],
        ['/litemaas/usage', 'Usage'],
      ]) {
        await page.goto(`${APP}${url}`);
        const selected = page.locator('[role="tab"][aria-selected="true"]');
        const shown = await page
          .getByRole('tab', { name: tab })
          .waitFor({ timeout: 30_000 })
          .then(() => true)
          .catch(() => false);
        // Give the tab bar a moment to settle on the page's own tab.
        await page.waitForTimeout(1000);
        const text = shown ? await selected.first().innerText() : '(no tabs)';
        if (text.toLowerCase() !== tab.toLowerCase()) {
          problems.push(`${url}: the highlighted tab is ${text}, not ${tab}`);
        }
      }
      assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
    },
  },
];

/**
 * Words of the app and the catalog around the plugin, in English: none may
 * show on a page in German (the app ships their German).
 */
const FRAME_ENGLISH = [
  'Catalog',
  'AI Models',
  'Notifications',
  'Settings',
  'Overview',
  'Lifecycle',
  'Owner',
];

/**
 * German at both widths: nothing sticks out, no word is broken, and no
 * English is left (the plugin's, the app's and the catalog's words).
 */
const german = [
  {
    name: 'every page fits in German too, at 1280 and 1440 px, breaking no word',
    async run({ page, artifacts, root }) {
      await signInAs(page, 'dana');
      // The language Settings stores, as a reader who picked German.
      await page.evaluate(() => window.localStorage.setItem('language', 'de'));
      await page.reload();
      await page
        .getByRole('tab', { name: 'Modelle' })
        .or(page.getByText('KI-Modelle'))
        .first()
        .waitFor({ timeout: 60_000 })
        .catch(() => undefined);
      const problems = [];
      const english = [...englishToFind('de', root), ...FRAME_ENGLISH];
      const data = exampleDescriptions(root);
      // Each page loads once and is measured at both widths.
      for (const target of PAGES) {
        await page.setViewportSize({ width: WIDTHS[0], height: 900 });
        await navigate(page, target.url);
        await settled(page);
        const fixed = new Set(target.fixed ?? []);
        const left = await page.evaluate(visibleEnglish, {
          english: english.filter(phrase => !fixed.has(phrase)),
          data,
        });
        if (left.length) {
          problems.push(
            `${target.name} (de): English left: ${left.join(' | ')}`,
          );
        }
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.waitForTimeout(300);
          const { overflow, broken } = await page.evaluate(measureLayout);
          for (const o of overflow)
            problems.push(`${target.name} @${width} (de): ${o}`);
          if (broken.length) {
            problems.push(
              `${
                target.name
              } @${width} (de): words broken in cells: ${broken.join(', ')}`,
            );
          }
          await page.screenshot({
            path: path.join(artifacts, `layout-de-${target.name}-${width}.png`),
            fullPage: true,
          });
        }
      }
      await page.evaluate(() => window.localStorage.removeItem('language'));
      assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
    },
  },
];

module.exports = [...tests, ...german];
