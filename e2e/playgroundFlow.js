// Browser test of the playground: a developer with access chats with a model
// on its page. The browser streams the answer from the gateway (the LiteLLM
// emulator) with a session key the portal issued and never shows; ending the
// session revokes the key.
const assert = require('node:assert/strict');
const path = require('node:path');
const { signInAs } = require('./auth');
const { GATEWAY, chatStatus: chatWith } = require('./gateway');
const { APP } = require('./urls');

const MODEL = 'gpt-4o-mini';

module.exports = [
  {
    name: 'bob chats with a model in its playground, streaming from the gateway, and ends the session',
    async run({ page, artifacts }) {
      await signInAs(page, 'bob');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${APP}/litemaas/models/${MODEL}`);
      // An open model: access is granted on request (unless an earlier
      // test of this run asked already).
      const request = page.getByRole('button', { name: 'Request access' });
      const playground = page.getByRole('heading', { name: 'Playground' });
      await Promise.race([request.waitFor(), playground.waitFor()]);
      if (await request.isVisible()) {
        await request.click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: 'Submit request' }).click();
        await dialog.waitFor({ state: 'hidden' });
      }
      await playground.waitFor();
      await page.getByText('No session yet').waitFor();

      await page.getByLabel('System prompt').fill('Answer in one sentence.');
      await page.getByLabel('Max tokens').fill('300');
      const sessionStarted = page.waitForResponse(
        r =>
          r.url().endsWith('/api/litemaas/playground/sessions') &&
          r.request().method() === 'POST',
      );
      const gatewayCall = page.waitForRequest(
        r => r.url() === `${GATEWAY}/v1/chat/completions`,
      );
      await page.getByLabel('Message').fill('What is a virtual key?');
      await page.getByLabel('Message').press('Enter');

      const started = await sessionStarted;
      assert.equal(started.status(), 201);
      const { value, session } = await started.json();
      assert.match(value, /^sk-/);
      assert.equal(session.model, MODEL);
      // The browser calls the gateway itself, with the session's key.
      const call = await gatewayCall;
      assert.equal(call.headers().authorization, `Bearer ${value}`);
      const sent = JSON.parse(call.postData());
      assert.equal(sent.stream, true);
      assert.equal(sent.max_tokens, 300);
      assert.deepEqual(sent.messages[0], {
        role: 'system',
        content: 'Answer in one sentence.',
      });

      // Streaming: the answer grows on the page before it is complete.
      const answer = page.locator(
        '[data-testid="litemaas-playground-transcript"] [data-role="assistant"]',
      );
      const lengths = new Set();
      const deadline = Date.now() + 15_000;
      for (;;) {
        const text = (await answer.last().textContent()) ?? '';
        if (text.includes('emulated')) lengths.add(text.length);
        else if (text && !text.startsWith('Waiting')) lengths.add(text.length);
        if (text.includes(`(emulated ${MODEL} reply`) && text.endsWith(')'))
          break;
        assert.ok(Date.now() < deadline, 'the answer did not finish');
        await page.waitForTimeout(15);
      }
      assert.ok(
        lengths.size >= 3,
        `the answer arrived in pieces (saw ${lengths.size} lengths)`,
      );
      await page.getByText(/\d+ in · \d+ out/).waitFor();
      await page.getByText(/This session: \d+ tokens/).waitFor();
      await page.getByText(/Session key expires in/).waitFor();

      // The key is never on the page, nor in "copy as code".
      await page.getByRole('button', { name: 'Copy as code' }).click();
      const code = page.getByRole('dialog', { name: 'This request as code' });
      await code
        .getByText(/LITELLM_API_KEY/)
        .first()
        .waitFor();
      await code.getByRole('tab', { name: 'Python' }).click();
      await code.getByText(/from openai import OpenAI/).waitFor();
      assert.ok(!(await page.content()).includes(value));
      await page.screenshot({
        path: path.join(artifacts, 'playground-code-1280.png'),
      });
      await code.getByRole('button', { name: 'Close' }).click();
      assert.ok(!(await page.content()).includes(value));

      await page
        .locator('#playground')
        .screenshot({ path: path.join(artifacts, 'playground-1280.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
      await page
        .locator('#playground')
        .screenshot({ path: path.join(artifacts, 'playground-1440.png') });

      // The key works until the session ends; then LiteLLM refuses it.
      assert.equal(await chatWith(value, MODEL), 200);
      const ended = page.waitForResponse(
        r =>
          r.url().endsWith(`/api/litemaas/playground/sessions/${session.id}`) &&
          r.request().method() === 'DELETE',
      );
      await page.getByRole('button', { name: 'End session' }).click();
      assert.equal((await ended).status(), 204);
      await page.getByText('Session ended; its key is revoked.').waitFor();
      assert.equal(await chatWith(value, MODEL), 401);

      // A new message starts a new session; leaving the page ends it.
      const second = page.waitForResponse(
        r =>
          r.url().endsWith('/api/litemaas/playground/sessions') &&
          r.request().method() === 'POST',
      );
      await page.getByLabel('Message').fill('And once more?');
      await page.getByRole('button', { name: 'Send' }).click();
      const next = await (await second).json();
      await page.getByText(/Session key expires in/).waitFor();
      await page
        .getByText(/\d+ in · \d+ out/)
        .nth(1)
        .waitFor();
      const left = page.waitForResponse(
        r =>
          r
            .url()
            .endsWith(`/api/litemaas/playground/sessions/${next.session.id}`) &&
          r.request().method() === 'DELETE',
      );
      await page.getByRole('tab', { name: 'Models' }).click();
      assert.equal((await left).status(), 204);
      assert.equal(await chatWith(next.value, MODEL), 401);
    },
  },
];
