import { ReactNode } from 'react';
import { AuditEvent } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useLitemaasText } from '../../translationText';
import { useReasonText } from '../MyAccessPage/reasonText';
import { useLocaleFormat } from '../useLocaleFormat';
import { useAuditActionLabel } from './auditText';

const useStyles = makeStyles(theme => ({
  panel: {
    backgroundColor: theme.palette.background.default,
    padding: theme.spacing(2, 2, 2, 7),
    display: 'grid',
    // As many sections side by side as fit; never wider than the table.
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: theme.spacing(3),
  },
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    margin: theme.spacing(1, 0, 0),
    ...theme.typography.body2,
  },
  key: {
    color: theme.palette.text.secondary,
    overflowWrap: 'anywhere',
  },
  value: {
    margin: 0,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  changed: { fontWeight: theme.typography.fontWeightBold as number },
  json: {
    margin: 0,
    fontFamily: 'monospace',
    fontSize: '0.8125rem',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  error: {
    color:
      theme.palette.type === 'dark'
        ? theme.palette.error.light
        : theme.palette.error.dark,
  },
}));

/** Whether a recorded value says anything. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return value === '';
}

function isPlainList(value: unknown[]): boolean {
  return value.every(item => item === null || typeof item !== 'object');
}

/** One recorded value: plain values as text, nested ones as JSON. */
function Value(props: { value: unknown }) {
  const classes = useStyles();
  const { value } = props;
  if (isEmpty(value)) return <>—</>;
  if (Array.isArray(value) && isPlainList(value)) {
    return <>{value.map(String).join(', ')}</>;
  }
  if (typeof value === 'object') {
    return <pre className={classes.json}>{JSON.stringify(value, null, 2)}</pre>;
  }
  return <>{String(value)}</>;
}

/** Key: value rows; `changed` names the keys the action changed. */
function Facts(props: {
  entries: Array<[string, ReactNode]>;
  changed?: Set<string>;
}) {
  const classes = useStyles();
  return (
    <dl className={classes.list}>
      {props.entries.map(([key, value]) => {
        const changed = props.changed?.has(key);
        return (
          <Box key={key} display="contents">
            <dt className={`${classes.key} ${changed ? classes.changed : ''}`}>
              {key}
            </dt>
            <dd
              className={`${classes.value} ${changed ? classes.changed : ''}`}
            >
              {value}
            </dd>
          </Box>
        );
      })}
    </dl>
  );
}

/** A recorded state or the request's details, as a list when it is one. */
function Recorded(props: { title: string; value: unknown; compare?: unknown }) {
  const classes = useStyles();
  const { value, compare } = props;
  let body: ReactNode;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const other =
      compare && typeof compare === 'object' && !Array.isArray(compare)
        ? (compare as Record<string, unknown>)
        : undefined;
    // What the action changed stands out in the state after it.
    const changed = new Set(
      other
        ? Object.keys(record).filter(
            key => JSON.stringify(record[key]) !== JSON.stringify(other[key]),
          )
        : [],
    );
    body = (
      <Facts
        entries={Object.entries(record).map(([key, item]) => [
          key,
          <Value key={key} value={item} />,
        ])}
        changed={changed}
      />
    );
  } else {
    body = (
      <Box mt={1} className={classes.value}>
        <Value value={value} />
      </Box>
    );
  }
  return (
    <section>
      <Typography variant="subtitle2" component="h3">
        {props.title}
      </Typography>
      {body}
    </section>
  );
}

/** What a row opens to: the event's target, states and details. */
export function AuditDetails(props: { event: AuditEvent }) {
  const classes = useStyles();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const actionLabel = useAuditActionLabel();
  const reasonText = useReasonText();
  const { event } = props;
  const recorded = [
    !isEmpty(event.before) && (
      <Recorded
        key="before"
        title={t('audit.detail.before')}
        value={event.before}
      />
    ),
    !isEmpty(event.after) && (
      <Recorded
        key="after"
        title={t('audit.detail.after')}
        value={event.after}
        compare={event.before}
      />
    ),
    !isEmpty(event.details) && (
      <Recorded
        key="details"
        title={t('audit.detail.details')}
        value={event.details}
      />
    ),
  ].filter(Boolean);
  const facts: Array<[string, ReactNode]> = [
    [t('audit.detail.at'), format.dateTime(event.at)],
    ...(actionLabel(event.action) !== event.action
      ? [[t('audit.detail.action'), event.action] as [string, ReactNode]]
      : []),
    ...(event.target
      ? [[t('audit.detail.target'), event.target] as [string, ReactNode]]
      : []),
    ...(event.reason
      ? [
          [t('audit.columns.reason'), reasonText(event.reason)] as [
            string,
            ReactNode,
          ],
        ]
      : []),
    [t('audit.detail.id'), event.id],
    ...(event.error
      ? [
          [
            t('audit.detail.error'),
            <span key="error" className={classes.error}>
              {event.error}
            </span>,
          ] as [string, ReactNode],
        ]
      : []),
  ];
  return (
    <div className={classes.panel}>
      <section>
        <Typography variant="subtitle2" component="h3">
          {t('audit.detail.event')}
        </Typography>
        <Facts entries={facts} />
      </section>
      {recorded.length ? (
        recorded
      ) : (
        <Typography variant="body2" color="textSecondary">
          {t('audit.detail.nothing')}
        </Typography>
      )}
    </div>
  );
}
