/** One message of a chat, as OpenAI's chat completions API takes it. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Token counts of one answer, as the gateway reports them. */
export interface ChatUsage {
  promptTokens: number;
  completionTokens: number;
}

/** The request the playground sends, and "copy as code" writes out. */
export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  temperature: number;
  maxTokens: number;
}

/** What a finished (or stopped) answer came to. */
export interface ChatAnswer {
  text: string;
  usage?: ChatUsage;
  finishReason?: string;
}

/** The JSON body of a chat completions request, streamed with usage. */
export function chatRequestBody(request: ChatRequest) {
  return {
    model: request.model,
    messages: request.messages,
    temperature: request.temperature,
    max_tokens: request.maxTokens,
    stream: true,
    stream_options: { include_usage: true },
  };
}

/**
 * Splits server-sent events as they arrive: returns the complete events'
 * data and what is left over for the next read. Events end with a blank
 * line; `data:` lines of one event are joined with newlines.
 */
export function takeEvents(buffer: string): { data: string[]; rest: string } {
  const data: string[] = [];
  const normalized = buffer.replace(/\r\n/g, '\n');
  const events = normalized.split('\n\n');
  const rest = events.pop() ?? '';
  for (const event of events) {
    const lines = event
      .split('\n')
      .filter(line => line.startsWith('data:'))
      .map(line => line.slice(5).replace(/^ /, ''));
    if (lines.length) data.push(lines.join('\n'));
  }
  return { data, rest };
}

/** A gateway's refusal, with its status and LiteLLM's message. */
export class GatewayError extends Error {
  name = 'GatewayError';
  constructor(
    readonly status: number,
    message: string,
    readonly type?: string,
  ) {
    super(message);
  }
}

async function gatewayError(response: Response): Promise<GatewayError> {
  const text = await response.text().catch(() => '');
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return new GatewayError(response.status, text || response.statusText);
  }
  // LiteLLM answers {error: {message, type}}; FastAPI's own errors {detail}.
  const error = body?.error ?? body;
  let message = text;
  if (typeof error?.message === 'string') message = error.message;
  else if (typeof body?.detail === 'string') message = body.detail;
  return new GatewayError(
    response.status,
    message || response.statusText,
    error?.type,
  );
}

/**
 * Sends a chat to the gateway and reads the answer as it streams, calling
 * `onText` with the text so far after each piece. The browser talks to the
 * gateway directly: the portal is not in the path.
 */
export async function streamChat(options: {
  gatewayBaseUrl: string;
  apiKey: string;
  request: ChatRequest;
  onText: (text: string) => void;
  signal?: AbortSignal;
  fetchFn?: typeof fetch;
}): Promise<ChatAnswer> {
  const fetchFn = options.fetchFn ?? fetch;
  const response = await fetchFn(
    `${options.gatewayBaseUrl.replace(/\/+$/, '')}/v1/chat/completions`,
    {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${options.apiKey}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(chatRequestBody(options.request)),
      signal: options.signal,
    },
  );
  if (!response.ok) throw await gatewayError(response);
  if (!response.body) throw new GatewayError(response.status, 'Empty answer');

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const answer: ChatAnswer = { text: '' };
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      const { data, rest } = takeEvents(buffer);
      buffer = rest;
      for (const item of data) {
        if (item === '[DONE]') continue;
        const chunk = JSON.parse(item);
        if (chunk.error) {
          throw new GatewayError(
            200,
            chunk.error.message ?? String(chunk.error),
          );
        }
        const choice = chunk.choices?.[0];
        if (choice?.delta?.content) {
          answer.text += choice.delta.content;
          options.onText(answer.text);
        }
        if (choice?.finish_reason) answer.finishReason = choice.finish_reason;
        if (chunk.usage) {
          answer.usage = {
            promptTokens: chunk.usage.prompt_tokens ?? 0,
            completionTokens: chunk.usage.completion_tokens ?? 0,
          };
        }
      }
    }
  } finally {
    reader.releaseLock();
  }
  return answer;
}

/** What an answer cost, from its tokens and the model's prices per 1M. */
export function answerCost(
  usage: ChatUsage | undefined,
  prices: { inputPricePer1M?: number; outputPricePer1M?: number },
): number | undefined {
  if (!usage) return undefined;
  if (
    prices.inputPricePer1M === undefined &&
    prices.outputPricePer1M === undefined
  ) {
    return undefined;
  }
  return (
    (usage.promptTokens * (prices.inputPricePer1M ?? 0) +
      usage.completionTokens * (prices.outputPricePer1M ?? 0)) /
    1_000_000
  );
}
