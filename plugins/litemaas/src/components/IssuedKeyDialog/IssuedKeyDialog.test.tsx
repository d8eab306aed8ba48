import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { IssuedKey } from '@litemaas/backstage-plugin-litemaas-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aKey, spyOnClipboard } from '../../__testUtils__/fixtures';
import { IssuedKeyDialog } from './IssuedKeyDialog';
import { buildSnippets, gatewayApiBase } from './snippets';
import { catalogRoutes } from '../../testing/catalogRoutes';

const issued: IssuedKey = {
  key: aKey({ name: 'my-laptop', models: ['claude-sonnet', 'gpt-4o-mini'] }),
  value: 'sk-live-0123456789abcd',
};

function setup(gatewayBaseUrl?: string) {
  const onDone = jest.fn();
  renderInTestApp(<IssuedKeyDialog open issued={issued} onDone={onDone} />, {
    mountedRoutes: catalogRoutes,
    config: gatewayBaseUrl ? { litemaas: { gatewayBaseUrl } } : {},
  });
  return { onDone };
}

const snippet = () => screen.getByTestId('snippet').textContent ?? '';

describe('IssuedKeyDialog', () => {
  it('shows the value once, with a warning, and copies it', async () => {
    const user = userEvent.setup();
    const writeText = spyOnClipboard();
    const { onDone } = setup('https://gw.example.com/');
    const dialog = await screen.findByRole('dialog', {
      name: 'Copy this key now',
    });
    expect(
      within(dialog).getByText('This is the only time the key is shown.'),
    ).toBeInTheDocument();
    const field = within(dialog).getByLabelText('API key');
    expect(field).toHaveValue('sk-live-0123456789abcd');
    expect(field).toHaveAttribute('readonly');
    expect(within(dialog).queryByText('Copied')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('sk-live-0123456789abcd');
    expect(await within(dialog).findByText('Copied')).toBeInTheDocument();

    // Copied: Done closes at once.
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('offers curl, Python and TypeScript with the gateway, the key and its first model', async () => {
    const user = userEvent.setup();
    const writeText = spyOnClipboard();
    setup('https://gw.example.com');
    const dialog = await screen.findByRole('dialog');

    expect(within(dialog).getByRole('tab', { name: 'curl' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(snippet()).toContain(
      "curl 'https://gw.example.com/v1/chat/completions'",
    );
    expect(snippet()).toContain('Authorization: Bearer sk-live-0123456789abcd');
    expect(snippet()).toContain('"model":"claude-sonnet"');

    await user.click(within(dialog).getByRole('tab', { name: 'Python' }));
    expect(snippet()).toContain('from openai import OpenAI');
    expect(snippet()).toContain('base_url="https://gw.example.com/v1"');
    expect(snippet()).toContain('api_key="sk-live-0123456789abcd"');
    expect(snippet()).toContain('model="claude-sonnet"');

    await user.click(within(dialog).getByRole('tab', { name: 'TypeScript' }));
    expect(snippet()).toContain("import OpenAI from 'openai';");
    expect(snippet()).toContain('baseURL: "https://gw.example.com/v1"');
    expect(snippet()).toContain('apiKey: "sk-live-0123456789abcd"');
    expect(snippet()).toContain('model: "claude-sonnet"');

    // Copying a snippet copies the key too.
    await user.click(
      within(dialog).getByRole('button', { name: 'Copy snippet' }),
    );
    expect(writeText).toHaveBeenCalledWith(
      buildSnippets({
        baseUrl: 'https://gw.example.com/v1',
        apiKey: 'sk-live-0123456789abcd',
        model: 'claude-sonnet',
      }).typescript,
    );
  });

  it('says when the gateway URL is not configured', async () => {
    setup();
    await screen.findByRole('dialog');
    expect(snippet()).toContain('https://<gateway>/v1/chat/completions');
    expect(
      screen.getByText(/The gateway URL is not configured/),
    ).toBeInTheDocument();
  });

  it('closes only through Done, and asks first when nothing was copied', async () => {
    const user = userEvent.setup();
    const { onDone } = setup('https://gw.example.com');
    const dialog = await screen.findByRole('dialog');

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(onDone).not.toHaveBeenCalled();
    expect(
      within(dialog).getByText(/You have not copied the key/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Go back' }));
    expect(
      within(dialog).queryByText(/You have not copied the key/),
    ).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await user.click(
      within(dialog).getByRole('button', { name: 'Close without copying' }),
    );
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });
});

describe('gatewayApiBase', () => {
  it('adds /v1 once', () => {
    const base = (url?: string) =>
      gatewayApiBase(
        mockApis.config({
          data: url ? { litemaas: { gatewayBaseUrl: url } } : {},
        }),
      );
    expect(base('http://localhost:4000')).toBe('http://localhost:4000/v1');
    expect(base('https://gw.example.com/v1/')).toBe(
      'https://gw.example.com/v1',
    );
    expect(base()).toBeUndefined();
  });
});
