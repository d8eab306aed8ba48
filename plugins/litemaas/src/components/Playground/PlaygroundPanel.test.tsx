import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { litemaasApiRef } from '../../api';
import { aModel, fakeApi } from '../../__testUtils__/fixtures';
import { englishLeft, languageApis } from '../../__testUtils__/i18n';
import de from '../../translations/de';
import { PlaygroundPanel } from './PlaygroundPanel';

const SECRET = 'sk-session-secret-value';
const settings = {
  enabled: true,
  sessionMinutes: 30,
  maxBudget: 0.25,
  rpm: 20,
  gatewayBaseUrl: 'https://models.example.com',
};

function started(id = '11111111-1111-4111-8111-111111111111') {
  return {
    session: {
      id,
      model: 'gpt-4o-mini',
      expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
      limits: { maxBudget: 0.25, rpm: 20 },
    },
    value: SECRET,
    gatewayBaseUrl: 'https://models.example.com',
  };
}

/** A gateway answer streamed as server-sent events, piece by piece. */
function streamedAnswer(words: string[]) {
  const encoder = new TextEncoder();
  const events = [
    ...words.map(
      word =>
        `data: ${JSON.stringify({
          choices: [
            { index: 0, delta: { content: word }, finish_reason: null },
          ],
        })}\n\n`,
    ),
    `data: ${JSON.stringify({
      choices: [],
      usage: { prompt_tokens: 9, completion_tokens: words.length },
    })}\n\n`,
    'data: [DONE]\n\n',
  ].map(e => encoder.encode(e));
  return {
    ok: true,
    status: 200,
    body: {
      getReader: () => ({
        read: async () =>
          events.length
            ? { done: false, value: events.shift() }
            : { done: true, value: undefined },
        releaseLock: () => {},
      }),
    },
  };
}

function refusal(status: number, message: string, type: string) {
  return {
    ok: false,
    status,
    statusText: 'Bad Request',
    text: async () => JSON.stringify({ error: { message, type } }),
  };
}

describe('PlaygroundPanel', () => {
  const originalFetch = window.fetch;
  beforeAll(() => {
    // jsdom has no TextDecoder; Node's does the same work.
    (globalThis as any).TextDecoder ??= NodeTextDecoder;
  });
  afterEach(() => {
    window.fetch = originalFetch;
  });

  async function renderPanel(
    api: ReturnType<typeof fakeApi>,
    extraApis: Array<[any, any]> = [],
  ) {
    return renderInTestApp(
      <PlaygroundPanel
        model={aModel({ inputPricePer1M: 0.15, outputPricePer1M: 0.6 })}
        settings={settings}
      />,
      {
        apis: [
          [litemaasApiRef, api],
          mockApis.identity({ userEntityRef: 'user:default/alice' }),
          ...extraApis,
        ],
      },
    );
  }

  it('starts a session on the first message and streams the answer from the gateway, never showing the key', async () => {
    const startPlaygroundSession = jest.fn(async () => started());
    const endPlaygroundSession = jest.fn(async () => undefined);
    const gateway = jest.fn(async () => streamedAnswer(['Hello', ' there']));
    window.fetch = gateway as any;
    const user = userEvent.setup();
    const view = await renderPanel(
      fakeApi({ startPlaygroundSession, endPlaygroundSession }),
    );
    expect(
      screen.getByText(/No session yet: one starts with your first message/),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText('System prompt'), 'Be brief');
    await user.type(screen.getByLabelText('Message'), 'Say hi{Enter}');

    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(await within(log).findByText('Hello there')).toBeInTheDocument();
    expect(within(log).getByText('Say hi')).toBeInTheDocument();
    expect(within(log).getByText('9 in · 2 out · <$0.01')).toBeInTheDocument();
    expect(startPlaygroundSession).toHaveBeenCalledWith('gpt-4o-mini');
    const [url, init] = gateway.mock.calls[0] as unknown as [
      string,
      RequestInit,
    ];
    expect(url).toBe('https://models.example.com/v1/chat/completions');
    expect((init.headers as Record<string, string>).Authorization).toBe(
      `Bearer ${SECRET}`,
    );
    expect(JSON.parse(String(init.body))).toMatchObject({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: 'Say hi' },
      ],
      max_tokens: 1024,
      stream: true,
    });
    expect(screen.getByText(/Session key expires in/)).toBeInTheDocument();

    // A second message reuses the session and carries the conversation.
    gateway.mockImplementation(async () => streamedAnswer(['Fine']));
    await user.type(screen.getByLabelText('Message'), 'And you?{Enter}');
    expect(await within(log).findByText('Fine')).toBeInTheDocument();
    expect(startPlaygroundSession).toHaveBeenCalledTimes(1);
    const second = JSON.parse(String((gateway.mock.calls[1] as any)[1].body));
    expect(second.messages.map((m: { content: string }) => m.content)).toEqual([
      'Be brief',
      'Say hi',
      'Hello there',
      'And you?',
    ]);

    // "Copy as code" writes the request without the session's key.
    await user.click(screen.getByRole('button', { name: 'Copy as code' }));
    const dialog = await screen.findByRole('dialog');
    // The highlighter draws the code after the dialog opens.
    await waitFor(() =>
      expect(dialog.textContent).toContain('$LITELLM_API_KEY'),
    );
    expect(dialog.textContent).toContain('And you?');
    expect(document.body.innerHTML).not.toContain(SECRET);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    // Leaving the page ends the session: its key is revoked.
    view.unmount();
    expect(endPlaygroundSession).toHaveBeenCalledWith(
      '11111111-1111-4111-8111-111111111111',
      { keepalive: true },
    );
  });

  it('says when the session budget is spent, keeps the question, and starts a new session on the next send', async () => {
    const startPlaygroundSession = jest
      .fn()
      .mockResolvedValueOnce(started('11111111-1111-4111-8111-111111111111'))
      .mockResolvedValueOnce(started('22222222-2222-4222-8222-222222222222'));
    const endPlaygroundSession = jest.fn(async () => undefined);
    window.fetch = jest
      .fn()
      .mockResolvedValueOnce(
        refusal(
          400,
          'Budget has been exceeded! Current cost: 0.25',
          'budget_exceeded',
        ),
      )
      .mockResolvedValueOnce(streamedAnswer(['Back'])) as any;
    const user = userEvent.setup();
    await renderPanel(
      fakeApi({ startPlaygroundSession, endPlaygroundSession }),
    );

    await user.type(screen.getByLabelText('Message'), 'Say hi{Enter}');
    expect(
      await screen.findByText(/This session's budget is spent/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Message')).toHaveValue('Say hi');
    // The refused session's key is revoked.
    await waitFor(() =>
      expect(endPlaygroundSession).toHaveBeenCalledWith(
        '11111111-1111-4111-8111-111111111111',
        { keepalive: undefined },
      ),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Back')).toBeInTheDocument();
    expect(startPlaygroundSession).toHaveBeenCalledTimes(2);
  });

  it('is all German in German', async () => {
    window.fetch = jest.fn(async () => streamedAnswer(['Hallo'])) as any;
    const user = userEvent.setup();
    await renderPanel(
      fakeApi({ startPlaygroundSession: async () => started() }),
      languageApis('de', de),
    );
    await user.type(screen.getByLabelText('Nachricht'), 'Hallo?{Enter}');
    expect(await screen.findByText('Hallo')).toBeInTheDocument();
    expect(englishLeft(de)).toEqual([]);
  });
});
