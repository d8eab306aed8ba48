import { useCallback } from 'react';
import {
  ApiKey,
  BudgetTopUp,
  BudgetTopUpStatus,
  TOP_UP_MAX_DAYS,
} from '@litemaas/backstage-plugin-litemaas-common';
import { LitemaasText, useLitemaasText } from '../../translationText';
import { KeysWords, parseAmount, parseWholeNumber } from '../common';
import { formatEntityRef } from '../format';

/** A key holds at most one top-up in these states (the backend's rule). */
export const CURRENT_TOP_UP_STATUSES: BudgetTopUpStatus[] = [
  'pending',
  'applying',
  'active',
  'ending',
];

/** The most one top-up may add, in USD (the backend's typo guard). */
export const TOP_UP_MAX_AMOUNT = 100_000;

/** The period a top-up is asked for unless its owner says otherwise. */
export const TOP_UP_DEFAULT_DAYS = 30;

export function isCurrentTopUp(topUp: BudgetTopUp): boolean {
  return CURRENT_TOP_UP_STATUSES.includes(topUp.status);
}

/**
 * Why a key the caller manages cannot get more budget now, or undefined
 * when it can: it needs a budget and must be working (not blocked,
 * expired or on its way out), and not be a playground session's key.
 */
export type TopUpBlocker = 'noBudget' | 'notWorking' | 'playground';

export function topUpBlocker(key: ApiKey): TopUpBlocker | undefined {
  if (key.origin === 'playground') return 'playground';
  if (
    key.status !== 'active' &&
    key.status !== 'expiring-soon' &&
    key.status !== 'over-budget'
  ) {
    return 'notWorking';
  }
  if (key.limits.maxBudget === undefined) return 'noBudget';
  return undefined;
}

/**
 * "1 day", "30 days" in the reader's language ("30 Tage", "30 日"), by
 * the browser's own unit names.
 */
export function daysText(language: string, days: number): string {
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
  }).format(days);
}

/** Top-up states' names ("Waiting", "Running", ...) in the reader's language. */
export function useTopUpStatusLabel(): (status: BudgetTopUpStatus) => string {
  const t = useLitemaasText();
  return useCallback(
    (status: BudgetTopUpStatus) => {
      switch (status) {
        case 'pending':
          return t('topUps.status.pending');
        case 'applying':
          return t('topUps.status.applying');
        case 'active':
          return t('topUps.status.active');
        case 'ending':
          return t('topUps.status.ending');
        case 'ended':
          return t('topUps.status.ended');
        case 'denied':
          return t('topUps.status.denied');
        case 'cancelled':
          return t('topUps.status.cancelled');
        default:
          // A status newer than this plugin: its own name beats nothing.
          return status;
      }
    },
    [t],
  );
}

/** "team payments" in the reader's language. */
export function teamName(t: LitemaasText, teamRef: string): string {
  return t('topUps.team.name', { name: formatEntityRef(teamRef) });
}

/** What a top-up raises, by name: the key's, or "team payments". */
export function useTopUpTargetName(): (topUp: BudgetTopUp) => string {
  const t = useLitemaasText();
  return useCallback(
    (topUp: BudgetTopUp) =>
      topUp.teamRef ? teamName(t, topUp.teamRef) : topUp.keyName,
    [t],
  );
}

/** An amount of USD above 0 and within the maximum, or what is wrong. */
export function parseTopUpAmount(
  text: string,
  words: KeysWords,
  t: LitemaasText,
): { amount?: number; error?: string } {
  const parsed = parseAmount(text, words);
  if (parsed === undefined) return { error: t('topUps.dialog.amountRequired') };
  // Not a number, negative or 0: all the same mistake here.
  if (typeof parsed === 'string' || parsed <= 0) {
    return { error: t('topUps.dialog.amountAboveZero') };
  }
  if (parsed > TOP_UP_MAX_AMOUNT) {
    return {
      error: t('topUps.dialog.amountTooHigh', {
        max: words.format.usd(TOP_UP_MAX_AMOUNT),
      }),
    };
  }
  return { amount: Math.round(parsed * 100) / 100 };
}

/** A whole number of days from 1 to the longest top-up, or what is wrong. */
export function parseTopUpDays(
  text: string,
  words: KeysWords,
  t: LitemaasText,
): { days?: number; error?: string } {
  const parsed = parseWholeNumber(text, words);
  if (typeof parsed !== 'number' || parsed < 1 || parsed > TOP_UP_MAX_DAYS) {
    return {
      error: t('topUps.dialog.daysInvalid', {
        min: words.format.count(1),
        max: words.format.count(TOP_UP_MAX_DAYS),
      }),
    };
  }
  return { days: parsed };
}

const DAY_MS = 24 * 3600 * 1000;

/** When a top-up approved now would end. */
export function endOf(days: number, now: number = Date.now()): string {
  return new Date(now + days * DAY_MS).toISOString();
}
