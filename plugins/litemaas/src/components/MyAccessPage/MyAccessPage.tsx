import { ReactNode, useCallback, useState } from 'react';
import {
  EmptyState,
  LinkButton,
  Progress,
  TableColumn,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  AccessRequest,
  AccessStatus,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import DialogContentText from '@material-ui/core/DialogContentText';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import KeyboardArrowDownIcon from '@material-ui/icons/KeyboardArrowDown';
import KeyboardArrowRightIcon from '@material-ui/icons/KeyboardArrowRight';
import RefreshIcon from '@material-ui/icons/Refresh';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import {
  AccessStatusChip,
  ConfirmDialog,
  EntityRefLink,
  FormDialog,
  FormDialogContent,
  errorMessage,
  statusLabel,
  subjectLabel,
  useLiteMaasPaths,
  useDialogTarget,
  useRefreshModels,
  modelNameColumn,
} from '../common';
import {
  formatDateTime,
  formatEntityRef,
  formatLimits,
  formatRelativeTime,
} from '../format';
import { RequestHistory, actorLabel } from './RequestHistory';
import { DataTable } from '../common/DataTable';
import { ErrorWithRetry } from '../common/ErrorWithRetry';

const STATUSES: AccessStatus[] = [
  'pending',
  'granted',
  'denied',
  'cancelled',
  'revoked',
];

/** A row as material-table hands it over: with its own state. */
type Row = AccessRequest & { tableData?: { showDetailPanel?: unknown } };

/** Cells of the history column: no more room than its button. */
const TOGGLE_CELL = { width: 48, padding: '0 0 0 8px' };

/** Whether the search text appears in the texts, whatever the case. */
function matches(term: string, texts: Array<string | undefined>) {
  const haystack = texts.filter(Boolean).join(' ').toLocaleLowerCase();
  return haystack.includes(term.trim().toLocaleLowerCase());
}

/** "Me", or the team's name: what the For column shows and sorts by. */
function forLabel(subjectRef: string) {
  return subjectLabel(subjectRef) === 'Me' ? 'Me' : formatEntityRef(subjectRef);
}

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'flex-end',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  denial: {
    borderLeft: `3px solid ${theme.palette.error.main}`,
    paddingLeft: theme.spacing(1),
    color:
      theme.palette.type === 'dark'
        ? theme.palette.error.light
        : theme.palette.error.dark,
  },
  nowrap: { whiteSpace: 'nowrap' },
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

function When(props: { at?: string }) {
  if (!props.at) return <>—</>;
  return (
    <span title={formatDateTime(props.at)}>{formatRelativeTime(props.at)}</span>
  );
}

/** The decision's reason; a denial's stands out. */
function Reason(props: { request: AccessRequest }) {
  const classes = useStyles();
  const { decisionReason, status } = props.request;
  if (!decisionReason) return <>—</>;
  if (status === 'denied') {
    return (
      <Typography variant="body2" className={classes.denial}>
        <strong>Denied:</strong> {decisionReason}
      </Typography>
    );
  }
  return (
    <Typography variant="body2" color="textSecondary">
      {decisionReason}
    </Typography>
  );
}

/**
 * The caller's requests and grants, and their teams': what is pending, what
 * was decided and why, with the actions each state allows.
 *
 * @public
 */
export const MyAccessPage = () => {
  const classes = useStyles();
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const paths = useLiteMaasPaths();
  const refreshModels = useRefreshModels();
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listAccessRequests({ scope: 'mine' }),
    [api],
  );
  const [statusFilter, setStatusFilter] = useState('');
  const [busyId, setBusyId] = useState<string>();
  const reviewing = useDialogTarget<AccessRequest>();
  const givingUp = useDialogTarget<AccessRequest>();

  const refresh = () => {
    retry();
    // The catalog's "my access" chips come from the model list.
    refreshModels();
  };

  const forWhom = (request: AccessRequest) =>
    subjectLabel(request.subjectRef) === 'Me'
      ? ''
      : ` for ${formatEntityRef(request.subjectRef)}`;

  const cancel = async (request: AccessRequest) => {
    setBusyId(request.id);
    try {
      await api.cancelAccessRequest(request.id);
      alertApi.post({
        message: `Request for ${request.modelName}${forWhom(
          request,
        )} cancelled.`,
        severity: 'success',
        display: 'transient',
      });
      refresh();
    } catch (e) {
      alertApi.post({
        message: `Could not cancel the request for ${
          request.modelName
        }: ${errorMessage(e)}`,
        severity: 'error',
      });
    } finally {
      setBusyId(undefined);
    }
  };

  // A row's history opens below it, in material-table's detail panel; the
  // panel is stable, so an open history is not fetched again on each render.
  const historyPanel = useCallback(
    ({ rowData }: { rowData: AccessRequest }) => (
      <Box className={classes.detail}>
        <RequestHistory
          key={rowData.updatedAt}
          id={rowData.id}
          justification={rowData.justification}
        />
      </Box>
    ),
    [classes.detail],
  );

  const columns: TableColumn<Row>[] = [
    {
      title: <span className={classes.visuallyHidden}>History</span>,
      render: request => {
        const open = Boolean(request.tableData?.showDetailPanel);
        // The row's click handler opens the panel (material-table hands
        // it the toggle); the button is what keyboards and readers use.
        return (
          <IconButton
            size="small"
            data-history-toggle
            aria-label={`${open ? 'Hide' : 'Show'} history of ${
              request.modelName
            }${forWhom(request)}`}
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
      searchable: false,
      hiddenByColumnsButton: true,
    },
    modelNameColumn(paths, { bold: true }),
    {
      title: 'For',
      field: 'subjectRef',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      customSort: (a, b) =>
        forLabel(a.subjectRef).localeCompare(forLabel(b.subjectRef)),
      render: request =>
        subjectLabel(request.subjectRef) === 'Me' ? (
          'Me'
        ) : (
          <EntityRefLink entityRef={request.subjectRef} />
        ),
    },
    {
      // The status, who decided it and when, and why.
      title: 'Status',
      field: 'status',
      width: 'auto',
      cellStyle: { minWidth: 200 },
      customSort: (a, b) =>
        statusLabel(a.status).localeCompare(statusLabel(b.status)),
      customFilterAndSearch: (term: string, request) =>
        matches(term, [
          statusLabel(request.status),
          request.decidedBy && actorLabel(request.decidedBy),
          request.decisionReason,
        ]),
      render: request => (
        <>
          <AccessStatusChip status={request.status} />
          {request.decidedBy && (
            <Typography
              variant="caption"
              color="textSecondary"
              component="div"
              className={classes.nowrap}
            >
              by <span>{actorLabel(request.decidedBy)}</span>,{' '}
              <When at={request.decidedAt} />
            </Typography>
          )}
          {request.decisionReason && <Reason request={request} />}
        </>
      ),
    },
    {
      title: 'Requested',
      field: 'createdAt',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      customFilterAndSearch: (term: string, request) =>
        matches(term, [formatEntityRef(request.requestedBy)]),
      render: request => (
        <>
          <When at={request.createdAt} />
          {subjectLabel(request.subjectRef) !== 'Me' && (
            <Typography variant="caption" color="textSecondary" component="div">
              by {formatEntityRef(request.requestedBy)}
            </Typography>
          )}
        </>
      ),
    },
    {
      title: 'Limits',
      width: 'auto',
      sorting: false,
      customFilterAndSearch: (term: string, request) =>
        matches(term, [formatLimits(request.limits)]),
      render: request => formatLimits(request.limits),
    },
    {
      title: 'Actions',
      width: 'auto',
      align: 'right',
      sorting: false,
      searchable: false,
      cellStyle: { whiteSpace: 'nowrap' },
      render: request => {
        const busy = busyId === request.id;
        return (
          <>
            {request.status === 'pending' && (
              <Button
                size="small"
                onClick={() => cancel(request)}
                disabled={busy}
              >
                Cancel request
              </Button>
            )}
            {request.status === 'denied' && (
              <Button
                size="small"
                color="primary"
                onClick={() => reviewing.show(request)}
                disabled={busy}
              >
                Ask for review
              </Button>
            )}
            {request.status === 'granted' && (
              <Button
                size="small"
                color="secondary"
                onClick={() => givingUp.show(request)}
                disabled={busy}
              >
                Give up access
              </Button>
            )}
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
  } else if (!value || value.items.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title="You have no model access yet"
        description="Browse the models and request access to the ones you need. Open models are granted at once; restricted ones go to their owner for review."
        action={
          <LinkButton variant="contained" color="primary" to={paths.root}>
            Browse models
          </LinkButton>
        }
      />
    );
  } else {
    // The caller's own list stays small: the status filter, sorting and
    // search work on the whole of it in the browser.
    const items = value.items.filter(
      r => !statusFilter || r.status === statusFilter,
    );
    const denied = value.items.filter(r => r.status === 'denied').length;
    body = (
      <>
        {denied > 0 && (
          <Box mb={2}>
            <Alert severity="error">
              {denied === 1
                ? '1 request was denied.'
                : `${denied} requests were denied.`}{' '}
              The reviewer's reason is shown below; if something changed, ask
              for a review.
            </Alert>
          </Box>
        )}
        <Box className={classes.toolbar}>
          <TextField
            id="litemaas-my-access-status"
            select
            SelectProps={{ native: true }}
            InputLabelProps={{ shrink: true }}
            label="Status"
            value={statusFilter}
            onChange={e => setStatusFilter(e.target.value)}
            variant="outlined"
            size="small"
            style={{ minWidth: 160 }}
          >
            <option value="">All</option>
            {STATUSES.map(s => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </TextField>
          <IconButton aria-label="Reload" onClick={refresh}>
            {loading ? <CircularProgress size={20} /> : <RefreshIcon />}
          </IconButton>
        </Box>
        <DataTable<Row>
          label="My access"
          title={`My access (${items.length})`}
          columns={columns}
          data={items}
          detailPanel={historyPanel}
          onRowClick={(event, _request, togglePanel) => {
            // Links and the row's other buttons do their own thing; the
            // history button and the rest of the row open the history.
            const target = event?.target as HTMLElement | undefined;
            const control = target?.closest('a,button,input,select');
            if (control && !control.hasAttribute('data-history-toggle')) {
              return;
            }
            togglePanel?.();
          }}
          options={{ showDetailPanelIcon: false }}
          emptyContent={
            <Box p={3} textAlign="center">
              No requests with this status.
            </Box>
          }
        />
      </>
    );
  }

  return (
    <>
      {body}
      <AskForReviewDialog
        open={reviewing.open}
        request={reviewing.target}
        onClose={reviewing.hide}
        onDone={refresh}
      />
      <GiveUpDialog
        open={givingUp.open}
        request={givingUp.target}
        onClose={givingUp.hide}
        onDone={refresh}
      />
    </>
  );
};

/** Confirms giving a grant up: it cannot be taken back. */
function GiveUpDialog(props: {
  open: boolean;
  request?: AccessRequest;
  onClose(): void;
  onDone(): void;
}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const { request } = props;
  const team =
    request && subjectLabel(request.subjectRef) !== 'Me'
      ? formatEntityRef(request.subjectRef)
      : undefined;
  return (
    <ConfirmDialog
      open={props.open}
      title={`Give up access to ${request?.modelName ?? ''}?`}
      confirmLabel="Give up access"
      danger
      onClose={props.onClose}
      onConfirm={async () => {
        if (!request) return;
        await api.revokeAccess(request.id);
        alertApi.post({
          message: `Access to ${request.modelName}${
            team ? ` for ${team}` : ''
          } given up.`,
          severity: 'success',
          display: 'transient',
        });
        props.onDone();
      }}
    >
      <DialogContentText>
        {team
          ? `${team} will no longer be able to use ${request?.modelName}.`
          : `You will no longer be able to use ${request?.modelName}.`}{' '}
        To use it again, you will have to request access again.
      </DialogContentText>
    </ConfirmDialog>
  );
}

/** Asks for a denied request to be looked at again, with a new justification. */
function AskForReviewDialog(props: {
  open: boolean;
  request?: AccessRequest;
  onClose(): void;
  onDone(): void;
}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const [justification, setJustification] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { request } = props;

  const close = () => {
    setJustification('');
    setError(undefined);
    props.onClose();
  };

  const submit = async () => {
    if (!request) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.requestAccessReview(
        request.id,
        justification.trim() || undefined,
      );
      alertApi.post({
        message: `Request for ${request.modelName} is back in review. You will be notified of the decision.`,
        severity: 'success',
        display: 'transient',
      });
      props.onDone();
      close();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open={props.open}
      titleId="litemaas-ask-review-title"
      busy={busy}
      onClose={close}
    >
      <FormDialogContent
        titleId="litemaas-ask-review-title"
        title={<>Ask for a review of {request?.modelName}</>}
        error={error}
        submitLabel="Ask for review"
        busy={busy}
        onSubmit={submit}
        onCancel={close}
      >
        {request?.decisionReason && (
          <Box mb={2}>
            <Alert severity="error">
              Denied
              {request.decidedBy
                ? ` by ${actorLabel(request.decidedBy)}`
                : ''}: {request.decisionReason}
            </Alert>
          </Box>
        )}
        <DialogContentText>
          The request goes back to the model's owner and the admins, with what
          you add here.
        </DialogContentText>
        <TextField
          id="litemaas-ask-review-justification"
          label="Justification"
          value={justification}
          onChange={e => setJustification(e.target.value)}
          helperText="What changed, or what the reviewer should know."
          multiline
          minRows={3}
          variant="outlined"
          fullWidth
          inputProps={{ maxLength: 2000 }}
        />
      </FormDialogContent>
    </FormDialog>
  );
}
