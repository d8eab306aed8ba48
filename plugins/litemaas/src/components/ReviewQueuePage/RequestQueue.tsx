import { useLitemaasText } from '../../translationText';
import { ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { EmptyState, Progress, TableColumn } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  AccessRequest,
  BulkDecisionResponse,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import CircularProgress from '@material-ui/core/CircularProgress';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckIcon from '@material-ui/icons/Check';
import CloseIcon from '@material-ui/icons/Close';
import RefreshIcon from '@material-ui/icons/Refresh';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useDebounce from 'react-use/esm/useDebounce';
import { litemaasApiRef } from '../../api';
import {
  EntityRefLink,
  isUserRef,
  parseWholeNumber,
  useKeysWords,
  useLiteMaasPaths,
  useModelList,
  useRefreshModels,
  modelNameColumn,
} from '../common';
import { DataTable } from '../common/DataTable';
import { formatEntityRef, toEntityRef } from '../format';
import { useLocaleFormat } from '../useLocaleFormat';
import {
  ApproveDialog,
  ApproveInput,
  DenyDialog,
  useDescribeRequest,
} from './DecisionDialogs';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { CurrentGrants } from './CurrentGrants';
import { PendingExtensions } from './PendingExtensions';
import { useServerPaging } from './useServerPaging';
import { ApprovalChips } from './ApprovalChips';

interface QueueFilters {
  model: string;
  requester: string;
  team: string;
  olderThan: string;
}

const NO_FILTERS: QueueFilters = {
  model: '',
  requester: '',
  team: '',
  olderThan: '',
};

interface Outcome {
  kind: Decision['kind'];
  succeeded: number;
  failed: Array<{ id: string; label: string; message: string }>;
}

type Decision = {
  kind: 'approve' | 'deny';
  requests: AccessRequest[];
  open: boolean;
};

const OLD_AFTER_DAYS = 7;

const useStyles = makeStyles(theme => ({
  decisions: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginLeft: 'auto',
  },
  old: {
    color:
      theme.palette.type === 'dark'
        ? theme.palette.warning.light
        : theme.palette.warning.dark,
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  nowrap: { whiteSpace: 'nowrap' },
}));

/** Cells of the selection column: no more room than the checkbox. */
const CHECKBOX_CELL = { width: 48, padding: '0 0 0 4px' };

/**
 * Requests waiting for the caller's decision: filter, select several,
 * approve (adjusting limits) or deny (with a reason); below them the
 * extensions waiting and the current grants.
 */
export const RequestQueue = () => {
  const classes = useStyles();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const words = useKeysWords();
  const describeRequest = useDescribeRequest();
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const paths = useLiteMaasPaths();
  const refreshModels = useRefreshModels();
  const models = useModelList();

  const [filters, setFilters] = useState<QueueFilters>(NO_FILTERS);
  // Typing in a filter should not fire a request per keystroke.
  const [query, setQuery] = useState<QueueFilters>(NO_FILTERS);
  // The API pages the queue and applies the filters, so the table shows one
  // page of what the filters match; new filters start at the first page.
  const paging = useServerPaging();
  // The debounce also fires once on mount: filters nobody changed must not
  // turn a reader who has already paged on back to the first page.
  const appliedFilters = useRef(filters);
  useDebounce(
    () => {
      if (appliedFilters.current === filters) return;
      appliedFilters.current = filters;
      setQuery(filters);
      paging.reset();
    },
    300,
    [filters],
  );
  const olderThan = parseWholeNumber(query.olderThan, words);
  const olderThanError =
    typeof parseWholeNumber(filters.olderThan, words) === 'string'
      ? t('review.filters.olderThanError')
      : undefined;

  const { limit, offset } = paging.query;
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const result = await api.listAccessRequests({
      scope: 'review',
      model: query.model || undefined,
      requestedBy: toEntityRef(query.requester, 'user') || undefined,
      subject: toEntityRef(query.team, 'group') || undefined,
      olderThanDays: typeof olderThan === 'number' ? olderThan : undefined,
      limit,
      offset,
    });
    paging.settle(result);
    return result;
  }, [api, query.model, query.requester, query.team, olderThan, limit, offset]);

  const [selected, setSelected] = useState<string[]>([]);
  const [decision, setDecision] = useState<Decision>();
  const [outcome, setOutcome] = useState<Outcome>();

  const items = useMemo(() => value?.items ?? [], [value]);
  const selectedRequests = items.filter(r => selected.includes(r.id));
  const filtering = Object.values(filters).some(Boolean);

  const reviewableModels = useMemo(() => {
    const names = (models.value?.items ?? [])
      .filter(m => m.canReview)
      .map(m => m.name);
    if (filters.model && !names.includes(filters.model)) {
      names.push(filters.model);
    }
    return names.sort();
  }, [models.value, filters.model]);

  /** A model's longest grant in days, which bounds the ends decided here. */
  const maxGrantDaysOf = useCallback(
    (name: string) =>
      models.value?.items.find(m => m.name === name)?.maxGrantDays,
    [models.value],
  );

  const setFilter = (key: keyof QueueFilters) => (next: string) =>
    setFilters(current => ({ ...current, [key]: next }));

  const toggle = (id: string) =>
    setSelected(current =>
      current.includes(id) ? current.filter(x => x !== id) : [...current, id],
    );
  const allSelected =
    items.length > 0 && selectedRequests.length === items.length;
  const toggleAll = () => setSelected(allSelected ? [] : items.map(r => r.id));

  const openDecision = (kind: Decision['kind']) =>
    setDecision({ kind, requests: selectedRequests, open: true });
  const closeDecision = () =>
    setDecision(current => current && { ...current, open: false });

  /** Decides the requests in the open dialog; whole-call errors reach the dialog. */
  const [decided, setDecided] = useState(0);
  const decide = async (
    kind: Decision['kind'],
    input: ApproveInput & { reason?: string },
  ) => {
    const targets = decision?.requests ?? [];
    let results: BulkDecisionResponse['results'];
    if (targets.length === 1) {
      const [target] = targets;
      const request =
        kind === 'approve'
          ? await api.approveAccessRequest(target.id, {
              limits: input.limits,
              reason: input.reason,
              ...(input.expiresAt && { expiresAt: input.expiresAt }),
            })
          : await api.denyAccessRequest(target.id, input.reason ?? '');
      results = [{ id: target.id, ok: true, request }];
    } else {
      ({ results } = await api.decideAccessRequests({
        ids: targets.map(target => target.id),
        decision: kind,
        reason: input.reason,
        limits: input.limits,
      }));
    }

    const failed = results
      .filter(r => !r.ok)
      .map(r => {
        const target = targets.find(each => each.id === r.id);
        return {
          id: r.id,
          label: target ? describeRequest(target) : r.id,
          message: r.error?.message ?? t('review.unknownError'),
        };
      });
    const succeeded = results.length - failed.length;
    if (failed.length === 0) {
      let message: string;
      if (succeeded === 1) {
        message =
          kind === 'approve' ? t('review.approvedOne') : t('review.deniedOne');
      } else {
        const total = format.count(succeeded);
        message =
          kind === 'approve'
            ? t('review.approvedMany', { total })
            : t('review.deniedMany', { total });
      }
      alertApi.post({
        message,
        severity: 'success',
        display: 'transient',
      });
      setOutcome(undefined);
    } else {
      const counts = {
        done: format.count(succeeded),
        total: format.count(results.length),
        failed: format.count(failed.length),
      };
      alertApi.post({
        message:
          kind === 'approve'
            ? t('review.approvedPartly', counts)
            : t('review.deniedPartly', counts),
        severity: succeeded ? 'warning' : 'error',
      });
      setOutcome({ kind, succeeded, failed });
    }
    // Keep the failed ones selected, so they can be retried or looked at.
    setSelected(failed.map(f => f.id));
    closeDecision();
    retry();
    refreshModels();
    // Approvals are grants now.
    setDecided(n => n + 1);
  };

  const columns: TableColumn<AccessRequest>[] = [
    {
      title: (
        <Checkbox
          color="primary"
          checked={allSelected}
          indeterminate={selectedRequests.length > 0 && !allSelected}
          onChange={toggleAll}
          disabled={items.length === 0}
          inputProps={{ 'aria-label': t('review.selectAll') }}
        />
      ),
      render: request => (
        <Checkbox
          color="primary"
          checked={selected.includes(request.id)}
          onChange={() => toggle(request.id)}
          inputProps={{
            'aria-label': t('review.select', {
              request: describeRequest(request),
            }),
          }}
        />
      ),
      width: `${CHECKBOX_CELL.width}px`,
      headerStyle: CHECKBOX_CELL,
      cellStyle: CHECKBOX_CELL,
      hiddenByColumnsButton: true,
    },
    {
      ...modelNameColumn(paths, { bold: true }),
      title: t('review.columns.model'),
    },
    {
      // Who would hold the grant, and who asked when that is someone else.
      title: t('review.columns.for'),
      field: 'subjectRef',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: request => (
        <>
          {isUserRef(request.subjectRef) ? (
            <EntityRefLink entityRef={request.subjectRef} />
          ) : (
            <>
              <Typography variant="caption" color="textSecondary">
                {t('review.teamPrefix')}{' '}
              </Typography>
              <EntityRefLink entityRef={request.subjectRef} />
            </>
          )}
          {request.requestedBy !== request.subjectRef && (
            <Typography
              variant="caption"
              color="textSecondary"
              component="div"
              className={classes.nowrap}
            >
              {t('review.requestedBy', {
                name: formatEntityRef(request.requestedBy),
              })}
            </Typography>
          )}
        </>
      ),
    },
    {
      title: t('review.columns.justification'),
      field: 'justification',
      width: 'auto',
      cellStyle: { minWidth: 200 },
      render: request =>
        request.justification ?? (
          <Typography variant="body2" color="textSecondary">
            {t('review.noJustification')}
          </Typography>
        ),
    },
    {
      title: t('review.columns.requestedLimits'),
      width: 'auto',
      render: request => (
        <>
          {format.limits(request.limits)}
          {request.expiresAt && (
            <Typography
              variant="caption"
              color="textSecondary"
              component="div"
              className={classes.nowrap}
              title={format.dateTime(request.expiresAt)}
            >
              {t('review.requestedEnd', {
                date: format.date(request.expiresAt),
              })}
            </Typography>
          )}
        </>
      ),
    },
    {
      title: t('review.columns.waitingSince'),
      field: 'createdAt',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: request => {
        const ageDays =
          (Date.now() - Date.parse(request.createdAt)) / 86_400_000;
        return (
          <>
            <span
              className={ageDays >= OLD_AFTER_DAYS ? classes.old : undefined}
              title={format.dateTime(request.createdAt)}
            >
              {format.relativeTime(request.createdAt)}
            </span>
            <ApprovalChips request={request} />
          </>
        );
      },
    },
  ];

  let body: ReactNode;
  if (loading && !value) {
    body = <Progress />;
  } else if (error && !value) {
    body = <ErrorWithRetry error={error} onRetry={retry} />;
  } else if (items.length === 0 && !filtering && !value?.offset) {
    // (An emptied later page turns to the last one instead.)
    body = (
      <EmptyState
        missing="data"
        title={t('review.empty.title')}
        description={t('review.empty.description')}
      />
    );
  } else {
    const pager = paging.table(value);
    // A page other than the one shown is on its way.
    const turning =
      loading &&
      ((value?.offset ?? 0) !== offset || (value?.limit ?? limit) !== limit);
    body = (
      <DataTable<AccessRequest>
        label={t('review.tableLabel')}
        title={
          <span aria-live="polite">
            {selectedRequests.length
              ? t('review.selected', {
                  total: format.count(selectedRequests.length),
                })
              : t('review.tableTitle', {
                  total: format.count(value?.total ?? items.length),
                })}
          </span>
        }
        columns={columns}
        data={items}
        isLoading={turning}
        isSelected={request => selected.includes(request.id)}
        onRowClick={(event, request) => {
          // The checkbox and links handle their own clicks.
          const target = event?.target as HTMLElement | undefined;
          if (!request || target?.closest('a,input,button')) return;
          toggle(request.id);
        }}
        page={pager.page}
        totalCount={pager.totalCount}
        onPageChange={pager.onPageChange}
        options={pager.options}
        emptyContent={
          <Box p={3} textAlign="center">
            <Typography variant="body1" gutterBottom>
              {t('review.noMatch')}
            </Typography>
            <Button color="primary" onClick={() => setFilters(NO_FILTERS)}>
              {t('review.clearFilters')}
            </Button>
          </Box>
        }
      />
    );
  }

  return (
    <>
      {outcome && (
        <Box mb={2}>
          <Alert
            severity={outcome.succeeded ? 'warning' : 'error'}
            onClose={() => setOutcome(undefined)}
          >
            <AlertTitle>
              {t(
                outcome.kind === 'approve'
                  ? 'review.approvedOutcome'
                  : 'review.deniedOutcome',
                {
                  done: format.count(outcome.succeeded),
                  failed: format.count(outcome.failed.length),
                },
              )}
            </AlertTitle>
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {outcome.failed.map(f => (
                <li key={f.id}>
                  <strong>{f.label}</strong>: {f.message}
                </li>
              ))}
            </ul>
          </Alert>
        </Box>
      )}
      {!(error && !value) &&
        (items.length > 0 || filtering || Boolean(value?.offset)) && (
          <Box
            display="flex"
            flexWrap="wrap"
            alignItems="flex-start"
            mb={2}
            style={{ gap: 16 }}
          >
            <TextField
              id="litemaas-review-model"
              select
              SelectProps={{ native: true }}
              InputLabelProps={{ shrink: true }}
              label={t('review.filters.model')}
              value={filters.model}
              onChange={e => setFilter('model')(e.target.value)}
              variant="outlined"
              size="small"
              style={{ minWidth: 180 }}
            >
              <option value="">{t('review.filters.allModels')}</option>
              {reviewableModels.map(name => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </TextField>
            <TextField
              id="litemaas-review-requester"
              label={t('review.filters.requester')}
              placeholder="alice"
              value={filters.requester}
              onChange={e => setFilter('requester')(e.target.value)}
              variant="outlined"
              size="small"
            />
            <TextField
              id="litemaas-review-team"
              label={t('review.filters.team')}
              placeholder="payments"
              value={filters.team}
              onChange={e => setFilter('team')(e.target.value)}
              variant="outlined"
              size="small"
            />
            <TextField
              id="litemaas-review-age"
              label={t('review.filters.olderThan')}
              value={filters.olderThan}
              onChange={e => setFilter('olderThan')(e.target.value)}
              error={Boolean(olderThanError)}
              helperText={olderThanError}
              inputProps={{ inputMode: 'numeric' }}
              variant="outlined"
              size="small"
              style={{ width: 160 }}
            />
            {filtering && (
              <Button onClick={() => setFilters(NO_FILTERS)}>
                {t('review.clearFilters')}
              </Button>
            )}
            <Box className={classes.decisions}>
              <Button
                variant="contained"
                color="primary"
                startIcon={<CheckIcon />}
                disabled={selectedRequests.length === 0}
                onClick={() => openDecision('approve')}
              >
                {t('review.approve')}
              </Button>
              <Button
                variant="outlined"
                color="secondary"
                startIcon={<CloseIcon />}
                disabled={selectedRequests.length === 0}
                onClick={() => openDecision('deny')}
              >
                {t('review.deny')}
              </Button>
              <IconButton aria-label={t('review.reload')} onClick={retry}>
                {loading ? <CircularProgress size={20} /> : <RefreshIcon />}
              </IconButton>
            </Box>
          </Box>
        )}
      {body}
      <PendingExtensions
        maxGrantDaysOf={maxGrantDaysOf}
        // A decided extension moves a grant's end.
        onDecided={() => setDecided(n => n + 1)}
      />
      <CurrentGrants version={decided} />
      <ApproveDialog
        open={decision?.kind === 'approve' && decision.open}
        requests={decision?.requests ?? []}
        maxGrantDaysOf={maxGrantDaysOf}
        onClose={closeDecision}
        onApprove={input => decide('approve', input)}
      />
      <DenyDialog
        open={decision?.kind === 'deny' && decision.open}
        requests={decision?.requests ?? []}
        onClose={closeDecision}
        onDeny={reason => decide('deny', { reason })}
      />
    </>
  );
};
