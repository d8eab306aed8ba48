import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  FakeApiOverrides,
  aModel,
  aRequest,
  fakeApi,
  freezeDate,
} from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { endOfLocalDay } from '../common';
import { MyAccessPage } from './MyAccessPage';

// Today is 7 Dec 2026, 10:00 in the reader's time zone.
const NOW = new Date(2026, 11, 7, 10);

/** Ends in three days (on the 10th): the end stands out. */
const endingSoon = aRequest({
  id: 'req-soon',
  modelName: 'gpt-4o',
  status: 'granted',
  decidedAt: '2026-11-10T10:00:00Z',
  expiresAt: endOfLocalDay('2026-12-10'),
});
/** A team's grant with an extension waiting. */
const extensionAsked = aRequest({
  id: 'req-asked',
  modelName: 'claude-sonnet',
  subjectRef: 'group:default/payments',
  requestedBy: 'user:default/carol',
  status: 'granted',
  expiresAt: endOfLocalDay('2027-02-01'),
  extension: {
    until: endOfLocalDay('2027-03-31')!,
    requestedBy: 'user:default/carol',
    requestedAt: '2026-12-01T10:00:00Z',
  },
});
const openEnded = aRequest({
  id: 'req-open',
  modelName: 'granite-3-8b',
  status: 'granted',
});
const expired = aRequest({
  id: 'req-expired',
  modelName: 'o3',
  status: 'expired',
  expiresAt: endOfLocalDay('2026-11-30'),
});

function render(overrides: FakeApiOverrides = {}, route?: string) {
  const alertApi = mockApis.alert();
  const listAccessRequests = jest.fn(async () => ({
    items: [endingSoon, extensionAsked, openEnded, expired],
  }));
  const api = fakeApi({
    listAccessRequests,
    listModels: async () => ({
      items: [aModel({ name: 'gpt-4o', maxGrantDays: 90 })],
    }),
    ...overrides,
  });
  renderInTestApp(<MyAccessPage />, {
    mountedRoutes: catalogRoutes,
    apis: [[litemaasApiRef, api], alertApi],
    ...(route && { initialRouteEntries: [route] }),
  });
  return { alertApi, listAccessRequests };
}

const rowOf = async (model: string) =>
  (await screen.findByRole('link', { name: model })).closest('tr')!;

