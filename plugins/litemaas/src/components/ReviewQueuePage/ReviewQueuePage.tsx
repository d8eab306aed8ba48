import { ReactNode, useMemo, useState } from 'react';
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
  parseWholeNumber,
  subjectLabel,
  useLiteMaasPaths,
  useModelList,
  useRefreshModels,
  modelNameColumn,
} from '../common';
import { DataTable } from '../common/DataTable';
import {
  formatDateTime,
  formatEntityRef,
  formatLimits,
  formatRelativeTime,
  toEntityRef,
} from '../format';
import {
  ApproveDialog,
  ApproveInput,
  DenyDialog,
  describeRequest,
} from './DecisionDialogs';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { CurrentGrants } from './CurrentGrants';
import { useServerPaging } from './useServerPaging';

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
  verb: string;
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

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Requests waiting for the caller's decision: filter, select several,
 * approve (adjusting limits) or deny (with a reason).
 *
 * @public
 */
export const ReviewQueuePage = () => {
  const classes = useStyles();
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
  useDebounce(
    () => {
      setQuery(filters);
      paging.reset();
    },
    300,
    [filters],
  );
  const olderThan = parseWholeNumber(query.olderThan);
  const olderThanError =
    typeof parseWholeNumber(filters.olderThan) === 'string'
      ? 'Enter a whole number of days'
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
            })
          : await api.denyAccessRequest(target.id, input.reason ?? '');
      results = [{ id: target.id, ok: true, request }];
    } else {
      ({ results } = await api.decideAccessRequests({
        ids: targets.map(t => t.id),
        decision: kind,
        reason: input.reason,
        limits: input.limits,
      }));
    }

    const verb = kind === 'approve' ? 'Approved' : 'Denied';
    const failed = results
      .filter(r => !r.ok)
      .map(r => {
        const target = targets.find(t => t.id === r.id);
        return {
          id: r.id,
          label: target ? describeRequest(target) : r.id,
          message: r.error?.message ?? 'Unknown error',
        };
      });
    const succeeded = results.length - failed.length;
    if (failed.length === 0) {
      alertApi.post({
        message: `${verb} ${plural(succeeded, 'request')}.`,
        severity: 'success',
        display: 'transient',
      });
      setOutcome(undefined);
    } else {
      alertApi.post({
        message: `${verb} ${succeeded} of ${plural(
          results.length,
          'request',
        )}; ${failed.length} failed.`,
        severity: succeeded ? 'warning' : 'error',
      });
      setOutcome({ verb, succeeded, failed });
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
          inputProps={{ 'aria-label': 'Select all requests' }}
        />
      ),
      render: request => (
        <Checkbox
          color="primary"
          checked={selected.includes(request.id)}
          onChange={() => toggle(request.id)}
          inputProps={{
            'aria-label': `Select ${describeRequest(request)}`,
          }}
        />
      ),
      width: `${CHECKBOX_CELL.width}px`,
      headerStyle: CHECKBOX_CELL,
      cellStyle: CHECKBOX_CELL,
      hiddenByColumnsButton: true,
    },
    modelNameColumn(paths, { bold: true }),
    {
      // Who would hold the grant, and who asked when that is someone else.
      title: 'For',
      field: 'subjectRef',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: request => (
        <>
          {subjectLabel(request.subjectRef) === 'Me' ? (
            <EntityRefLink entityRef={request.subjectRef} />
          ) : (
            <>
              <Typography variant="caption" color="textSecondary">
                Team{' '}
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
              requested by {formatEntityRef(request.requestedBy)}
            </Typography>
          )}
        </>
      ),
    },
    {
      title: 'Justification',
      field: 'justification',
      width: 'auto',
      cellStyle: { minWidth: 200 },
      render: request =>
        request.justification ?? (
          <Typography variant="body2" color="textSecondary">
            None given
          </Typography>
        ),
    },
    {
      title: 'Requested limits',
      width: 'auto',
      render: request => formatLimits(request.limits),
    },
    {
      title: 'Waiting since',
      field: 'createdAt',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: request => {
        const ageDays =
          (Date.now() - Date.parse(request.createdAt)) / 86_400_000;
        return (
          <span
            className={ageDays >= OLD_AFTER_DAYS ? classes.old : undefined}
            title={formatDateTime(request.createdAt)}
          >
            {formatRelativeTime(request.createdAt)}
          </span>
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
        title="No requests waiting for you"
        description="When someone asks for access to a model you review, the request shows up here and you get a notification."
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
        label="Requests waiting for review"
        title={
          <span aria-live="polite">
            {selectedRequests.length
              ? `${selectedRequests.length} selected`
              : `Waiting for review (${value?.total ?? items.length})`}
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
              No requests match these filters
            </Typography>
            <Button color="primary" onClick={() => setFilters(NO_FILTERS)}>
              Clear filters
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
              {outcome.verb} {outcome.succeeded}; {outcome.failed.length} failed
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
              label="Model"
              value={filters.model}
              onChange={e => setFilter('model')(e.target.value)}
              variant="outlined"
              size="small"
              style={{ minWidth: 180 }}
            >
              <option value="">All models</option>
              {reviewableModels.map(name => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </TextField>
            <TextField
              id="litemaas-review-requester"
              label="Requester"
              placeholder="alice"
              value={filters.requester}
              onChange={e => setFilter('requester')(e.target.value)}
              variant="outlined"
              size="small"
            />
            <TextField
              id="litemaas-review-team"
              label="Team"
              placeholder="payments"
              value={filters.team}
              onChange={e => setFilter('team')(e.target.value)}
              variant="outlined"
              size="small"
            />
            <TextField
              id="litemaas-review-age"
              label="Older than (days)"
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
                Clear filters
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
                Approve
              </Button>
              <Button
                variant="outlined"
                color="secondary"
                startIcon={<CloseIcon />}
                disabled={selectedRequests.length === 0}
                onClick={() => openDecision('deny')}
              >
                Deny
              </Button>
              <IconButton aria-label="Reload" onClick={retry}>
                {loading ? <CircularProgress size={20} /> : <RefreshIcon />}
              </IconButton>
            </Box>
          </Box>
        )}
      {body}
      <CurrentGrants version={decided} />
      <ApproveDialog
        open={decision?.kind === 'approve' && decision.open}
        requests={decision?.requests ?? []}
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
