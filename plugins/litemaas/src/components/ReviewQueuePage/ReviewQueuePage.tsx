import { ReactNode, useMemo, useState } from 'react';
import { EmptyState, Link, Progress } from '@backstage/core-components';
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
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Toolbar from '@material-ui/core/Toolbar';
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
  PageNote,
} from '../common';
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
  toolbar: {
    gap: theme.spacing(1),
    paddingTop: theme.spacing(1),
    paddingBottom: theme.spacing(1),
    flexWrap: 'wrap',
  },
  selectedToolbar: {
    backgroundColor:
      theme.palette.type === 'dark'
        ? theme.palette.action.selected
        : theme.palette.action.hover,
  },
  old: {
    color:
      theme.palette.type === 'dark'
        ? theme.palette.warning.light
        : theme.palette.warning.dark,
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  nowrap: { whiteSpace: 'nowrap' },
  justification: { maxWidth: 360 },
  row: { cursor: 'pointer' },
}));

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
  useDebounce(() => setQuery(filters), 300, [filters]);
  const olderThan = parseWholeNumber(query.olderThan);
  const olderThanError =
    typeof parseWholeNumber(filters.olderThan) === 'string'
      ? 'Enter a whole number of days'
      : undefined;

  const { value, loading, error, retry } = useAsyncRetry(
    () =>
      api.listAccessRequests({
        scope: 'review',
        model: query.model || undefined,
        requestedBy: toEntityRef(query.requester, 'user') || undefined,
        subject: toEntityRef(query.team, 'group') || undefined,
        olderThanDays: typeof olderThan === 'number' ? olderThan : undefined,
      }),
    [api, query.model, query.requester, query.team, olderThan],
  );

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

  let body: ReactNode;
  if (loading && !value) {
    body = <Progress />;
  } else if (error && !value) {
    body = <ErrorWithRetry error={error} onRetry={retry} />;
  } else if (items.length === 0 && !filtering) {
    body = (
      <EmptyState
        missing="data"
        title="No requests waiting for you"
        description="When someone asks for access to a model you review, the request shows up here and you get a notification."
      />
    );
  } else {
    body = (
      <Paper>
        <Toolbar
          className={`${classes.toolbar} ${
            selectedRequests.length ? classes.selectedToolbar : ''
          }`}
        >
          <Typography
            variant="h6"
            component="h2"
            style={{ flex: 1 }}
            aria-live="polite"
          >
            {selectedRequests.length
              ? `${selectedRequests.length} selected`
              : `Waiting for review (${value?.total ?? items.length})`}
          </Typography>
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
        </Toolbar>
        <TableContainer>
          <Table size="small" aria-label="Requests waiting for review">
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">
                  <Checkbox
                    color="primary"
                    checked={allSelected}
                    indeterminate={selectedRequests.length > 0 && !allSelected}
                    onChange={toggleAll}
                    disabled={items.length === 0}
                    inputProps={{ 'aria-label': 'Select all requests' }}
                  />
                </TableCell>
                <TableCell>Model</TableCell>
                <TableCell>For</TableCell>
                <TableCell>Requested by</TableCell>
                <TableCell>Justification</TableCell>
                <TableCell>Requested limits</TableCell>
                <TableCell>Waiting since</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={7} align="center">
                    <Box p={3}>
                      <Typography variant="body1" gutterBottom>
                        No requests match these filters
                      </Typography>
                      <Button
                        color="primary"
                        onClick={() => setFilters(NO_FILTERS)}
                      >
                        Clear filters
                      </Button>
                    </Box>
                  </TableCell>
                </TableRow>
              )}
              {items.map(request => {
                const checked = selected.includes(request.id);
                const ageDays =
                  (Date.now() - Date.parse(request.createdAt)) / 86_400_000;
                return (
                  <TableRow
                    key={request.id}
                    hover
                    selected={checked}
                    className={classes.row}
                    onClick={event => {
                      // The checkbox and links handle their own clicks.
                      const target = event.target as HTMLElement;
                      if (target.closest('a,input,button')) return;
                      toggle(request.id);
                    }}
                  >
                    <TableCell padding="checkbox">
                      <Checkbox
                        color="primary"
                        checked={checked}
                        onChange={() => toggle(request.id)}
                        inputProps={{
                          'aria-label': `Select ${describeRequest(request)}`,
                        }}
                      />
                    </TableCell>
                    <TableCell>
                      <Link to={paths.model(request.modelName)}>
                        <strong>{request.modelName}</strong>
                      </Link>
                    </TableCell>
                    <TableCell>
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
                    </TableCell>
                    <TableCell>
                      {formatEntityRef(request.requestedBy)}
                    </TableCell>
                    <TableCell className={classes.justification}>
                      {request.justification ?? (
                        <Typography variant="body2" color="textSecondary">
                          None given
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{formatLimits(request.limits)}</TableCell>
                    <TableCell
                      className={`${classes.nowrap} ${
                        ageDays >= OLD_AFTER_DAYS ? classes.old : ''
                      }`}
                      title={formatDateTime(request.createdAt)}
                    >
                      {formatRelativeTime(request.createdAt)}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
        <PageNote page={value} narrowWith="the filters" />
      </Paper>
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
      {!(error && !value) && (items.length > 0 || filtering) && (
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
