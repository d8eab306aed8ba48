import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { LiteMaasApi } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { aModel, allowAll, fakeApi } from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { ManageModelsPage } from './ManageModelsPage';

// Many fields to type in: no delay between keystrokes.
const userEvent = userEventBase.setup({ delay: null });

const gpt = aModel({
  accessPolicy: 'open',
  ownerRef: 'group:default/ml-platform',
  defaultLimits: { tpm: 10000 },
});
const limited = aModel({
  name: 'claude-sonnet',
  providerModel: 'anthropic/claude-sonnet-4',
  accessPolicy: 'restricted',
  maxGrantDays: 30,
});

function render(overrides: Partial<LiteMaasApi> = {}) {
  const alertApi = mockApis.alert();
  const listModels = jest.fn().mockResolvedValue({ items: [gpt, limited] });
  renderInTestApp(<ManageModelsPage />, {
    mountedRoutes: catalogRoutes,
    apis: [
      [litemaasApiRef, fakeApi({ listModels, ...overrides })],
      alertApi,
      allowAll(),
    ],
  });
  return { alertApi };
}

async function edit(model: string) {
  const row = (await screen.findByRole('link', { name: model })).closest('tr')!;
  await userEvent.click(within(row).getByRole('button', { name: 'Edit' }));
  return screen.findByRole('dialog', { name: `Edit ${model}` });
}

const longestGrant = (dialog: HTMLElement) =>
  within(dialog).getByLabelText('Longest grant (days)');

async function typeInto(field: HTMLElement, text: string) {
  await userEvent.clear(field);
  if (text) await userEvent.type(field, text);
  await userEvent.tab();
}

describe('ManageModelsPage: the longest grant', () => {
  it('checks the days, warns that grants get an end, and saves it with the policy', async () => {
    const setModelPolicy = jest
      .fn()
      .mockResolvedValue({ ...gpt, maxGrantDays: 90 });
    const updateModel = jest.fn();
    render({ setModelPolicy, updateModel });
    const dialog = await edit('gpt-4o-mini');
    const field = longestGrant(dialog);
    expect(field).toHaveValue('');
    expect(
      within(dialog).getByText(
        'Each grant ends at most this many days after it is given or extended. Blank: no limit.',
      ),
    ).toBeInTheDocument();

    const save = within(dialog).getByRole('button', { name: 'Save' });
    const error = 'Enter a whole number of days from 1 to 3650';
    for (const wrong of ['0', '3651', '1.5', 'ninety']) {
      await typeInto(field, wrong);
      expect(within(dialog).getByText(error)).toBeInTheDocument();
    }
    await userEvent.click(save);
    expect(setModelPolicy).not.toHaveBeenCalled();
    expect(
      within(dialog).getByText('Fix the field marked in red.'),
    ).toBeInTheDocument();

    await typeInto(field, '90');
    expect(within(dialog).queryByText(error)).not.toBeInTheDocument();
    expect(
      within(dialog).getByText(
        /Grants that do not end, or end later, will end 90 days from today/,
      ),
    ).toBeInTheDocument();
    await userEvent.click(save);

    await waitFor(() =>
      expect(setModelPolicy).toHaveBeenCalledWith('gpt-4o-mini', {
        accessPolicy: 'open',
        ownerRef: 'group:default/ml-platform',
        description: '',
        defaultLimits: { tpm: 10000 },
        maxGrantDays: 90,
      }),
    );
    expect(updateModel).not.toHaveBeenCalled();
  });

  it('removes the limit with null when the field is emptied', async () => {
    const setModelPolicy = jest
      .fn()
      .mockResolvedValue({ ...limited, maxGrantDays: undefined });
    render({ setModelPolicy });
    const dialog = await edit('claude-sonnet');
    const field = longestGrant(dialog);
    expect(field).toHaveValue('30');

    // A longer limit ends no grant early: no warning.
    await typeInto(field, '60');
    expect(
      within(dialog).queryByText(/will end 60 days from today/),
    ).not.toBeInTheDocument();

    await typeInto(field, '');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(setModelPolicy).toHaveBeenCalledWith(
        'claude-sonnet',
        expect.objectContaining({ maxGrantDays: null }),
      ),
    );
  });

  it('leaves the limit out of a save that does not change it', async () => {
    const setModelPolicy = jest.fn().mockResolvedValue(limited);
    render({ setModelPolicy });
    const dialog = await edit('claude-sonnet');
    await userEvent.type(within(dialog).getByLabelText('Description'), 'Deep');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(setModelPolicy).toHaveBeenCalled());
    expect(setModelPolicy.mock.calls[0][1]).not.toHaveProperty('maxGrantDays');
  });

  it('sets it after a change in LiteLLM, which takes no such field', async () => {
    const updateModel = jest.fn().mockResolvedValue(gpt);
    const setModelPolicy = jest
      .fn()
      .mockResolvedValue({ ...gpt, maxGrantDays: 14 });
    const { alertApi } = render({ updateModel, setModelPolicy });
    const dialog = await edit('gpt-4o-mini');
    await typeInto(
      within(dialog).getByLabelText('Output price per 1M tokens (USD)'),
      '0.8',
    );
    await typeInto(longestGrant(dialog), '14');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(setModelPolicy).toHaveBeenCalledWith('gpt-4o-mini', {
        maxGrantDays: 14,
      }),
    );
    expect(updateModel.mock.calls[0][1]).toMatchObject({
      outputPricePer1M: 0.8,
    });
    expect(updateModel.mock.calls[0][1]).not.toHaveProperty('maxGrantDays');
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toBe('gpt-4o-mini saved.'),
    );
  });

  it('says so when a new model is registered but its limit is not saved', async () => {
    const registerModel = jest
      .fn()
      .mockResolvedValue(aModel({ name: 'granite-8b' }));
    const setModelPolicy = jest
      .fn()
      .mockRejectedValue(new Error('LiteMaaS is restarting'));
    const { alertApi } = render({ registerModel, setModelPolicy });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Register model' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Register model',
    });
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'granite-8b');
    await userEvent.type(
      within(dialog).getByLabelText(/^Provider model/),
      'hosted_vllm/granite-8b',
    );
    await typeInto(longestGrant(dialog), '30');
    // A new model has no grants to end yet.
    expect(
      within(dialog).queryByText(/will end 30 days from today/),
    ).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(setModelPolicy).toHaveBeenCalledWith('granite-8b', {
        maxGrantDays: 30,
      }),
    );
    expect(registerModel.mock.calls[0][0]).not.toHaveProperty('maxGrantDays');
    await waitFor(() =>
      expect(alertApi.getAlerts()).toEqual([
        expect.objectContaining({
          message:
            'granite-8b is saved, but not its longest grant: LiteMaaS is restarting',
          severity: 'warning',
        }),
        expect.objectContaining({
          message: 'granite-8b registered in LiteLLM.',
          severity: 'success',
        }),
      ]),
    );
  });
});
