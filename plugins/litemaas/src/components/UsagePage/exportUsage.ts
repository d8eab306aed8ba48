import {
  UsageMetrics,
  UsageRow,
} from '@litemaas/backstage-plugin-litemaas-common';
import { UsageView, previousRange } from './usageView';

const METRICS: Array<[keyof UsageMetrics, string]> = [
  ['requests', 'requests'],
  ['successfulRequests', 'successful_requests'],
  ['failedRequests', 'failed_requests'],
  ['promptTokens', 'prompt_tokens'],
  ['completionTokens', 'completion_tokens'],
  ['totalTokens', 'total_tokens'],
  ['spend', 'spend_usd'],
];

const HEADER = ['breakdown', 'group', 'label', ...METRICS.map(([, h]) => h)];

/**
 * A text cell for CSV: quoted when needed, and with a leading quote mark
 * when it starts like a formula, since key names are user input and
 * spreadsheets would run them.
 */
function textCell(value: string | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(
  breakdown: string,
  group: string,
  label: string | undefined,
  metrics: UsageMetrics,
): string {
  return [
    textCell(breakdown),
    textCell(group),
    textCell(label),
    ...METRICS.map(([field]) => String(metrics[field])),
  ].join(',');
}

/**
 * The view as one CSV: a `breakdown` column tells days, keys, models, users
 * and teams, and providers apart, and the last two lines hold the totals of
 * the range and of the period before.
 */
export function usageCsv(view: UsageView): string {
  const previous = previousRange(view.range);
  const rows = (breakdown: string, items: UsageRow[]) =>
    items.map(row => line(breakdown, row.group, row.label, row));
  return [
    HEADER.join(','),
    ...rows('day', view.days),
    ...view.breakdowns.flatMap(b => rows(b.groupBy, b.rows)),
    line('total', `${view.range.from}..${view.range.to}`, '', view.totals),
    line(
      'previous_total',
      `${previous.from}..${previous.to}`,
      '',
      view.previousTotals,
    ),
  ]
    .map(l => `${l}\r\n`)
    .join('');
}

/** The view as JSON, in the API's own shapes. */
export function usageJson(view: UsageView): string {
  return `${JSON.stringify(
    {
      from: view.range.from,
      to: view.range.to,
      scope: view.scope,
      syncedAt: view.syncedAt,
      totals: view.totals,
      previousTotals: view.previousTotals,
      previousPeriod: previousRange(view.range),
      byDay: view.days,
      ...Object.fromEntries(
        view.breakdowns.map(b => [
          `by${b.groupBy.charAt(0).toLocaleUpperCase('en-US')}${b.groupBy.slice(
            1,
          )}`,
          b.rows,
        ]),
      ),
    },
    null,
    2,
  )}\n`;
}

/** "litemaas-usage-2026-11-01-to-2026-11-30.csv", with "-all" for everyone. */
export function exportFileName(view: UsageView, extension: string): string {
  const scope = view.scope === 'all' ? '-all' : '';
  return `litemaas-usage${scope}-${view.range.from}-to-${view.range.to}.${extension}`;
}

/** Saves text as a file through a temporary link to a Blob. */
export function downloadFile(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
