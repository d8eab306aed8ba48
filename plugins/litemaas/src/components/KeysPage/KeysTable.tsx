import { MutableRefObject, ReactNode, useCallback, useMemo } from 'react';
import { TableColumn, TableProps } from '@backstage/core-components';
import { ApiKey } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import CircularProgress from '@material-ui/core/CircularProgress';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import KeyboardArrowDownIcon from '@material-ui/icons/KeyboardArrowDown';
import KeyboardArrowRightIcon from '@material-ui/icons/KeyboardArrowRight';
import RefreshIcon from '@material-ui/icons/Refresh';
import { makeStyles } from '@material-ui/core/styles';
import {
  DataTable,
  EntityRefLink,
  Identifier,
  KeyOriginChip,
  KeyStatusChip,
  SpendBar,
  isTeamRef,
  useModelList,
} from '../common';
import { ModelNameChip, deprecationsOf } from '../deprecation';
import { richText, slot, useKeysWords } from '../common/keysText';
import { formatEntityRef } from '../format';
import { useLitemaasText } from '../../translationText';

const useStyles = makeStyles(theme => ({
  alias: {
    maxWidth: 180,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  prefix: {
    fontFamily: 'monospace',
    fontSize: theme.typography.caption.fontSize,
    color: theme.palette.text.secondary,
    whiteSpace: 'nowrap',
  },
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  detail: {
    backgroundColor: theme.palette.background.default,
    padding: theme.spacing(0, 2, 0, 7),
  },
}));

/** A row as material-table hands it over: with its own state. */
type Row = ApiKey & { tableData?: { showDetailPanel?: unknown } };

/**
 * Cells of the details column: no more room than its button, and the
 * name beside it goes without its left padding, so the column costs the
 * row little width (the table fits 1280 px in German).
 */
const TOGGLE_CELL = { width: 28, padding: '0 0 0 4px' };
const AFTER_TOGGLE = { paddingLeft: 0 };

function When(props: { at?: string }) {
  const { format } = useKeysWords();
  if (!props.at) return <>—</>;
  return (
    <span title={format.dateTime(props.at)}>
      {format.relativeTime(props.at)}
    </span>
  );
}

/** When a key stops working: "expires in 3 days", "expires never". */
function Expiry(props: { apiKey: ApiKey }) {
  const { t } = useKeysWords();
  const { status, expiresAt } = props.apiKey;
  if (status === 'revoked' || status === 'failed') return <>—</>;
  if (!expiresAt) return <>{t('keys.table.neverExpires')}</>;
  return (
    <>
      {richText(t('keys.table.expires', { when: slot('when') }), {
        when: <When at={expiresAt} />,
      })}
    </>
  );
}

function Caption(props: { children: ReactNode }) {
  return (
    <Typography variant="caption" color="textSecondary" component="div">
      {props.children}
    </Typography>
  );
}

/** A page of keys fetched by the table itself (server-side paging). */
export type KeysQuery = Exclude<TableProps<ApiKey>['data'], ApiKey[]>;

/**
 * Keys as rows: name, prefix, owner, models, status, spend against budget,
 * created and expiry. `all` adds what admins need to tell keys apart.
 * `keys` as a function pages on the server.
 */
export function KeysTable(props: {
  keys: ApiKey[] | KeysQuery;
  label: string;
  title?: string;
  scope: 'mine' | 'all';
  actions(key: ApiKey): ReactNode;
  tableRef?: MutableRefObject<any>;
  emptyContent?: ReactNode;
  /** Shows a reload button in the table's toolbar. */
  onReload?(): void;
  /** The reload button spins while this is true. */
  reloading?: boolean;
  /** Under a key's spend, e.g. its budget top-up. */
  spendExtra?(key: ApiKey): ReactNode;
  /**
   * A key's details, opened below its row (by a button in its first
   * cell, or a click on the row). Keep it stable: an open panel keeps the
   * function it was opened with.
   */
  details?(key: ApiKey): ReactNode;
}) {
  const classes = useStyles();
  const { t } = useKeysWords();
  const text = useLitemaasText();
  const { scope, actions, spendExtra, details } = props;
  // Deprecated and retired models are marked on the keys that carry them.
  const models = useModelList();
  const deprecations = useMemo(
    () => deprecationsOf(models.value?.items),
    [models.value],
  );
  const columns = useMemo<TableColumn<Row>[]>(
    () => [
      ...(details
        ? [
            {
              title: (
                <span className={classes.visuallyHidden}>
                  {text('topUps.details.column')}
                </span>
              ),
              render: (key: Row) => {
                const open = Boolean(key.tableData?.showDetailPanel);
                // The row's click handler opens the panel (material-table
                // hands it the toggle); the button is what keyboards and
                // readers use.
                return (
                  <IconButton
                    size="small"
                    style={{ padding: 0 }}
                    data-details-toggle
                    aria-label={
                      open
                        ? text('topUps.details.hide', { name: key.name })
                        : text('topUps.details.show', { name: key.name })
                    }
                    aria-expanded={open}
                  >
                    {open ? (
                      <KeyboardArrowDownIcon />
                    ) : (
                      <KeyboardArrowRightIcon />
                    )}
                  </IconButton>
                );
              },
              width: `${TOGGLE_CELL.width}px`,
              headerStyle: TOGGLE_CELL,
              cellStyle: TOGGLE_CELL,
              sorting: false,
              searchable: false,
              hiddenByColumnsButton: true,
            } as TableColumn<Row>,
          ]
        : []),
      {
        title: t('keys.table.name'),
        field: 'name',
        highlight: true,
        ...(details && { headerStyle: AFTER_TOGGLE, cellStyle: AFTER_TOGGLE }),
        render: key => (
          <>
            {/* The origin chip goes under a long name rather than widen the
                column past the window. */}
            <Box
              display="flex"
              flexWrap="wrap"
              alignItems="center"
              style={{ gap: 4, columnGap: 8 }}
            >
              <Typography variant="body2" component="span">
                <strong>
                  <Identifier maxWidth={148}>{key.name}</Identifier>
                </strong>
              </Typography>
              <KeyOriginChip origin={key.origin} />
            </Box>
            {scope === 'all' && key.alias !== key.name && (
              // LiteLLM's alias is one long identifier: cut, not broken.
              <Typography
                variant="caption"
                color="textSecondary"
                component="div"
                className={classes.alias}
                title={key.alias}
              >
                {key.alias}
              </Typography>
            )}
            <code className={classes.prefix}>{key.prefix ?? '—'}</code>
          </>
        ),
      },
      {
        title: t('keys.table.owner'),
        field: 'subjectRef',
        render: key => (
          <>
            {scope === 'mine' && !isTeamRef(key.subjectRef) ? (
              t('keys.table.me')
            ) : (
              // A long user or team name is cut, not let widen the table
              // past a 1280 px window (the whole ref is in the tooltip).
              <Identifier maxWidth={100} title={key.subjectRef}>
                <EntityRefLink entityRef={key.subjectRef} />
              </Identifier>
            )}
            {scope === 'mine' && isTeamRef(key.subjectRef) && (
              <Caption>{t('keys.table.team')}</Caption>
            )}
            {key.componentRef && (
              // The catalog Component the key's spend counts for.
              <Caption>
                <Identifier
                  maxWidth={100}
                  title={`${t('keys.component.label')}: ${key.componentRef}`}
                >
                  <span data-testid="key-component">
                    <EntityRefLink entityRef={key.componentRef} />
                  </span>
                </Identifier>
              </Caption>
            )}
          </>
        ),
      },
      {
        title: t('keys.table.models'),
        field: 'models',
        sorting: false,
        render: key => (
          <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
            {key.models.map(model => (
              <ModelNameChip
                key={model}
                name={model}
                deprecation={deprecations.get(model)}
              />
            ))}
          </Box>
        ),
      },
      {
        title: t('keys.table.status'),
        field: 'status',
        render: key => (
          <>
            <KeyStatusChip status={key.status} />
            {key.previousValueValidUntil && (
              <Caption>
                {richText(
                  t('keys.table.oldValueUntil', { when: slot('when') }),
                  { when: <When at={key.previousValueValidUntil} /> },
                )}
              </Caption>
            )}
            {key.revokedAt && (
              <Caption>
                <When at={key.revokedAt} />
              </Caption>
            )}
          </>
        ),
      },
      {
        title: t('keys.table.spend'),
        field: 'spend',
        type: 'numeric',
        render: key => (
          <>
            <SpendBar
              spend={key.spend}
              maxBudget={key.limits.maxBudget}
              budgetDuration={key.limits.budgetDuration}
            />
            {spendExtra?.(key)}
          </>
        ),
      },
      {
        // Created and expiry share a column, so the row fits at 1280 px.
        title: t('keys.table.created'),
        field: 'createdAt',
        type: 'datetime',
        cellStyle: { whiteSpace: 'nowrap' },
        render: key => (
          <>
            <When at={key.createdAt} />
            {(scope === 'all' || isTeamRef(key.subjectRef)) && (
              <Caption>
                {t('keys.table.createdBy', {
                  who: formatEntityRef(key.createdBy),
                })}
              </Caption>
            )}
            <Caption>
              <Expiry apiKey={key} />
            </Caption>
          </>
        ),
      },
      {
        title: t('keys.table.actions'),
        field: 'id',
        sorting: false,
        align: 'right',
        cellStyle: { whiteSpace: 'nowrap' },
        // Stacked, so the row fits at 1280 px.
        render: key => (
          <Box display="flex" flexDirection="column" alignItems="flex-end">
            {actions(key)}
          </Box>
        ),
      },
    ],
    [
      scope,
      actions,
      spendExtra,
      details,
      classes.prefix,
      classes.alias,
      classes.visuallyHidden,
      t,
      text,
      deprecations,
    ],
  );
  const detailPanel = useCallback(
    ({ rowData }: { rowData: ApiKey }) => (
      <Box className={classes.detail}>{details?.(rowData)}</Box>
    ),
    [details, classes.detail],
  );
  const remote = typeof props.keys === 'function';
  return (
    <DataTable<Row>
      label={props.label}
      title={props.title ?? props.label}
      tableRef={props.tableRef}
      columns={columns}
      data={props.keys}
      emptyContent={props.emptyContent}
      {...(details && {
        detailPanel,
        onRowClick: (event, _key, togglePanel) => {
          // Links and the row's other buttons do their own thing; the
          // details button and the rest of the row open the details.
          const target = event?.target as HTMLElement | undefined;
          const control = target?.closest('a,button,input,select');
          if (control && !control.hasAttribute('data-details-toggle')) {
            return;
          }
          togglePanel?.();
        },
      })}
      actions={
        props.onReload
          ? [
              {
                icon: () =>
                  props.reloading ? (
                    <CircularProgress
                      size={20}
                      aria-label={t('keys.table.reload')}
                    />
                  ) : (
                    <RefreshIcon aria-label={t('keys.table.reload')} />
                  ),
                tooltip: t('keys.table.reload'),
                isFreeAction: true,
                onClick: () => props.onReload?.(),
              },
            ]
          : undefined
      }
      options={{
        showDetailPanelIcon: false,
        // The server searches and sorts its pages; arrays search here.
        search: !remote,
        sorting: !remote,
        rowStyle: (key: ApiKey) =>
          key.status === 'revoked' || key.status === 'failed'
            ? { opacity: 0.65 }
            : {},
      }}
    />
  );
}
