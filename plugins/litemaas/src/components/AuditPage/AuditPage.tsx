import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  EmptyState,
  Link,
  TableColumn,
  TableProps,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { useSearchParams } from 'react-router-dom';
import {
  AuditEvent,
  AuditQuery,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import IconButton from '@material-ui/core/IconButton';
import InputAdornment from '@material-ui/core/InputAdornment';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import KeyboardArrowDownIcon from '@material-ui/icons/KeyboardArrowDown';
import KeyboardArrowRightIcon from '@material-ui/icons/KeyboardArrowRight';
import RefreshIcon from '@material-ui/icons/Refresh';
import SearchIcon from '@material-ui/icons/Search';
import useDebounce from 'react-use/esm/useDebounce';
import { litemaasApiRef } from '../../api';
import { useLitemaasText } from '../../translationText';
import {
  EntityRefLink,
  ToneChip,
  errorStatus,
  useLiteMaasPaths,
  useModelList,
} from '../common';
import { DataTable } from '../common/DataTable';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { Identifier } from '../common/Identifier';
import { useReasonText } from '../MyAccessPage/reasonText';
import { useLocaleFormat } from '../useLocaleFormat';
import { AuditDetails } from './AuditDetails';
import {
  AuditFilters,
  NO_FILTERS,
  auditQuery,
  hasFilters,
  rangeIsBackwards,
} from './auditQuery';
import { useAuditActionChoices, useAuditActionLabel } from './auditText';
import { navigateTo } from './navigate';
import { DownloadButtons } from '../common/DownloadButtons';

/** The portal's own tasks act as this ref. */
const SYSTEM_ACTOR = 'system:litemaas';

/** Room for a ref or a model name before it is cut (shown whole on hover). */
const NAME_WIDTH = 120;

/** Cells a little tighter than the default: eight columns fit at 1280 px. */
const CELL = { padding: '6px 8px' };
const TOGGLE_CELL = { width: 40, padding: '0 0 0 8px' };

/** A row as material-table hands it over: with its own state. */
type Row = AuditEvent & { tableData?: { showDetailPanel?: unknown } };

type AuditPageQuery = Exclude<TableProps<AuditEvent>['data'], AuditEvent[]>;

const useStyles = makeStyles(theme => ({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: theme.spacing(2),
    padding: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  search: { flex: '1 1 260px', minWidth: 220, maxWidth: 420 },
  field: { minWidth: 170 },
  date: { width: 170 },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginLeft: 'auto',
  },
  reason: {
    overflowWrap: 'anywhere',
    // Long reasons keep to three lines; the whole one is in the details.
    display: '-webkit-box',
    WebkitLineClamp: 3,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
}));

/** Who did it, or whom it was about: a catalog link, the portal, or the ref. */
function Party(props: { entityRef?: string }) {
  const t = useLitemaasText();
  const ref = props.entityRef;
  if (!ref) return <>—</>;
  if (ref === SYSTEM_ACTOR) return <>{t('audit.system')}</>;
  if (/^(user|group):/i.test(ref)) {
    return (
      <Identifier title={ref} maxWidth={NAME_WIDTH}>
        <EntityRefLink entityRef={ref} />
      </Identifier>
    );
  }
  return <Identifier maxWidth={NAME_WIDTH}>{ref}</Identifier>;
}

function ExportButtons(props: { query: AuditQuery; disabled: boolean }) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  return (
    <DownloadButtons
      exportUrl={format => api.getAuditExportUrl(props.query, format)}
      label={format => t('audit.export.button', { format })}
      failed={(format, error) => t('audit.export.failed', { format, error })}
      disabled={props.disabled}
      download={navigateTo}
    />
  );
}

/**
 * The audit trail: every governance action the caller may see (admins all
 * of them, model owners those about their models), newest first, filtered
 * and paged by the server.
 */
