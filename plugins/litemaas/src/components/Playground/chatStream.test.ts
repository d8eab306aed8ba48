/**
 * @jest-environment node
 */
import { answerCost, GatewayError, streamChat, takeEvents } from './chatStream';
import { codeSnippet } from './codeSnippets';

/** A gateway answer that arrives in the given pieces. */
function streamed(pieces: string[], init: ResponseInit = {}) {
  const encoder = new TextEncoder();
  return new Response(
    new ReadableStream({
      start(controller) {
        for (const piece of pieces) controller.enqueue(encoder.encode(piece));
        controller.close();
      },
    }),
    { status: 200, headers: { 'content-type': 'text/event-stream' }, ...init },
  );
}

const chunk = (content: string, extra: object = {}) =>
  `data: ${JSON.stringify({
    choices: [{ index: 0, delta: { content }, finish_reason: null }],
    ...extra,
  })}\n\n`;

const request = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system' as const, content: "Answer in one line, don't ramble" },
    { role: 'user' as const, content: 'Say hi' },
  ],
  temperature: 0.3,
  maxTokens: 200,
};

describe('takeEvents', () => {
  it('keeps a partial event for the next read', () => {
    expect(takeEvents('data: a\n\ndata: b\n\ndata: c')).toEqual({
      data: ['a', 'b'],
      rest: 'data: c',
    });
    expect(takeEvents('data: x\r\n\r\n: comment\n\n')).toEqual({
      data: ['x'],
      rest: '',
    });
  });
});

describe('streamChat', () => {
  it('reads text as it arrives, across split chunks, with usage at the end', async () => {
    const whole = [
      chunk('Hello'),
      chunk(' there'),
      `data: ${JSON.stringify({
        choices: [{ index: 0, delta: {}, finish_reason: 'stop' }],
      })}\n\n`,
      `data: ${JSON.stringify({
        choices: [],
        usage: { prompt_tokens: 9, completion_tokens: 2 },
      })}\n\n`,
      'data: [DONE]\n\n',
    ].join('');
    // Cut at awkward places: inside JSON and between the blank lines.
    const pieces = [whole.slice(0, 17), whole.slice(17, 80), whole.slice(80)];
    const seen: string[] = [];
    let sent: RequestInit | undefined;
    const answer = await streamChat({
      gatewayBaseUrl: 'https://models.example.com/',
      apiKey: 'sk-session',
      request,
      onText: text => seen.push(text),
      fetchFn: async (url, init) => {
        expect(url).toBe('https://models.example.com/v1/chat/completions');
        sent = init;
        return streamed(pieces);
      },
    });
    expect(seen).toEqual(['Hello', 'Hello there']);
    expect(answer).toEqual({
      text: 'Hello there',
      finishReason: 'stop',
      usage: { promptTokens: 9, completionTokens: 2 },
    });
    expect((sent?.headers as Record<string, string>).Authorization).toBe(
      'Bearer sk-session',
    );
    expect(JSON.parse(String(sent?.body))).toEqual({
      model: 'gpt-4o-mini',
      messages: request.messages,
      temperature: 0.3,
      max_tokens: 200,
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it("turns a gateway's refusal into its status and message", async () => {
    const refusal = streamChat({
      gatewayBaseUrl: 'https://models.example.com',
      apiKey: 'sk-session',
      request,
      onText: () => {},
      fetchFn: async () =>
        new Response(
          JSON.stringify({
            error: {
              message: 'Budget has been exceeded! Current cost: 0.25',
              type: 'budget_exceeded',
            },
          }),
          { status: 400 },
        ),
    });
    await expect(refusal).rejects.toBeInstanceOf(GatewayError);
    await expect(refusal).rejects.toMatchObject({
      status: 400,
      type: 'budget_exceeded',
      message: 'Budget has been exceeded! Current cost: 0.25',
    });
  });
});

describe('answerCost', () => {
  it('prices tokens per million, and says nothing without prices', () => {
    expect(
      answerCost(
        { promptTokens: 1_000, completionTokens: 500 },
        { inputPricePer1M: 0.15, outputPricePer1M: 0.6 },
      ),
    ).toBeCloseTo(0.00045, 10);
    expect(
      answerCost({ promptTokens: 1, completionTokens: 1 }, {}),
    ).toBeUndefined();
  });
});

describe('codeSnippet', () => {
  it('writes the exact request for curl, with the key from the environment', () => {
    const curl = codeSnippet('curl', 'https://models.example.com', request);
    expect(curl).toContain(
      "curl 'https://models.example.com/v1/chat/completions'",
    );
    expect(curl).toContain('Bearer $LITELLM_API_KEY');
    expect(curl).not.toMatch(/sk-/);
    // The body, unquoted as a shell would, is the request sent.
    const quoted = curl.slice(curl.indexOf("-d '") + 4, -1);
    const body = JSON.parse(quoted.replace(/'\\''/g, "'"));
    expect(body).toMatchObject({
      model: 'gpt-4o-mini',
      messages: request.messages,
      temperature: 0.3,
      max_tokens: 200,
    });
  });

  it('writes Python and TypeScript with the OpenAI client', () => {
    const python = codeSnippet('python', 'https://models.example.com', request);
    expect(python).toContain('base_url="https://models.example.com/v1"');
    expect(python).toContain('api_key=os.environ["LITELLM_API_KEY"]');
    expect(python).toContain('temperature=0.3');
    expect(python).toContain('max_tokens=200');
    const typescript = codeSnippet(
      'typescript',
      'https://models.example.com',
      request,
    );
    expect(typescript).toContain('apiKey: process.env.LITELLM_API_KEY');
    expect(typescript).toContain('model: "gpt-4o-mini"');
    expect(typescript).toContain('"content": "Say hi"');
  });
});
