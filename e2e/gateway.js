// Calls to the gateway (the LiteLLM emulator) from outside the browser, as
// a developer's client would.
const GATEWAY = 'http://localhost:4000';

/** One chat with the model and key; the HTTP status of the answer. */
async function chatStatus(key, model) {
  const res = await fetch(`${GATEWAY}/v1/chat/completions`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${key}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      model,
      messages: [{ role: 'user', content: 'Hello' }],
    }),
  });
  return res.status;
}

module.exports = { GATEWAY, chatStatus };
