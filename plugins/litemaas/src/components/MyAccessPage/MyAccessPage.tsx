import { Fragment, ReactNode, useState } from 'react';
import {
  EmptyState,
  Link,
  LinkButton,
  Progress,
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
} from '../common';
import {
  formatDateTime,
  formatEntityRef,
  formatLimits,
  formatRelativeTime,
} from '../format';
import { RequestHistory, actorLabel } from './RequestHistory';
import { ErrorWithRetry } from '../common/ErrorWithRetry';

const STATUSES: AccessStatus[] = [
  'pending',
  'granted',
  'denied',
  'cancelled',
  'revoked',
];

const useStyles = makeStyles(theme => ({
  toolbar: {
    gap: theme.spacing(2),
    paddingTop: theme.spacing(1),
    paddingBottom: theme.spacing(1),
    flexWrap: 'wrap',
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
  detail: { backgroundColor: theme.palette.background.default },
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
  const [expanded, setExpanded] = useState<string[]>([]);
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

  const toggle = (id: string) =>
    setExpanded(current =>
      current.includes(id) ? current.filter(x => x !== id) : [...current, id],
    );

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
        <Paper>
          <Toolbar className={classes.toolbar}>
            <Typography variant="h6" component="h2" style={{ flex: 1 }}>
              My access ({items.length})
            </Typography>
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
          </Toolbar>
          <TableContainer>
            <Table size="small" aria-label="My access">
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox" />
                  <TableCell>Model</TableCell>
                  <TableCell>For</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell>Requested</TableCell>
                  <TableCell>Decided</TableCell>
                  <TableCell>Reason</TableCell>
                  <TableCell>Limits</TableCell>
                  <TableCell align="right">Actions</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={9} align="center">
                      <Box p={3}>No requests with this status.</Box>
                    </TableCell>
                  </TableRow>
                )}
                {items.map(request => {
                  const open = expanded.includes(request.id);
                  const busy = busyId === request.id;
                  const teamRequest = subjectLabel(request.subjectRef) !== 'Me';
                  return (
                    <Fragment key={request.id}>
                      <TableRow hover>
                        <TableCell padding="checkbox">
                          <IconButton
                            size="small"
                            aria-label={`${open ? 'Hide' : 'Show'} history of ${
                              request.modelName
                            }${forWhom(request)}`}
                            aria-expanded={open}
                            onClick={() => toggle(request.id)}
                          >
                            {open ? (
                              <KeyboardArrowDownIcon />
                            ) : (
                              <KeyboardArrowRightIcon />
                            )}
                          </IconButton>
                        </TableCell>
                        <TableCell>
                          <Link to={paths.model(request.modelName)}>
                            <strong>{request.modelName}</strong>
                          </Link>
                        </TableCell>
                        <TableCell>
                          {teamRequest ? (
                            <EntityRefLink entityRef={request.subjectRef} />
                          ) : (
                            'Me'
                          )}
                        </TableCell>
                        <TableCell>
                          <AccessStatusChip status={request.status} />
                        </TableCell>
                        <TableCell className={classes.nowrap}>
                          <When at={request.createdAt} />
                          {teamRequest && (
                            <Typography
                              variant="caption"
                              color="textSecondary"
                              component="div"
                            >
                              by {formatEntityRef(request.requestedBy)}
                            </Typography>
                          )}
                        </TableCell>
                        <TableCell className={classes.nowrap}>
                          {request.decidedBy ? (
                            <>
                              {actorLabel(request.decidedBy)}
                              <Typography
                                variant="caption"
                                color="textSecondary"
                                component="div"
                              >
                                <When at={request.decidedAt} />
                              </Typography>
                            </>
                          ) : (
                            '—'
                          )}
                        </TableCell>
                        <TableCell>
                          <Reason request={request} />
                        </TableCell>
                        <TableCell>{formatLimits(request.limits)}</TableCell>
                        <TableCell align="right" className={classes.nowrap}>
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
                        </TableCell>
                      </TableRow>
                      {open && (
                        <TableRow className={classes.detail}>
                          <TableCell />
                          <TableCell colSpan={8}>
                            <RequestHistory
                              key={request.updatedAt}
                              id={request.id}
                              justification={request.justification}
                            />
                          </TableCell>
                        </TableRow>
                      )}
                    </Fragment>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        </Paper>
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
