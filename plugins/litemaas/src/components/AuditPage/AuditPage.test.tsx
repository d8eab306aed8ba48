import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  AuditEvent,
  LiteMaasApi,
} from '@litemaas/backstage-plugin-litemaas-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { aModel, fakeApi, responseError } from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { AuditPage } from './AuditPage';
import { navigateTo } from './navigate';
import { actorRef, auditQuery, NO_FILTERS } from './auditQuery';

// jsdom cannot navigate, nor have window.location replaced.
jest.mock('./navigate', () => ({ navigateTo: jest.fn() }));
const assign = navigateTo as jest.Mock;

const userEvent = userEventBase.setup({ delay: null });

const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString();

function anEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: 'ev-1',
    at: minutesAgo(5),
    action: 'access-approve',
    outcome: 'succeeded',
    actorRef: 'user:default/carol',
    ...overrides,
  };
}

const approved = anEvent({
  id: 'ev-approve',
  subjectRef: 'user:default/alice',
  modelName: 'gpt-4o-mini',
  target: 'req-1',
  reason: 'Payments needs it for the pilot',
  before: { status: 'pending', limits: {} },
  after: { status: 'granted', limits: { rpm: 60, maxBudget: 50 } },
  details: { justification: 'Fraud checks', models: ['gpt-4o-mini'] },
});
const failedRevoke = anEvent({
  id: 'ev-revoke',
  at: minutesAgo(60 * 3),
  action: 'key-revoke',
  outcome: 'failed',
  actorRef: 'system:litemaas',
  subjectRef: 'group:default/payments',
  target: 'k-1',
  error: 'LiteLLM is down',
});
const unknown = anEvent({
  id: 'ev-future',
  at: minutesAgo(60 * 24 * 2),
  action: 'quota-reshuffle',
  actorRef: 'plugin:scheduler',
});

const page = (items: AuditEvent[], total = items.length, offset = 0) => ({
  items,
  total,
  offset,
  limit: 20,
});

function render(overrides: Partial<LiteMaasApi> = {}) {
  const alertApi = mockApis.alert();
  const listAuditEvents = jest
    .fn()
    .mockResolvedValue(page([approved, failedRevoke, unknown]));
  const api = fakeApi({
    listAuditEvents,
    listModels: async () => ({
      items: [
        aModel({ canReview: true }),
        aModel({ name: 'granite-8b', canReview: true }),
        aModel({ name: 'not-mine', canReview: false }),
      ],
    }),
    ...overrides,
  });
  renderInTestApp(<AuditPage />, {
    mountedRoutes: catalogRoutes,
    apis: [[litemaasApiRef, api], alertApi],
  });
  return { alertApi, api, listAuditEvents: api.listAuditEvents as jest.Mock };
}

// The action filter's options have the same words as the rows.
const row = async (text: string) =>
  (await screen.findByText(text, { ignore: 'option, script, style' })).closest(
    'tr',
  )!;

const FIRST = { offset: 0, limit: 20 };