describe('MyAccessPage: grants that end', () => {
  beforeEach(() => freezeDate(NOW.toISOString()));
  afterEach(() => jest.useRealTimers());

  it('shows when each grant ends, and warns of an end within a week', async () => {
    render();

    const soon = await rowOf('gpt-4o');
    expect(within(soon).getByText('Ends Dec 10, 2026')).toBeInTheDocument();
    expect(within(soon).getByText('Ends in 3 days')).toBeInTheDocument();

    const later = await rowOf('claude-sonnet');
    expect(within(later).getByText('Ends Feb 1, 2027')).toBeInTheDocument();
    expect(within(later).queryByText(/Ends in/)).not.toBeInTheDocument();
    // An extension waits: it shows, and a second one cannot be asked.
    expect(
      within(later).getByText('Extension asked until Mar 31, 2027'),
    ).toBeInTheDocument();
    expect(
      within(later).getByRole('button', {
        name: 'Ask to extend claude-sonnet for payments',
      }),
    ).toBeDisabled();

    // A grant that does not end: no end, nothing to extend.
    const open = await rowOf('granite-3-8b');
    expect(within(open).queryByText(/^Ends/)).not.toBeInTheDocument();
    expect(
      within(open).queryByRole('button', { name: /Ask to extend/ }),
    ).not.toBeInTheDocument();

    const ended = await rowOf('o3');
    expect(within(ended).getByText('Expired')).toBeInTheDocument();
    expect(within(ended).getByText('Ended Nov 30, 2026')).toBeInTheDocument();
    expect(
      within(ended).queryByRole('button', { name: /Ask to extend/ }),
    ).not.toBeInTheDocument();

    // Expired is one of the statuses to filter by.
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'expired');
    expect(screen.getByText('My access (1)')).toBeInTheDocument();
  });

  it("opens the extend dialog from the notice's link and asks for the extension", async () => {
    const requestGrantExtension = jest.fn().mockResolvedValue({
      ...endingSoon,
      extension: {
        until: endOfLocalDay('2027-03-07'),
        requestedBy: 'user:default/alice',
        requestedAt: NOW.toISOString(),
      },
    });
    const { alertApi, listAccessRequests } = render(
      { requestGrantExtension },
      '/?extend=req-soon',
    );

    const dialog = await screen.findByRole('dialog', {
      name: 'Ask to extend gpt-4o',
    });
    expect(
      within(dialog).getByText(/The grant ends on Dec 10, 2026\./),
    ).toBeInTheDocument();
    // The model's longest grant bounds the new end, and is where it starts.
    const until = await within(dialog).findByLabelText(/^New end date/);
    expect(until).toHaveValue('2027-03-07');
    expect(until).toHaveAttribute('min', '2026-12-11');
    expect(until).toHaveAttribute('max', '2027-03-07');
    expect(
      within(dialog).getByText(
        'Grants of this model last at most 90 days, so until Mar 7, 2027 at the latest.',
      ),
    ).toBeInTheDocument();

    fireEvent.change(until, { target: { value: '2027-03-08' } });
    const submit = within(dialog).getByRole('button', {
      name: 'Ask to extend',
    });
    expect(
      within(dialog).getByText('Choose Mar 7, 2027 or earlier'),
    ).toBeInTheDocument();
    expect(submit).toBeDisabled();
    fireEvent.change(until, { target: { value: '2027-03-07' } });
    await userEvent.type(
      within(dialog).getByLabelText('Justification'),
      'The pilot runs until March',
    );
    await userEvent.click(submit);

    expect(requestGrantExtension).toHaveBeenCalledWith('req-soon', {
      until: endOfLocalDay('2027-03-07'),
      justification: 'The pilot runs until March',
    });
    await waitFor(() =>
      expect(alertApi.getAlerts()[0]).toMatchObject({
        message:
          'Extension of gpt-4o asked. You will be notified of the decision.',
        severity: 'success',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    await waitFor(() => expect(listAccessRequests).toHaveBeenCalledTimes(2));
  });

  it('asks from the row, with no later bound when the model sets none', async () => {
    const requestGrantExtension = jest.fn().mockResolvedValue(extensionAsked);
    render({
      requestGrantExtension,
      // A team's grant, of a model that does not limit grants.
      listAccessRequests: async () => ({
        items: [{ ...extensionAsked, extension: undefined }],
      }),
    });

    const row = await rowOf('claude-sonnet');
    await userEvent.click(
      within(row).getByRole('button', {
        name: 'Ask to extend claude-sonnet for payments',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Ask to extend claude-sonnet for payments',
    });
    const until = await within(dialog).findByLabelText(/^New end date/);
    expect(until).toHaveValue('');
    expect(until).not.toHaveAttribute('max');
    const submit = within(dialog).getByRole('button', {
      name: 'Ask to extend',
    });
    expect(submit).toBeDisabled();

    // Not later than the current end: no extension.
    fireEvent.change(until, { target: { value: '2027-02-01' } });
    expect(
      within(dialog).getByText('Choose Feb 2, 2027 or later'),
    ).toBeInTheDocument();
    expect(submit).toBeDisabled();

    fireEvent.change(until, { target: { value: '2028-02-01' } });
    await userEvent.click(submit);
    expect(requestGrantExtension).toHaveBeenCalledWith('req-asked', {
      until: endOfLocalDay('2028-02-01'),
      justification: undefined,
    });
  });

  it("keeps the dialog open with the backend's reason when asking fails", async () => {
    const requestGrantExtension = jest
      .fn()
      .mockRejectedValue(new Error('until is not later than the grant end'));
    render({ requestGrantExtension }, '/?extend=req-soon');

    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByLabelText(/^New end date/);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Ask to extend' }),
    );
    expect(
      await within(dialog).findByText('until is not later than the grant end'),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('says why a link cannot open the dialog', async () => {
    render({}, '/?extend=req-expired');
    expect(
      await screen.findByText(
        'The access to o3 is expired: only a current grant can be extended.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("tells a grant's end in its history", async () => {
    const event = (
      action: string,
      at: string,
      actorRef: string,
      reason?: string,
    ) => ({
      requestId: 'req-expired',
      at,
      actorRef,
      action,
      fromStatus: 'granted',
      toStatus: action === 'expired' ? 'expired' : 'granted',
      reason,
    });
    render({
      getAccessRequest: async () => ({
        request: expired,
        history: [
          event(
            'end-set',
            '2026-11-01T10:00:00Z',
            'user:default/admin',
            'The model now limits how long a grant lasts',
          ),
          event(
            'extension-requested',
            '2026-11-02T10:00:00Z',
            'user:default/alice',
            'Still testing',
          ),
          event('extended', '2026-11-03T10:00:00Z', 'user:default/bob'),
          event(
            'extension-requested',
            '2026-11-20T10:00:00Z',
            'user:default/alice',
          ),
          event(
            'extension-denied',
            '2026-11-21T10:00:00Z',
            'user:default/bob',
            'The pilot is over',
          ),
          event(
            'expired',
            '2026-11-30T23:00:00Z',
            'system:litemaas',
            'The grant reached its end date',
          ),
        ] as any,
      }),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Show history of o3' }),
    );
    const history = await screen.findByRole('list', {
      name: 'Request history',
    });
    const items = within(history).getAllByRole('listitem');
    expect(
      items.map(item => item.querySelector('strong')?.textContent),
    ).toEqual([
      'admin gave the grant an end date',
      'alice asked to extend the grant',
      'bob extended the grant',
      'alice asked to extend the grant',
      'bob denied the extension',
      'LiteMaaS ended the grant on its end date',
    ]);
    expect(items[4]).toHaveTextContent('The pilot is over');
    expect(items[5]).toHaveTextContent('The grant reached its end date');
  });

  it('says so when the linked grant is gone', async () => {
    render({}, '/?extend=req-unknown');
    expect(
      await screen.findByText(
        'The grant the link points to is not among your access any more.',
      ),
    ).toBeInTheDocument();
  });
});
