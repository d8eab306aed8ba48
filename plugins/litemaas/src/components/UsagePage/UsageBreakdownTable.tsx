import { useLitemaasText } from '../../translationText';
import { ReactNode, useMemo } from 'react';
import { TableColumn } from '@backstage/core-components';
import { UsageRow } from '@litemaas/backstage-plugin-litemaas-common';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { DataTable, EntityRefLink, isTeamRef } from '../common';
import { useLocaleFormat } from '../useLocaleFormat';
import { errorRate } from './usageView';

/** Long lists (everyone's keys) show a page at a time. */
const FIRST_ROWS = 10;

const NUMBER = {
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
} as const;

function Plain(props: { children?: ReactNode }) {
  return <div>{props.children}</div>;
}

const useStyles = makeStyles(theme => ({
  shareBar: {
    marginTop: theme.spacing(0.5),
    height: 4,
    borderRadius: 2,
    backgroundColor: theme.palette.action.hover,
  },
}));

/** A user or team row's name: a link to the catalog, and which it is. */
export function SubjectName(props: { subjectRef: string }) {
  const t = useLitemaasText();
  // The backend's name for the owner of keys made in LiteLLM directly.
  if (props.subjectRef === 'unknown') {
    return <em>{t('usage.breakdown.unknownSubject')}</em>;
  }
  return (
    <>
      <EntityRefLink entityRef={props.subjectRef} />
      <Typography variant="caption" color="textSecondary" component="div">
        {isTeamRef(props.subjectRef)
          ? t('usage.breakdown.team')
          : t('usage.breakdown.user')}
      </Typography>
    </>
  );
}

/**
 * Usage per key, model, user or team, or provider, in the given order
 * (costliest first): requests, tokens, spend, and either each row's share of
 * the spend or its error rate.
 */
export function UsageBreakdownTable(props: {
  label: string;
  nameHeader: string;
  rows: UsageRow[];
  renderName(row: UsageRow): ReactNode;
  /** `share` of the total spend, or `errors` = failed / requests. */
  last: 'share' | 'errors';
  /** What an empty table says instead. */
  emptyText?: string;
  /** Set when the backend cut the rows at this many, the costliest. */
  rowLimit?: number;
}) {
  const classes = useStyles();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { rows, last, nameHeader, renderName } = props;
  const totalSpend = rows.reduce((sum, row) => sum + row.spend, 0);
  const columns = useMemo<TableColumn<UsageRow>[]>(
    () => [
      {
        title: nameHeader,
        field: 'group',
        render: row => renderName(row),
      },
      {
        title: t('usage.breakdown.requests'),
        field: 'requests',
        type: 'numeric',
        cellStyle: NUMBER,
        render: row => format.count(row.requests),
      },
      {
        title: t('usage.breakdown.tokens'),
        field: 'totalTokens',
        type: 'numeric',
        cellStyle: NUMBER,
        render: row => (
          <span
            title={t('usage.breakdown.tokensTitle', {
              prompt: format.count(row.promptTokens),
              completion: format.count(row.completionTokens),
            })}
          >
            {format.count(row.totalTokens)}
          </span>
        ),
      },
      {
        title: t('usage.breakdown.spend'),
        field: 'spend',
        type: 'numeric',
        cellStyle: NUMBER,
        render: row => format.spend(row.spend),
        defaultSort: 'desc',
      },
      last === 'share'
        ? {
            title: t('usage.breakdown.share'),
            // Its own key: hiding Share must not hide Spend.
            field: 'share',
            type: 'numeric',
            sorting: false,
            cellStyle: { ...NUMBER, minWidth: 90 },
            render: row => {
              const share = totalSpend > 0 ? row.spend / totalSpend : 0;
              return (
                <>
                  {format.percent(share)}
                  <LinearProgress
                    variant="determinate"
                    value={share * 100}
                    className={classes.shareBar}
                    aria-hidden="true"
                  />
                </>
              );
            },
          }
        : {
            title: t('usage.breakdown.errorRate'),
            field: 'failedRequests',
            type: 'numeric',
            cellStyle: NUMBER,
            customSort: (a, b) => (errorRate(a) ?? 0) - (errorRate(b) ?? 0),
            render: row => format.percent(errorRate(row)),
          },
    ],
    [nameHeader, renderName, last, totalSpend, classes.shareBar, t, format],
  );

  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {props.emptyText ?? t('usage.breakdown.empty')}
      </Typography>
    );
  }
  const long = rows.length > FIRST_ROWS;
  return (
    <>
      <DataTable<UsageRow>
        label={props.label}
        columns={columns}
        data={rows}
        // Inside a card already: no second card around the table.
        components={{ Container: Plain }}
        options={{
          // Search and column choice only where there is a list to search.
          toolbar: long,
          showTitle: false,
          pageSize: FIRST_ROWS,
          pageSizeOptions: [FIRST_ROWS, 25, 100],
        }}
      />
      {props.rowLimit !== undefined && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="p"
          role="note"
        >
          {t('usage.breakdown.rowLimit', {
            limit: format.count(props.rowLimit),
          })}
        </Typography>
      )}
    </>
  );
}
