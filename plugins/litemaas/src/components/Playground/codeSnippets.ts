import { ChatRequest, chatRequestBody } from './chatStream';

/** The languages "copy as code" writes. */
export type SnippetLanguage = 'curl' | 'python' | 'typescript';

/** The key is never in a snippet: it is read from this variable. */
export const KEY_VARIABLE = 'LITELLM_API_KEY';

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The exact request the playground sent, as code a developer can run: the
 * same model, messages, temperature and max tokens, against the same
 * gateway, with their own key from the environment.
 */
export function codeSnippet(
  language: SnippetLanguage,
  gatewayBaseUrl: string,
  request: ChatRequest,
): string {
  const base = gatewayBaseUrl.replace(/\/+$/, '');
  const messages = JSON.stringify(request.messages, null, 2);
  switch (language) {
    case 'curl':
      return [
        `curl ${shellQuote(`${base}/v1/chat/completions`)} \\`,
        `  -H "Authorization: Bearer $${KEY_VARIABLE}" \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  -d ${shellQuote(JSON.stringify(chatRequestBody(request), null, 2))}`,
      ].join('\n');
    case 'python':
      return [
        'import os',
        'from openai import OpenAI',
        '',
        'client = OpenAI(',
        `    base_url=${JSON.stringify(`${base}/v1`)},`,
        `    api_key=os.environ[${JSON.stringify(KEY_VARIABLE)}],`,
        ')',
        '',
        'stream = client.chat.completions.create(',
        `    model=${JSON.stringify(request.model)},`,
        `    messages=${indent(messages, '    ')},`,
        `    temperature=${request.temperature},`,
        `    max_tokens=${request.maxTokens},`,
        '    stream=True,',
        ')',
        'for chunk in stream:',
        '    if chunk.choices and chunk.choices[0].delta.content:',
        '        print(chunk.choices[0].delta.content, end="")',
        '',
      ].join('\n');
    case 'typescript':
    default:
      return [
        "import OpenAI from 'openai';",
        '',
        'const client = new OpenAI({',
        `  baseURL: ${JSON.stringify(`${base}/v1`)},`,
        `  apiKey: process.env.${KEY_VARIABLE},`,
        '});',
        '',
        'const stream = await client.chat.completions.create({',
        `  model: ${JSON.stringify(request.model)},`,
        `  messages: ${indent(messages, '  ')},`,
        `  temperature: ${request.temperature},`,
        `  max_tokens: ${request.maxTokens},`,
        '  stream: true,',
        '});',
        'for await (const chunk of stream) {',
        "  process.stdout.write(chunk.choices[0]?.delta?.content ?? '');",
        '}',
        '',
      ].join('\n');
  }
}

function indent(text: string, prefix: string): string {
  return text.replace(/\n/g, `\n${prefix}`);
}
