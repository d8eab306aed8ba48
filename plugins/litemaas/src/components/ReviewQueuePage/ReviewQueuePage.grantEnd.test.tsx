import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  AccessRequest,
  AccessRequestQuery,
} from '@litemaas/backstage-plugin-litemaas-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  FakeApiOverrides,
  aModel,
  aRequest,
  fakeApi,
  freezeDate,
  responseError,
} from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { endOfLocalDay } from '../common';
import { ReviewQueuePage } from './ReviewQueuePage';

// Today is 7 Dec 2026, 10:00 in the reader's time zone.
const NOW = new Date(2026, 11, 7, 10);

/** Asks for a grant that ends on 31 Jan 2027. */
const alice = aRequest({
  id: 'r1',
  modelName: 'gpt-4o',
  justification: 'Summaries for support tickets',
  expiresAt: endOfLocalDay('2027-01-31'),
});
const bob = aRequest({
  id: 'r2',
  modelName: 'o3',
  subjectRef: 'user:default/bob',
  requestedBy: 'user:default/bob',
});
/** Carol's grant ends in two weeks; she asked to keep it to January. */
const carolAsks = aRequest({
  id: 'g1',
  modelName: 'gpt-4o',
  subjectRef: 'user:default/carol',
  requestedBy: 'user:default/carol',
  status: 'granted',
  decidedAt: '2026-11-20T10:00:00Z',
  expiresAt: endOfLocalDay('2026-12-20'),
  extension: {
    until: endOfLocalDay('2027-01-31')!,
    justification: 'The migration slipped to January',
    requestedBy: 'user:default/carol',
    requestedAt: '2026-12-05T10:00:00Z',
  },
});
const paymentsAsks = aRequest({
  id: 'g2',
  modelName: 'claude-sonnet',
  subjectRef: 'group:default/payments',
  requestedBy: 'user:default/dave',
  status: 'granted',
  expiresAt: endOfLocalDay('2026-12-09'),
  extension: {
    until: endOfLocalDay('2027-06-30')!,
    requestedBy: 'user:default/dave',
    requestedAt: '2026-12-06T10:00:00Z',
  },
});

function render(
  overrides: FakeApiOverrides = {},
  extensions: AccessRequest[] = [carolAsks, paymentsAsks],
) {
  const alertApi = mockApis.alert();
  const listAccessRequests = jest.fn(async (query?: AccessRequestQuery) => {
    if (query?.extension === 'pending') return { items: extensions };
    if (query?.status?.includes('granted')) {
      return { items: [{ ...carolAsks, extension: undefined }] };
    }
    return { items: [alice, bob] };
  });
  const api = fakeApi({
    listAccessRequests,
    listModels: async () => ({
      items: [
        aModel({ name: 'gpt-4o', canReview: true, maxGrantDays: 90 }),
        aModel({ name: 'o3', canReview: true }),
        aModel({ name: 'claude-sonnet', canReview: true }),
      ],
    }),
    ...overrides,
  });
  renderInTestApp(<ReviewQueuePage />, {
    mountedRoutes: catalogRoutes,
    apis: [[litemaasApiRef, api], alertApi],
  });
  return { alertApi, listAccessRequests };
}

const extensionsTable = () =>
  screen.findByRole('table', { name: 'Extensions waiting (2)' });

