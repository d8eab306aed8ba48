import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  DeprecationCampaign,
  LiteMaasApi,
} from '@litemaas/backstage-plugin-litemaas-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  aModel,
  fakeApi,
  freezeDate,
  responseError,
} from '../../__testUtils__/fixtures';
import { englishLeft, languageApis } from '../../__testUtils__/i18n';
import de from '../../translations/de';
import { endOfLocalDay } from '../common';
import { DeprecateModelDialog, DeprecationTarget } from './DeprecationDialogs';

const userEvent = userEventBase.setup({ delay: null });

// Today is 7 Dec 2026, 10:00 in the reader's time zone.
const NOW = new Date(2026, 11, 7, 10);

const catalog = [
  aModel({ name: 'gpt-4o' }),
  aModel({ name: 'gpt-4.1' }),
  aModel({ name: 'claude-sonnet' }),
  aModel({
    name: 'o1-preview',
    deprecation: {
      state: 'deprecated',
      retireAt: endOfLocalDay('2027-01-01')!,
    },
  }),
];

function aCampaign(
  overrides: Partial<DeprecationCampaign> = {},
): DeprecationCampaign {
  return {
    id: 'd1',
    modelName: 'gpt-4o',
    state: 'deprecated',
    replacement: 'gpt-4.1',
    retireAt: endOfLocalDay('2026-12-21')!,
    note: 'Same prompts work.',
    createdBy: 'user:default/dana',
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    remindersSent: [],
    progress: { total: 0, moved: 0, idle: 0, using: 0 },
    ...overrides,
  };
}

function render(
  model: DeprecationTarget,
  overrides: Partial<LiteMaasApi> = {},
  apis: any[] = [],
) {
  const onClose = jest.fn();
  const onChanged = jest.fn();
  const alertApi = mockApis.alert();
  renderInTestApp(
    <DeprecateModelDialog
      open
      model={model}
      models={catalog}
      onClose={onClose}
      onChanged={onChanged}
    />,
    { apis: [[litemaasApiRef, fakeApi(overrides)], alertApi, ...apis] },
  );
  return { onClose, onChanged, alertApi };
}

const dateField = () => screen.getByLabelText(/Retirement date/);

