import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { litemaasApiRef } from '../../api';
import { aRequest, fakeApi } from '../../__testUtils__/fixtures';
import { RequestHistory } from '../MyAccessPage/RequestHistory';
import { ApprovalChips } from './ApprovalChips';

describe('approval rules on requests', () => {
  it('shows the first of two approvals and an escalation on a waiting request', async () => {
    await renderInTestApp(
      <ApprovalChips
        request={aRequest({
          approvals: {
            required: 2,
            approvedBy: ['user:default/dana'],
            rule: 'big-budget',
          },
          escalatedAt: '2026-11-25T10:00:00Z',
        })}
      />,
    );
    expect(
      screen.getByText('1 of 2 approvals (rule big-budget)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Escalated')).toBeInTheDocument();
  });

  it('shows nothing on a request no rule touched', async () => {
    await renderInTestApp(
      <div data-testid="chips">
        <ApprovalChips request={aRequest()} />
      </div>,
    );
    expect(screen.getByTestId('chips')).toBeEmptyDOMElement();
  });

  it('tells the rules’ history entries and decisions in words, naming the rule', async () => {
    const at = (m: number) => `2026-11-20T10:0${m}:00Z`;
    const event = (m: number, more: object) => ({
      requestId: 'req-1',
      at: at(m),
      toStatus: 'pending',
      ...more,
    });
    const getAccessRequest = jest.fn().mockResolvedValue({
      request: aRequest(),
      history: [
        event(1, {
          actorRef: 'system:litemaas',
          action: 'rule-skipped',
          reason:
            "Rule 'prod-only' could not read the catalog (timeout): left to people",
        }),
        event(2, {
          actorRef: 'user:default/dana',
          action: 'approval-recorded',
          reason: "1 of 2 approvals (rule 'big-budget'): looks fine",
        }),
        event(3, {
          actorRef: 'system:litemaas',
          action: 'escalated',
          reason:
            "No decision within 3 days: escalated to admins (rule 'slow')",
        }),
        event(4, {
          actorRef: 'system:litemaas',
          action: 'granted',
          toStatus: 'granted',
          reason:
            "Approved by rule 'small': limits within its ceiling, user:default/alice in group:default/ml-platform",
        }),
      ],
    });
    await renderInTestApp(<RequestHistory id="req-1" />, {
      apis: [[litemaasApiRef, fakeApi({ getAccessRequest })]],
    });
    const items = within(
      await screen.findByRole('list', { name: 'Request history' }),
    ).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('LiteMaaS could not check a rule');
    expect(items[1]).toHaveTextContent('dana gave the first of two approvals');
    expect(items[2]).toHaveTextContent(
      'LiteMaaS escalated the request to the admins',
    );
    expect(items[3]).toHaveTextContent('LiteMaaS granted access');
    expect(items[0]).toHaveTextContent(
      'Rule “prod-only” could not read the catalog (timeout): left to people',
    );
    expect(items[1]).toHaveTextContent(
      '1 of 2 approvals (rule “big-budget”): looks fine',
    );
    expect(items[2]).toHaveTextContent(
      'No decision within 3 days: escalated to admins (rule “slow”)',
    );
    expect(items[3]).toHaveTextContent(
      'Approved by rule “small”: limits within its ceiling, alice in ml-platform',
    );
  });
});
