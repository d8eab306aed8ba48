import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { englishLeft, languageApis, languages } from '../../__testUtils__/i18n';
import { useLitemaasText } from '../../translationText';
import {
  AccessPolicyFact,
  AccessStatusChip,
  MyAccessChips,
  subjectLabel,
} from './chips';
import { ErrorWithRetry } from './ErrorWithRetry';

/** Whom two access entries are for, as a page would name them. */
function Subjects() {
  const t = useLitemaasText();
  return (
    <ul>
      <li>{subjectLabel('user:default/alice', t)}</li>
      <li>{subjectLabel('group:default/payments', t)}</li>
    </ul>
  );
}

describe('the shared parts in other languages', () => {
  it.each(languages)(
    'offers to try again in %s when loading fails',
    async (language, messages) => {
      const onRetry = jest.fn();
      renderInTestApp(
        <ErrorWithRetry error={new Error('boom')} onRetry={onRetry} />,
        { apis: languageApis(language, messages) },
      );
      await userEvent.click(
        screen.getByRole('button', { name: messages['common.tryAgain'] }),
      );
      expect(onRetry).toHaveBeenCalled();
      expect(screen.queryByText('Try again')).toBeNull();
      // Backstage's error panel labels its details "Message" in English,
      // which no translation of this plugin reaches.
      expect(englishLeft(messages).filter(text => text !== 'Message')).toEqual(
        [],
      );
    },
  );

  it.each(languages)(
    'names policies, statuses and whom access is for in %s',
    async (language, messages) => {
      renderInTestApp(
        <>
          <AccessPolicyFact policy="open" />
          <AccessPolicyFact policy="restricted" />
          <AccessPolicyFact policy="hidden" />
          <AccessStatusChip status="granted" />
          <AccessStatusChip status="denied" />
          <MyAccessChips
            myAccess={[
              { id: 'a', status: 'pending', subjectRef: 'user:default/alice' },
              {
                id: 'b',
                status: 'revoked',
                subjectRef: 'group:default/payments',
              },
            ]}
          />
          <Subjects />
        </>,
        { apis: languageApis(language, messages) },
      );
      for (const key of [
        'policy.open',
        'policy.restricted',
        'policy.hidden',
        'policy.openExplanation',
        'policy.restrictedExplanation',
        'policy.hiddenExplanation',
        'status.granted',
        'status.denied',
        'status.pending',
      ]) {
        expect(screen.getByText(messages[key])).toBeInTheDocument();
      }
      expect(
        screen.getByText(`${messages['status.revoked']} · payments`),
      ).toBeInTheDocument();
      // "Me" is too short for englishLeft to look for.
      expect(screen.getByText(messages['access.me'])).toBeInTheDocument();
      expect(screen.queryByText('Me')).toBeNull();
      expect(screen.getByText('payments')).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);
    },
  );
});