describe('DeprecateModelDialog', () => {
  beforeEach(() => freezeDate(NOW.toISOString()));
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('deprecates a model with a replacement, a date 30 days ahead and a note', async () => {
    const deprecateModel = jest.fn(async () => aCampaign());
    const { onClose, onChanged, alertApi } = render(
      { name: 'gpt-4o' },
      { deprecateModel },
    );
    expect(
      screen.getByRole('heading', { name: 'Deprecate gpt-4o' }),
    ).toBeInTheDocument();
    expect(dateField()).toHaveValue('2027-01-06');
    expect(
      screen.getByText(
        'Without a replacement, holders are only told the date.',
      ),
    ).toBeInTheDocument();

    // Other models not on their way out: not itself, not o1-preview.
    await userEvent.click(screen.getByLabelText('Replacement'));
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['None', 'claude-sonnet', 'gpt-4.1']);
    await userEvent.click(
      within(listbox).getByRole('option', { name: 'gpt-4.1' }),
    );

    await userEvent.type(
      screen.getByLabelText('Note to holders'),
      'Same prompts work.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Deprecate' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(deprecateModel).toHaveBeenCalledWith('gpt-4o', {
      replacement: 'gpt-4.1',
      retireAt: endOfLocalDay('2027-01-06'),
      note: 'Same prompts work.',
    });
    expect(onChanged).toHaveBeenCalled();
    expect(alertApi.getAlerts()[0].message).toBe(
      'gpt-4o is deprecated; its holders are told.',
    );
  });

  it('asks for a day after today, and sends no replacement when none is chosen', async () => {
    const deprecateModel = jest.fn(async () => aCampaign());
    render({ name: 'gpt-4o' }, { deprecateModel });

    fireEvent.change(dateField(), { target: { value: '2026-12-07' } });
    await userEvent.click(screen.getByRole('button', { name: 'Deprecate' }));
    expect(screen.getByText('Choose a day after today')).toBeInTheDocument();
    fireEvent.change(dateField(), { target: { value: '' } });
    expect(screen.getByText('Choose a retirement date')).toBeInTheDocument();
    expect(deprecateModel).not.toHaveBeenCalled();

    fireEvent.change(dateField(), { target: { value: '2026-12-08' } });
    await userEvent.click(screen.getByRole('button', { name: 'Deprecate' }));
    await waitFor(() =>
      expect(deprecateModel).toHaveBeenCalledWith('gpt-4o', {
        retireAt: endOfLocalDay('2026-12-08'),
      }),
    );
  });

  it('shows what the backend refused in the dialog, and stays open', async () => {
    const deprecateModel = jest.fn(async () => {
      throw await responseError(
        400,
        'InputError',
        'The replacement o1-preview is itself deprecated',
      );
    });
    const { onClose } = render({ name: 'gpt-4o' }, { deprecateModel });
    await userEvent.click(screen.getByRole('button', { name: 'Deprecate' }));
    expect(
      await screen.findByText(
        'The replacement o1-preview is itself deprecated',
      ),
    ).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Deprecate' })).toBeEnabled();
  });

  it('changes a deprecation: the form starts from the campaign', async () => {
    const deprecateModel = jest.fn(async () => aCampaign());
    const campaign = aCampaign();
    const { alertApi } = render(
      { name: 'gpt-4o', deprecation: campaign },
      { deprecateModel },
    );
    expect(
      screen.getByRole('heading', { name: 'Deprecation of gpt-4o' }),
    ).toBeInTheDocument();
    expect(dateField()).toHaveValue('2026-12-21');
    expect(screen.getByLabelText('Note to holders')).toHaveValue(
      'Same prompts work.',
    );
    fireEvent.change(dateField(), { target: { value: '2027-01-15' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(deprecateModel).toHaveBeenCalledWith('gpt-4o', {
        replacement: 'gpt-4.1',
        retireAt: endOfLocalDay('2027-01-15'),
        note: 'Same prompts work.',
      }),
    );
    expect(alertApi.getAlerts()[0].message).toBe(
      'The deprecation of gpt-4o is saved.',
    );
  });

  it('cancels a deprecation after asking', async () => {
    const cancelDeprecation = jest.fn(async () => undefined);
    const { onClose, onChanged } = render(
      { name: 'gpt-4o', deprecation: aCampaign() },
      { cancelDeprecation },
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Cancel deprecation' }),
    );
    const confirm = await screen.findByRole('dialog', {
      name: 'Cancel the deprecation of gpt-4o?',
    });
    await userEvent.click(
      within(confirm).getByRole('button', { name: 'Cancel deprecation' }),
    );
    await waitFor(() =>
      expect(cancelDeprecation).toHaveBeenCalledWith('gpt-4o'),
    );
    expect(onChanged).toHaveBeenCalled();
    expect(onClose).toHaveBeenCalled();
  });

  it('retires now only once the model’s name is typed', async () => {
    const retireModelNow = jest
      .fn()
      .mockImplementationOnce(async () => {
        throw await responseError(409, 'ConflictError', 'Already retired');
      })
      .mockImplementation(async () => ({
        campaign: aCampaign({ state: 'retired' }),
        subjects: [],
        components: [],
      }));
    const { onChanged } = render(
      { name: 'gpt-4o', deprecation: aCampaign() },
      { retireModelNow },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retire now' }));
    const confirm = await screen.findByRole('dialog', {
      name: 'Retire gpt-4o now?',
    });
    const submit = within(confirm).getByRole('button', { name: 'Retire now' });
    expect(submit).toBeDisabled();
    await userEvent.type(
      within(confirm).getByLabelText('Type gpt-4o to confirm'),
      'gpt-4',
    );
    expect(submit).toBeDisabled();
    await userEvent.type(
      within(confirm).getByLabelText('Type gpt-4o to confirm'),
      'o',
    );
    expect(submit).toBeEnabled();
    await userEvent.click(submit);
    expect(
      await within(confirm).findByText('Already retired'),
    ).toBeInTheDocument();
    await userEvent.click(submit);
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(retireModelNow).toHaveBeenLastCalledWith('gpt-4o', {
      confirm: 'gpt-4o',
    });
  });

  it('offers only cancelling for a retired model', async () => {
    render({
      name: 'gpt-4o',
      deprecation: aCampaign({ state: 'retired' }),
    });
    expect(
      screen.getByText(/gpt-4o retired on Dec 21, 2026\. Cancelling/),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText(/Retirement date/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retire now' })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Cancel deprecation' }),
    ).toBeInTheDocument();
  });

  it('speaks German with no English left', async () => {
    render(
      { name: 'gpt-4o', deprecation: aCampaign() },
      {},
      languageApis('de', de),
    );
    expect(
      await screen.findByRole('heading', { name: 'Abkündigung von gpt-4o' }),
    ).toBeInTheDocument();
    expect(englishLeft(de)).toEqual([]);
  });
});