export function AuditPage() {
  const classes = useStyles();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const api = useApi(litemaasApiRef);
  const paths = useLiteMaasPaths();
  const models = useModelList();
  const actionLabel = useAuditActionLabel();
  const actionChoices = useAuditActionChoices();
  const reasonText = useReasonText();

  // A link may open the trail searched (?search=offboarding): the
  // offboarding page sends its readers here that way.
  const [params] = useSearchParams();
  const linkedSearch = params.get('search') ?? '';
  const [filters, setFilters] = useState<AuditFilters>(() => ({
    ...NO_FILTERS,
    search: linkedSearch,
  }));
  const set = (field: keyof AuditFilters) => (value: string) =>
    setFilters(current => ({ ...current, [field]: value }));
  // Typed filters ask the server once typing pauses.
  const [typed, setTyped] = useState({ search: linkedSearch, actor: '' });
  useDebounce(
    () => setTyped({ search: filters.search, actor: filters.actor }),
    300,
    [filters.search, filters.actor],
  );
  const backwards = rangeIsBackwards(filters);
  // Compared by value: a new object with the same filters is no new query.
  // A backwards date range asks nothing until it is fixed.
  const asked = useRef('{}');
  if (!backwards) {
    asked.current = JSON.stringify(auditQuery({ ...filters, ...typed }));
  }
  const queryKey = asked.current;
  const query = useMemo(() => JSON.parse(queryKey) as AuditQuery, [queryKey]);
  const filtered = hasFilters(filters);

  // The models the caller may see events of; a model chosen before it left
  // the list stays a choice.
  const modelChoices = useMemo(() => {
    const names = (models.value?.items ?? [])
      .filter(m => m.canReview)
      .map(m => m.name);
    if (filters.model && !names.includes(filters.model)) {
      names.push(filters.model);
    }
    return names.sort((a, b) => a.localeCompare(b));
  }, [models.value, filters.model]);

  const tableRef = useRef<any>();
  const [total, setTotal] = useState<number>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error>();
  const [denied, setDenied] = useState(false);
  // A failed page keeps the pager where it was, so "Try again" asks for
  // that same page.
  const lastTotal = useRef(0);
  const fetchPage = useCallback<AuditPageQuery>(
    async page => {
      setLoading(true);
      try {
        const result = await api.listAuditEvents({
          ...query,
          offset: page.page * page.pageSize,
          limit: page.pageSize,
        });
        setError(undefined);
        setTotal(result.total);
        lastTotal.current = result.total;
        return {
          data: result.items,
          page: page.page,
          totalCount: result.total,
        };
      } catch (e) {
        if (errorStatus(e) === 403) setDenied(true);
        setError(e as Error);
        return { data: [], page: page.page, totalCount: lastTotal.current };
      } finally {
        setLoading(false);
      }
    },
    [api, query],
  );
  const retry = () => tableRef.current?.onQueryChange?.();
  // New filters start again from the first page. The table stays mounted,
  // so the columns someone hid stay hidden.
  const filtersSeen = useRef(false);
  useEffect(() => {
    if (!filtersSeen.current) {
      filtersSeen.current = true;
      return;
    }
    const table = tableRef.current;
    table?.onQueryChange?.({ ...table.state?.query, page: 0 });
  }, [fetchPage]);

  const columns: TableColumn<Row>[] = [
    {
      title: (
        <span className={classes.visuallyHidden}>
          {t('audit.columns.details')}
        </span>
      ),
      render: event => {
        const open = Boolean(event.tableData?.showDetailPanel);
        const words = {
          action: actionLabel(event.action),
          when: format.dateTime(event.at),
        };
        // The row's click opens the panel (material-table hands over the
        // toggle); the button is what keyboards and screen readers use.
        return (
          <IconButton
            size="small"
            data-details-toggle
            aria-label={
              open
                ? t('audit.hideDetails', words)
                : t('audit.showDetails', words)
            }
            aria-expanded={open}
          >
            {open ? <KeyboardArrowDownIcon /> : <KeyboardArrowRightIcon />}
          </IconButton>
        );
      },
      width: `${TOGGLE_CELL.width}px`,
      headerStyle: TOGGLE_CELL,
      cellStyle: TOGGLE_CELL,
      sorting: false,
      hiddenByColumnsButton: true,
    },
    {
      title: t('audit.columns.when'),
      field: 'at',
      cellStyle: { ...CELL, whiteSpace: 'nowrap' },
      headerStyle: CELL,
      render: event => (
        <span title={format.dateTime(event.at)}>
          {format.relativeTime(event.at)}
        </span>
      ),
    },
    {
      title: t('audit.columns.action'),
      field: 'action',
      cellStyle: { ...CELL, minWidth: 100 },
      headerStyle: CELL,
      render: event =>
        actionLabel(event.action) === event.action ? (
          <Identifier maxWidth={NAME_WIDTH + 40}>{event.action}</Identifier>
        ) : (
          <span title={event.action}>{actionLabel(event.action)}</span>
        ),
    },
    {
      title: t('audit.columns.actor'),
      field: 'actorRef',
      cellStyle: CELL,
      headerStyle: CELL,
      render: event => <Party entityRef={event.actorRef} />,
    },
    {
      title: t('audit.columns.subject'),
      field: 'subjectRef',
      cellStyle: CELL,
      headerStyle: CELL,
      render: event => <Party entityRef={event.subjectRef} />,
    },
    {
      title: t('audit.columns.model'),
      field: 'modelName',
      cellStyle: CELL,
      headerStyle: CELL,
      render: event =>
        event.modelName ? (
          <Identifier title={event.modelName} maxWidth={NAME_WIDTH}>
            <Link to={paths.model(event.modelName)}>{event.modelName}</Link>
          </Identifier>
        ) : (
          '—'
        ),
    },
    {
      title: t('audit.columns.reason'),
      field: 'reason',
      cellStyle: { ...CELL, minWidth: 120 },
      headerStyle: CELL,
      render: event => {
        if (!event.reason) return '—';
        const reason = reasonText(event.reason);
        return (
          <span className={classes.reason} title={reason}>
            {reason}
          </span>
        );
      },
    },
    {
      title: t('audit.columns.outcome'),
      field: 'outcome',
      cellStyle: CELL,
      headerStyle: CELL,
      render: event =>
        event.outcome === 'failed' ? (
          <ToneChip
            tone="error"
            label={t('audit.outcome.failed')}
            title={
              event.error
                ? t('audit.outcome.failedWith', { error: event.error })
                : undefined
            }
          />
        ) : (
          <ToneChip tone="success" label={t('audit.outcome.succeeded')} />
        ),
    },
  ];

  const detailPanel = useCallback(
    ({ rowData }: { rowData: AuditEvent }) => <AuditDetails event={rowData} />,
    [],
  );

  if (denied) {
    return (
      <WarningPanel
        severity="info"
        defaultExpanded
        title={t('audit.denied.title')}
        message={t('audit.denied.message')}
      />
    );
  }

  const title =
    total === undefined
      ? t('audit.title')
      : t('audit.titleTotal', { total: format.count(total) });
  return (
    <>
      <Paper className={classes.filters}>
        <TextField
          id="litemaas-audit-search"
          className={classes.search}
          label={t('audit.filters.search')}
          placeholder={t('audit.filters.searchPlaceholder')}
          value={filters.search}
          onChange={e => set('search')(e.target.value)}
          InputProps={{
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          }}
          variant="outlined"
          size="small"
        />
        <TextField
          id="litemaas-audit-action"
          className={classes.field}
          select
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          label={t('audit.filters.action')}
          value={filters.action}
          onChange={e => set('action')(e.target.value)}
          variant="outlined"
          size="small"
        >
          <option value="">{t('audit.filters.anyAction')}</option>
          {actionChoices.map(choice => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </TextField>
        <TextField
          id="litemaas-audit-actor"
          className={classes.field}
          label={t('audit.filters.actor')}
          placeholder={t('audit.filters.actorPlaceholder')}
          InputLabelProps={{ shrink: true }}
          value={filters.actor}
          onChange={e => set('actor')(e.target.value)}
          variant="outlined"
          size="small"
        />
        <TextField
          id="litemaas-audit-model"
          className={classes.field}
          select
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          label={t('audit.filters.model')}
          value={filters.model}
          onChange={e => set('model')(e.target.value)}
          variant="outlined"
          size="small"
        >
          <option value="">{t('audit.filters.anyModel')}</option>
          {modelChoices.map(name => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </TextField>
        <TextField
          id="litemaas-audit-outcome"
          className={classes.field}
          select
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          label={t('audit.filters.outcome')}
          value={filters.outcome}
          onChange={e => set('outcome')(e.target.value)}
          variant="outlined"
          size="small"
        >
          <option value="">{t('audit.filters.anyOutcome')}</option>
          <option value="succeeded">{t('audit.outcome.succeeded')}</option>
          <option value="failed">{t('audit.outcome.failed')}</option>
        </TextField>
        {(['from', 'to'] as const).map(field => (
          <TextField
            key={field}
            id={`litemaas-audit-${field}`}
            className={classes.date}
            label={t(`audit.filters.${field}`)}
            type="date"
            InputLabelProps={{ shrink: true }}
            value={filters[field]}
            onChange={e => set(field)(e.target.value)}
            error={backwards}
            // Below the last field, so it reads as about both.
            helperText={
              field === 'to' && backwards
                ? t('audit.filters.toBeforeFrom')
                : undefined
            }
            variant="outlined"
            size="small"
          />
        ))}
        <Box className={classes.buttons}>
          {filtered && (
            <Button
              size="small"
              onClick={() => {
                setFilters(NO_FILTERS);
                setTyped({ search: '', actor: '' });
              }}
            >
              {t('audit.filters.clear')}
            </Button>
          )}
          <ExportButtons query={query} disabled={backwards} />
          <IconButton aria-label={t('audit.reload')} onClick={retry}>
            {loading ? <CircularProgress size={20} /> : <RefreshIcon />}
          </IconButton>
        </Box>
      </Paper>
      {error && (
        <Box mb={2}>
          <ErrorWithRetry error={error} onRetry={retry} />
        </Box>
      )}
      <DataTable<Row>
        tableRef={tableRef}
        label={t('audit.title')}
        title={title}
        columns={columns}
        data={fetchPage as TableProps<Row>['data']}
        detailPanel={detailPanel}
        onRowClick={(event, _row, togglePanel) => {
          // Links do their own thing; the rest of the row opens the details.
          const target = event?.target as HTMLElement | undefined;
          const control = target?.closest('a,button,input,select');
          if (control && !control.hasAttribute('data-details-toggle')) return;
          togglePanel?.();
        }}
        options={{
          // The server searches, filters and orders (newest first).
          search: false,
          sorting: false,
          showDetailPanelIcon: false,
        }}
        emptyContent={
          error ? undefined : (
            <EmptyState
              missing="data"
              title={
                filtered ? t('audit.noMatch.title') : t('audit.empty.title')
              }
              description={
                filtered
                  ? t('audit.noMatch.description')
                  : t('audit.empty.description')
              }
            />
          )
        }
      />
    </>
  );
}