describe('AuditPage', () => {
  afterEach(() => assign.mockReset());

  it('lists events with who did what, to whom, why and how it went', async () => {
    const { listAuditEvents } = render();
    const approval = await row('Approved access');
    expect(listAuditEvents).toHaveBeenCalledWith(FIRST);
    expect(screen.getByText('Audit trail (3)')).toBeInTheDocument();

    // When: relative, with the exact time on hover.
    const when = within(approval).getByText('5 minutes ago');
    expect(when.getAttribute('title')).toMatch(/\d/);
    expect(
      within(approval).getByRole('link', { name: 'carol' }),
    ).toHaveAttribute('href', '/catalog/default/user/carol');
    expect(
      within(approval).getByRole('link', { name: 'alice' }),
    ).toHaveAttribute('href', '/catalog/default/user/alice');
    expect(
      within(approval).getByRole('link', { name: 'gpt-4o-mini' }),
    ).toHaveAttribute('href', '/litemaas/models/gpt-4o-mini');
    expect(
      within(approval).getByText('Payments needs it for the pilot'),
    ).toBeInTheDocument();
    expect(within(approval).getByText('Succeeded')).toBeInTheDocument();

    // The portal's own tasks, and a failure with its error on hover.
    const revoke = await row('Revoked a key');
    expect(within(revoke).getByText('LiteMaaS')).toBeInTheDocument();
    expect(
      within(revoke).getByRole('link', { name: 'payments' }),
    ).toBeInTheDocument();
    const failed = within(revoke).getByText('Failed').closest('[title]');
    expect(failed).toHaveAttribute('title', 'Failed: LiteLLM is down');

    // An action newer than the plugin shows its id; other actors as refs.
    const future = await row('quota-reshuffle');
    expect(within(future).getByText('plugin:scheduler')).toBeInTheDocument();
  });

  it('opens a row to show its target, before and after, and details', async () => {
    render();
    await row('Approved access');
    await userEvent.click(
      screen.getByRole('button', { name: /^Show details of Approved access/ }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Before' }),
    ).toBeInTheDocument();
    const section = (name: string) =>
      screen.getByRole('heading', { name }).closest('section')!;
    const before = section('Before');
    expect(within(before).getByText('status')).toBeInTheDocument();
    expect(within(before).getByText('pending')).toBeInTheDocument();
    const after = section('After');
    expect(within(after).getByText('granted')).toBeInTheDocument();
    // Nested values are pretty-printed JSON.
    expect(
      within(after).getByText(
        (_, element) =>
          element?.tagName === 'PRE' &&
          element.textContent ===
            JSON.stringify({ rpm: 60, maxBudget: 50 }, null, 2),
      ),
    ).toBeInTheDocument();
    const details = section('Details');
    expect(within(details).getByText('Fraud checks')).toBeInTheDocument();
    expect(within(details).getByText('gpt-4o-mini')).toBeInTheDocument();
    const event = section('Event');
    expect(within(event).getByText('req-1')).toBeInTheDocument();
    expect(within(event).getByText('access-approve')).toBeInTheDocument();
    expect(within(event).getByText('ev-approve')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^Hide details of Approved access/ }),
    ).toHaveAttribute('aria-expanded', 'true');
  });

  it("shows a failed event's error in its details, and says when nothing else was kept", async () => {
    render();
    await row('Revoked a key');
    await userEvent.click(
      screen.getByRole('button', { name: /^Show details of Revoked a key/ }),
    );
    const event = (
      await screen.findByRole('heading', { name: 'Event' })
    ).closest('section')!;
    expect(within(event).getByText('LiteLLM is down')).toBeInTheDocument();
    expect(
      screen.getByText('Nothing else was recorded for this action.'),
    ).toBeInTheDocument();
  });

  it('filters on the server and starts again from the first page', async () => {
    const { listAuditEvents } = render({
      listAuditEvents: jest
        .fn()
        .mockImplementation(async query =>
          page([approved, failedRevoke], 45, query.offset),
        ),
    });
    await row('Approved access');
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() =>
      expect(listAuditEvents).toHaveBeenLastCalledWith({
        offset: 20,
        limit: 20,
      }),
    );
    await waitFor(() =>
      expect(screen.getAllByText('21-40 of 45').length).toBeGreaterThan(0),
    );

    await userEvent.selectOptions(screen.getByLabelText('Outcome'), 'failed');
    await waitFor(() =>
      expect(listAuditEvents).toHaveBeenLastCalledWith({
        outcome: 'failed',
        ...FIRST,
      }),
    );
    await waitFor(() =>
      expect(screen.getAllByText('1-20 of 45').length).toBeGreaterThan(0),
    );

    await userEvent.selectOptions(
      screen.getByLabelText('Action'),
      'Approved access',
    );
    await userEvent.selectOptions(screen.getByLabelText('Model'), 'granite-8b');
    // Only the models the caller may see events of are choices.
    expect(
      within(screen.getByLabelText('Model')).queryByRole('option', {
        name: 'not-mine',
      }),
    ).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Actor'), 'carol');
    await userEvent.type(screen.getByLabelText('Search'), 'pilot');
    fireEvent.change(screen.getByLabelText('From'), {
      target: { value: '2026-11-01' },
    });
    fireEvent.change(screen.getByLabelText('To'), {
      target: { value: '2026-11-30' },
    });
    await waitFor(() =>
      expect(listAuditEvents).toHaveBeenLastCalledWith({
        search: 'pilot',
        action: 'access-approve',
        actorRef: 'user:default/carol',
        modelName: 'granite-8b',
        outcome: 'failed',
        from: new Date(2026, 10, 1).toISOString(),
        to: new Date(2026, 11, 1).toISOString(),
        ...FIRST,
      }),
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );
    await waitFor(() =>
      expect(listAuditEvents).toHaveBeenLastCalledWith(FIRST),
    );
  });

  it('asks nothing for a backwards date range, and says so', async () => {
    const { listAuditEvents } = render();
    await row('Approved access');
    fireEvent.change(screen.getByLabelText('From'), {
      target: { value: '2026-11-20' },
    });
    fireEvent.change(screen.getByLabelText('To'), {
      target: { value: '2026-11-10' },
    });
    expect(
      await screen.findByText('The end date is before the start date.'),
    ).toBeInTheDocument();
    expect(listAuditEvents).toHaveBeenLastCalledWith({
      from: new Date(2026, 10, 20).toISOString(),
      ...FIRST,
    });
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('pages through the trail on the server', async () => {
    const { listAuditEvents } = render({
      listAuditEvents: jest
        .fn()
        .mockResolvedValue(page([approved, failedRevoke], 1234)),
    });
    await row('Approved access');
    expect(screen.getByText('Audit trail (1,234)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() =>
      expect(listAuditEvents).toHaveBeenLastCalledWith({
        offset: 20,
        limit: 20,
      }),
    );
  });

  it('tries a failed page again, not the first one', async () => {
    const listAuditEvents = jest
      .fn()
      .mockResolvedValueOnce(page([approved], 45))
      .mockRejectedValueOnce(new Error('The database is away'))
      .mockResolvedValue(page([failedRevoke], 45, 20));
    render({ listAuditEvents });
    await row('Approved access');
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    expect(
      (await screen.findAllByText(/The database is away/)).length,
    ).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await row('Revoked a key');
    expect(listAuditEvents).toHaveBeenLastCalledWith({ offset: 20, limit: 20 });
    expect(screen.queryByText(/The database is away/)).not.toBeInTheDocument();
  });

  it('exports the filtered trail as CSV or JSON', async () => {
    const getAuditExportUrl = jest.fn(
      async (_query: unknown, format: string) =>
        `http://localhost:7007/api/litemaas/audit/export?format=${format}`,
    );
    render({ getAuditExportUrl });
    await row('Approved access');
    await userEvent.selectOptions(screen.getByLabelText('Outcome'), 'failed');
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() =>
      expect(assign).toHaveBeenCalledWith(
        'http://localhost:7007/api/litemaas/audit/export?format=csv',
      ),
    );
    expect(getAuditExportUrl).toHaveBeenCalledWith(
      { outcome: 'failed' },
      'csv',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() =>
      expect(assign).toHaveBeenLastCalledWith(
        'http://localhost:7007/api/litemaas/audit/export?format=json',
      ),
    );
  });

  it('says when an export cannot start', async () => {
    const getAuditExportUrl = jest.fn(async () => {
      throw await responseError(401, 'AuthenticationError', 'Sign in again');
    });
    const { alertApi } = render({ getAuditExportUrl });
    await row('Approved access');
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() =>
      expect(alertApi.getAlerts()[0]).toMatchObject({
        message: 'Could not export the audit trail as JSON: Sign in again',
        severity: 'error',
      }),
    );
    expect(assign).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeEnabled();
  });

  it('says when there are no events, and when none match', async () => {
    render({ listAuditEvents: jest.fn().mockResolvedValue(page([])) });
    expect(await screen.findByText('No audit events yet')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Outcome'), 'failed');
    expect(
      await screen.findByText('No audit events match'),
    ).toBeInTheDocument();
  });

  it('shows an error with a way to try again', async () => {
    const listAuditEvents = jest
      .fn()
      .mockRejectedValueOnce(new Error('The database is away'))
      .mockResolvedValue(page([approved]));
    render({ listAuditEvents });
    expect(
      (await screen.findAllByText(/The database is away/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText('No audit events yet')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await row('Approved access');
  });

  it('explains itself to callers who may see no events', async () => {
    render({
      listAuditEvents: jest.fn(async () => {
        throw await responseError(403, 'NotAllowedError', 'Not allowed');
      }),
    });
    expect(
      await screen.findByText(/No audit trail for you/),
    ).toBeInTheDocument();
  });
});

describe('auditQuery', () => {
  it('reads actors as entity refs', () => {
    expect(actorRef(' alice ')).toBe('user:default/alice');
    expect(actorRef('group:payments')).toBe('group:default/payments');
    expect(actorRef('user:corp/bob')).toBe('user:corp/bob');
    expect(actorRef('system:litemaas')).toBe('system:litemaas');
    expect(actorRef('')).toBeUndefined();
  });

  it('sends only what is set', () => {
    expect(auditQuery(NO_FILTERS)).toEqual({});
    expect(auditQuery({ ...NO_FILTERS, to: 'not a day' })).toEqual({});
  });
});