describe('ReviewQueuePage: grants that end', () => {
  beforeEach(() => freezeDate(NOW.toISOString()));
  afterEach(() => jest.useRealTimers());

  it('shows the end a request asks for, and approves one with an end date', async () => {
    const approveAccessRequest = jest
      .fn()
      .mockResolvedValue({ ...alice, status: 'granted' });
    render({ approveAccessRequest });

    const row = (
      await screen.findByText('Summaries for support tickets')
    ).closest('tr')!;
    expect(within(row).getByText('Until Jan 31, 2027')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select gpt-4o for alice' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Approve gpt-4o for alice',
    });
    // Prefilled with the end asked for, within the model's longest grant.
    const end = within(dialog).getByLabelText('End date');
    expect(end).toHaveValue('2027-01-31');
    expect(end).toHaveAttribute('max', '2027-03-07');
    expect(
      within(dialog).getByText(
        'At most 90 days from today. Blank: 90 days from today.',
      ),
    ).toBeInTheDocument();
    const approve = within(dialog).getByRole('button', { name: 'Approve' });

    fireEvent.change(end, { target: { value: '2027-03-08' } });
    expect(
      within(dialog).getByText('Choose Mar 7, 2027 or earlier'),
    ).toBeInTheDocument();
    expect(approve).toBeDisabled();

    fireEvent.change(end, { target: { value: '2027-02-15' } });
    await userEvent.click(approve);
    expect(approveAccessRequest).toHaveBeenCalledWith('r1', {
      limits: undefined,
      reason: undefined,
      expiresAt: endOfLocalDay('2027-02-15'),
    });
  });

  it('approves without an end when the field is left blank, and offers none for several', async () => {
    const approveAccessRequest = jest
      .fn()
      .mockResolvedValue({ ...bob, status: 'granted' });
    render({ approveAccessRequest });

    await screen.findByText('Summaries for support tickets');
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select o3 for bob' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    let dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('End date')).toHaveValue('');
    expect(
      within(dialog).getByText(
        'The grant ends at the end of this day. Blank: it does not end.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approve' }),
    );
    expect(approveAccessRequest).toHaveBeenCalledWith('r2', {
      limits: undefined,
      reason: undefined,
    });
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );

    // Several at once: each keeps the end it asked for.
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select all requests' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    dialog = await screen.findByRole('dialog', { name: 'Approve 2 requests' });
    expect(within(dialog).queryByLabelText('End date')).not.toBeInTheDocument();
  });

  it('lists the extensions waiting, with their count', async () => {
    render();
    const table = await extensionsTable();

    const carol = within(table).getByText('carol').closest('tr')!;
    expect(within(carol).getByText('gpt-4o')).toBeInTheDocument();
    expect(within(carol).getByText('Dec 20, 2026')).toBeInTheDocument();
    expect(within(carol).getByText('Jan 31, 2027')).toBeInTheDocument();
    expect(
      within(carol).getByText('The migration slipped to January'),
    ).toBeInTheDocument();
    expect(within(carol).getByText('by carol')).toBeInTheDocument();
    expect(within(carol).getByText('2 days ago')).toBeInTheDocument();

    const payments = within(table).getByText('payments').closest('tr')!;
    expect(within(payments).getByText('None given')).toBeInTheDocument();
    expect(within(payments).getByText('by dave')).toBeInTheDocument();

    // Current grants show their ends too.
    const grants = await screen.findByRole('table', { name: 'Current grants' });
    expect(within(grants).getByText('Dec 20, 2026')).toBeInTheDocument();
  });

  it('approves an extension as asked, or on another day', async () => {
    const approveGrantExtension = jest.fn(async (id: string, body?: any) => ({
      ...carolAsks,
      id,
      extension: undefined,
      expiresAt: body?.until ?? carolAsks.extension!.until,
    }));
    const { alertApi, listAccessRequests } = render({ approveGrantExtension });
    const table = await extensionsTable();

    await userEvent.click(
      within(table).getByRole('button', {
        name: 'Approve the extension of gpt-4o for carol',
      }),
    );
    let dialog = await screen.findByRole('dialog', {
      name: 'Extend gpt-4o for carol',
    });
    expect(
      within(dialog).getByText(
        'carol asked to keep gpt-4o until Jan 31, 2027; it ends on Dec 20, 2026 now. Approve that date or choose another.',
      ),
    ).toBeInTheDocument();
    const until = within(dialog).getByLabelText(/^New end date/);
    expect(until).toHaveValue('2027-01-31');
    expect(until).toHaveAttribute('min', '2026-12-21');
    expect(until).toHaveAttribute('max', '2027-03-07');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Extend' }),
    );
    // As asked: the backend takes the asked end itself.
    // The ask shown is named, so a newer one is not approved unseen.
    expect(approveGrantExtension).toHaveBeenCalledWith('g1', {
      requestedAt: '2026-12-05T10:00:00Z',
    });
    await waitFor(() =>
      expect(alertApi.getAlerts()[0]).toMatchObject({
        message: 'gpt-4o for carol now ends on Jan 31, 2027.',
        severity: 'success',
      }),
    );
    await waitFor(() =>
      expect(
        listAccessRequests.mock.calls.filter(([q]) => q?.extension),
      ).toHaveLength(2),
    );

    // Another day, within the model's longest grant, with a note.
    await userEvent.click(
      within(await extensionsTable()).getByRole('button', {
        name: 'Approve the extension of gpt-4o for carol',
      }),
    );
    dialog = await screen.findByRole('dialog', {
      name: 'Extend gpt-4o for carol',
    });
    const extend = within(dialog).getByRole('button', { name: 'Extend' });
    fireEvent.change(within(dialog).getByLabelText(/^New end date/), {
      target: { value: '2026-12-20' },
    });
    expect(
      within(dialog).getByText('Choose Dec 21, 2026 or later'),
    ).toBeInTheDocument();
    expect(extend).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText(/^New end date/), {
      target: { value: '2027-01-15' },
    });
    await userEvent.type(
      within(dialog).getByLabelText('Note (optional)'),
      'Mid-January, then we review again',
    );
    await userEvent.click(extend);
    expect(approveGrantExtension).toHaveBeenLastCalledWith('g1', {
      requestedAt: '2026-12-05T10:00:00Z',
      until: endOfLocalDay('2027-01-15'),
      reason: 'Mid-January, then we review again',
    });
  });

  it("shows the backend's reason when an approval fails", async () => {
    const approveGrantExtension = jest
      .fn()
      .mockRejectedValue(
        await responseError(
          400,
          'InputError',
          'until is 2027-06-30T21:59:59.999Z: grants of claude-sonnet last at most 30 days',
        ),
      );
    render({ approveGrantExtension });
    const table = await extensionsTable();
    await userEvent.click(
      within(table).getByRole('button', {
        name: 'Approve the extension of claude-sonnet for payments',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Extend' }),
    );
    expect(
      await within(dialog).findByText(
        /grants of claude-sonnet last at most 30 days/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('denies an extension only with a reason', async () => {
    const denyGrantExtension = jest
      .fn()
      .mockResolvedValue({ ...paymentsAsks, extension: undefined });
    const { alertApi } = render({ denyGrantExtension });
    const table = await extensionsTable();

    await userEvent.click(
      within(table).getByRole('button', {
        name: 'Deny the extension of claude-sonnet for payments',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Deny the extension of claude-sonnet for payments',
    });
    expect(
      within(dialog).getByText(/The grant keeps its end of Dec 9, 2026\./),
    ).toBeInTheDocument();
    const deny = within(dialog).getByRole('button', { name: 'Deny' });
    expect(deny).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText(/^Reason/), '   ');
    expect(deny).toBeDisabled();
    await userEvent.type(
      within(dialog).getByLabelText(/^Reason/),
      'The pilot ends in December',
    );
    await userEvent.click(deny);

    expect(denyGrantExtension).toHaveBeenCalledWith(
      'g2',
      'The pilot ends in December',
      '2026-12-06T10:00:00Z',
    );
    await waitFor(() =>
      expect(alertApi.getAlerts()[0]).toMatchObject({
        message:
          'Extension of claude-sonnet for payments denied; the grant keeps its end.',
        severity: 'success',
      }),
    );
  });

  it('says when no extension waits', async () => {
    render({}, []);
    expect(
      await screen.findByRole('heading', { name: 'Extensions' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No extensions waiting'),
    ).toBeInTheDocument();
  });
});
