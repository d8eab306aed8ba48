import { useLitemaasText } from '../../translationText';
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
  EntityRefLink,
  GrantEnd,
  errorMessage,
  isUserRef,
  subjectLabel,
  useStatusLabel,
  useLiteMaasPaths,
  useDialogTarget,
  useRefreshModels,
  modelNameColumn,
} from '../common';
import { formatEntityRef } from '../format';
import { useLocaleFormat } from '../useLocaleFormat';
import { RequestHistory, actorLabel } from './RequestHistory';
import { useReasonText } from './reasonText';
import { placeholders, withNodes } from './withNodes';
import { DataTable } from '../common/DataTable';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { AskForReviewDialog } from './AskForReviewDialog';
import { ExtendGrantDialog } from './ExtendGrantDialog';
import { GiveUpDialog } from './GiveUpDialog';
import { useExtendLink } from './useExtendLink';

const STATUSES: AccessStatus[] = [
  'pending',
  'granted',
  'denied',
  'cancelled',
  'revoked',
  'expired',
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

/** Whether the request is the caller's own, not one of their teams'. */
function isOwn(subjectRef: string) {
  return isUserRef(subjectRef);
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
  const format = useLocaleFormat();
  if (!props.at) return <>—</>;
  return (
    <span title={format.dateTime(props.at)}>
      {format.relativeTime(props.at)}
    </span>
  );
}

/** The decision's reason; a denial's stands out. */
function Reason(props: { request: AccessRequest }) {
  const classes = useStyles();
  const t = useLitemaasText();
  const reasonText = useReasonText();
  const { status } = props.request;
  if (!props.request.decisionReason) return <>—</>;
  const decisionReason = reasonText(props.request.decisionReason);
  if (status === 'denied') {
    return (
      <Typography variant="body2" className={classes.denial}>
        <strong>{t('access.deniedPrefix')}</strong> {decisionReason}
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
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const statusLabel = useStatusLabel();
  const reasonText = useReasonText();
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
  const extending = useDialogTarget<AccessRequest>();
  // The link in a grant's expiry notice opens its extend dialog at once.
  const extendLink = useExtendLink(value?.items, extending.show);

  const refresh = () => {
    retry();
    // The catalog's "my access" chips come from the model list.
    refreshModels();
  };

  /** "Me", or the team's name: what the For column shows and sorts by. */
  const forLabel = (subjectRef: string) => subjectLabel(subjectRef, t);

  const cancel = async (request: AccessRequest) => {
    setBusyId(request.id);
    try {
      await api.cancelAccessRequest(request.id);
      const model = request.modelName;
      alertApi.post({
        message: isOwn(request.subjectRef)
          ? t('access.cancelled', { model })
          : t('access.cancelledFor', {
              model,
              team: formatEntityRef(request.subjectRef),
            }),
        severity: 'success',
        display: 'transient',
      });
      refresh();
    } catch (e) {
      alertApi.post({
        message: t('access.cancelFailed', {
          model: request.modelName,
          error: errorMessage(e),
        }),
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
      title: (
        <span className={classes.visuallyHidden}>
          {t('access.columns.history')}
        </span>
      ),
      render: request => {
        const open = Boolean(request.tableData?.showDetailPanel);
        const model = request.modelName;
        const team = formatEntityRef(request.subjectRef);
        let label: string;
        if (isOwn(request.subjectRef)) {
          label = open
            ? t('access.hideHistory', { model })
            : t('access.showHistory', { model });
        } else {
          label = open
            ? t('access.hideHistoryFor', { model, team })
            : t('access.showHistoryFor', { model, team });
        }
        // The row's click handler opens the panel (material-table hands
        // it the toggle); the button is what keyboards and readers use.
        return (
          <IconButton
            size="small"
            data-history-toggle
            aria-label={label}
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
    {
      ...modelNameColumn(paths, { bold: true }),
      title: t('access.columns.model'),
    },
    {
      title: t('access.columns.for'),
      field: 'subjectRef',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      customSort: (a, b) =>
        forLabel(a.subjectRef).localeCompare(forLabel(b.subjectRef)),
      render: request =>
        isOwn(request.subjectRef) ? (
          t('access.me')
        ) : (
          <EntityRefLink entityRef={request.subjectRef} />
        ),
    },
    {
      // The status, who decided it and when, and why.
      title: t('access.columns.status'),
      field: 'status',
      width: 'auto',
      cellStyle: { minWidth: 200 },
      customSort: (a, b) =>
        statusLabel(a.status).localeCompare(statusLabel(b.status)),
      customFilterAndSearch: (term: string, request) =>
        matches(term, [
          statusLabel(request.status),
          request.decidedBy && actorLabel(request.decidedBy),
          request.decisionReason && reasonText(request.decisionReason),
        ]),
      render: request => (
        <>
          <AccessStatusChip
            status={request.status}
            label={statusLabel(request.status)}
          />
          {request.decidedBy && (
            <Typography
              variant="caption"
              color="textSecondary"
              component="div"
              className={classes.nowrap}
            >
              {withNodes(t('access.decidedBy', placeholders('actor', 'when')), {
                actor: <span>{actorLabel(request.decidedBy)}</span>,
                when: <When at={request.decidedAt} />,
              })}
            </Typography>
          )}
          <GrantEnd request={request} />
          {request.decisionReason && <Reason request={request} />}
        </>
      ),
    },
    {
      title: t('access.columns.requested'),
      field: 'createdAt',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      customFilterAndSearch: (term: string, request) =>
        matches(term, [formatEntityRef(request.requestedBy)]),
      render: request => (
        <>
          <When at={request.createdAt} />
          {!isOwn(request.subjectRef) && (
            <Typography variant="caption" color="textSecondary" component="div">
              {t('access.requestedBy', {
                name: formatEntityRef(request.requestedBy),
              })}
            </Typography>
          )}
        </>
      ),
    },
    {
      title: t('access.columns.limits'),
      width: 'auto',
      sorting: false,
      customFilterAndSearch: (term: string, request) =>
        matches(term, [format.limits(request.limits)]),
      render: request => format.limits(request.limits),
    },
    {
      title: t('access.columns.actions'),
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
                {t('access.cancelRequest')}
              </Button>
            )}
            {request.status === 'denied' && (
              <Button
                size="small"
                color="primary"
                onClick={() => reviewing.show(request)}
                disabled={busy}
              >
                {t('access.askForReview')}
              </Button>
            )}
            {request.status === 'granted' && request.expiresAt && (
              <Button
                size="small"
                color="primary"
                onClick={() => extending.show(request)}
                // One extension at a time: a reviewer decides the asked one.
                disabled={busy || Boolean(request.extension)}
                aria-label={
                  isOwn(request.subjectRef)
                    ? t('access.askToExtendLabel', {
                        model: request.modelName,
                      })
                    : t('access.askToExtendLabelFor', {
                        model: request.modelName,
                        team: formatEntityRef(request.subjectRef),
                      })
                }
              >
                {t('access.askToExtend')}
              </Button>
            )}
            {request.status === 'granted' && (
              <Button
                size="small"
                color="secondary"
                onClick={() => givingUp.show(request)}
                disabled={busy}
              >
                {t('access.giveUpAccess')}
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
        title={t('access.empty.title')}
        description={t('access.empty.description')}
        action={
          <LinkButton variant="contained" color="primary" to={paths.root}>
            {t('access.empty.action')}
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
                ? t('access.deniedOne')
                : t('access.deniedMany', { total: format.count(denied) })}
            </Alert>
          </Box>
        )}
        <Box className={classes.toolbar}>
          <TextField
            id="litemaas-my-access-status"
            select
            SelectProps={{ native: true }}
            InputLabelProps={{ shrink: true }}
            label={t('access.statusFilter')}
            value={statusFilter}
            onChange={e => setStatusFilter(e.target.value)}
            variant="outlined"
            size="small"
            style={{ minWidth: 160 }}
          >
            <option value="">{t('access.allStatuses')}</option>
            {STATUSES.map(s => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </TextField>
          <IconButton aria-label={t('access.reload')} onClick={refresh}>
            {loading ? <CircularProgress size={20} /> : <RefreshIcon />}
          </IconButton>
        </Box>
        <DataTable<Row>
          label={t('access.title')}
          title={t('access.tableTitle', { total: format.count(items.length) })}
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
              {t('access.noMatch')}
            </Box>
          }
        />
      </>
    );
  }

  return (
    <>
      {extendLink.notice && (
        <Box mb={2}>
          <Alert
            severity="info"
            onClose={extendLink.dismiss}
            closeText={t('access.extend.linkClose')}
          >
            {extendLink.notice}
          </Alert>
        </Box>
      )}
      {body}
      <ExtendGrantDialog
        open={extending.open}
        request={extending.target}
        onClose={extending.hide}
        onDone={refresh}
      />
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
