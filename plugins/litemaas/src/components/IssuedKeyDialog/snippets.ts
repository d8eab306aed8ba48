import { ConfigApi } from '@backstage/frontend-plugin-api';

/** Stands in for the gateway when the app does not configure it. */
export const GATEWAY_PLACEHOLDER = 'https://<gateway>/v1';

/**
 * The OpenAI-compatible base URL clients use: `litemaas.gatewayBaseUrl` with
 * `/v1`, unless the configured URL has it already.
 */
export function gatewayApiBase(configApi: ConfigApi): string | undefined {
  const raw = configApi.getOptionalString('litemaas.gatewayBaseUrl')?.trim();
  if (!raw) return undefined;
  const base = raw.replace(/\/+$/, '');
  return /\/v1$/.test(base) ? base : `${base}/v1`;
}

export interface SnippetInput {
  baseUrl: string;
  apiKey: string;
  model: string;
}

export type SnippetLanguage = 'curl' | 'python' | 'typescript';

export const SNIPPET_LANGUAGES: Array<{ id: SnippetLanguage; label: string }> =
  [
    { id: 'curl', label: 'curl' },
    { id: 'python', label: 'Python' },
    { id: 'typescript', label: 'TypeScript' },
  ];

/** A string as a shell word in single quotes. */
function shellQuote(text: string) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Ready-to-run chat completion calls with the key, one per language. */
export function buildSnippets(
  input: SnippetInput,
): Record<SnippetLanguage, string> {
  const { baseUrl, apiKey, model } = input;
  const body = JSON.stringify({
    model,
    messages: [{ role: 'user', content: 'Say hello!' }],
  });
  const str = (text: string) => JSON.stringify(text);
  return {
    curl: [
      `curl ${shellQuote(`${baseUrl}/chat/completions`)} \\`,
      `  -H ${shellQuote(`Authorization: Bearer ${apiKey}`)} \\`,
      `  -H 'Content-Type: application/json' \\`,
      `  -d ${shellQuote(body)}`,
    ].join('\n'),
    python: [
      '# pip install openai',
      'from openai import OpenAI',
      '',
      'client = OpenAI(',
      `    base_url=${str(baseUrl)},`,
      `    api_key=${str(apiKey)},`,
      ')',
      '',
      'response = client.chat.completions.create(',
      `    model=${str(model)},`,
      '    messages=[{"role": "user", "content": "Say hello!"}],',
      ')',
      'print(response.choices[0].message.content)',
    ].join('\n'),
    typescript: [
      '// npm install openai',
      "import OpenAI from 'openai';",
      '',
      'const client = new OpenAI({',
      `  baseURL: ${str(baseUrl)},`,
      `  apiKey: ${str(apiKey)},`,
      '});',
      '',
      'const response = await client.chat.completions.create({',
      `  model: ${str(model)},`,
      "  messages: [{ role: 'user', content: 'Say hello!' }],",
      '});',
      'console.log(response.choices[0].message.content);',
    ].join('\n'),
  };
}
