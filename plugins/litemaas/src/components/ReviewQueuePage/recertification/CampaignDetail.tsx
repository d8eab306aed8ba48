import { ReactNode, useEffect, useMemo, useState } from 'react';
import { Link, TableColumn } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  RecertificationDetail,
  RecertificationItem,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import CircularProgress from '@material-ui/core/CircularProgress';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import IconButton from '@material-ui/core/IconButton';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ArrowBackIcon from '@material-ui/icons/ArrowBack';
import CheckIcon from '@material-ui/icons/Check';
import CloseIcon from '@material-ui/icons/Close';
import RefreshIcon from '@material-ui/icons/Refresh';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useLitemaasText } from '../../../translationText';
import { litemaasApiRef } from '../../../api';
import {
  EntityRefLink,
  Loading,
  errorMessage,
  useLiteMaasPaths,
} from '../../common';
import { DataTable } from '../../common/DataTable';
import { DownloadButtons } from '../../common/DownloadButtons';
import { ErrorWithRetry } from '../../common/ErrorWithRetry';
import { useLocaleFormat } from '../../useLocaleFormat';
import { CampaignSummary } from './CampaignSummary';
import { DecisionCell, isDecidable, named } from './decisions';
import { EndGrantsDialog } from './EndGrantsDialog';

type Kind = 'keep' | 'end';

interface Outcome {
  kind: Kind;
  succeeded: number;
  failed: Array<{ id: string; label: string; message: string }>;
}

/** Cells a little tighter than the default: nine columns fit at 1280 px. */
const CELL = { padding: '6px 8px' };
/** Cells of the selection column: no more room than the checkbox. */
const CHECKBOX_CELL = { width: 44, padding: '0 0 0 4px' };

const useStyles = makeStyles({ nowrap: { whiteSpace: 'nowrap' } });

/**
 * Least recently used first: grants never used, then those used longest
 * ago; the same day by model and holder.
 */
function byLastUse(a: RecertificationItem, b: RecertificationItem) {
  const day = (a.lastUsedDay ?? '').localeCompare(b.lastUsedDay ?? '');
  if (day !== 0) return day;
  return (
    a.modelName.localeCompare(b.modelName) ||
    a.subjectRef.localeCompare(b.subjectRef)
  );
}

/**
 * One campaign: its deadline and progress, and the grants of the models
 * the caller reviews, least recently used first, with their last use and
 * 90-day spend; while it is open, each is kept or ended, one by one or
 * selected together. A closed campaign is only read and exported.
 */
export function CampaignDetail(props: { id: string; onBack(): void }) {
  const classes = useStyles();
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const paths = useLiteMaasPaths();
  const { id } = props;

  const loaded = useAsyncRetry(() => api.getRecertification(id), [api, id]);
  // What the last decisions answered, until the next load.
  const [detail, setDetail] = useState<RecertificationDetail>();
  useEffect(() => {
    if (loaded.value) setDetail(loaded.value);
  }, [loaded.value]);

  const [undecidedOnly, setUndecidedOnly] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [keeping, setKeeping] = useState<string[]>([]);
  const [ending, setEnding] = useState<{
    grants: RecertificationItem[];
    open: boolean;
    // A fresh dialog (and reason) each time it opens.
    version: number;
  }>({ grants: [], open: false, version: 0 });
  const [outcome, setOutcome] = useState<Outcome>();

  const campaign = detail?.campaign;
  const open = campaign?.status === 'open';
  const items = useMemo(
    () => [...(detail?.items ?? [])].sort(byLastUse),
    [detail],
  );
  const rows = undecidedOnly
    ? items.filter(item => item.decision === 'pending')
    : items;
  const selectable = rows.filter(isDecidable);
  // Only what is shown counts: a filter never hides a selected grant
  // from what "End selected" ends.
  const selectedItems = selectable.filter(item =>
    selected.includes(item.requestId),
  );
  const selectedPending = selectedItems.filter(i => i.decision === 'pending');
  const allSelected =
    selectable.length > 0 &&
    selectable.every(item => selected.includes(item.requestId));

  const toggle = (requestId: string) =>
    setSelected(current =>
      current.includes(requestId)
        ? current.filter(x => x !== requestId)
        : [...current, requestId],
    );
  const toggleAll = () =>
    setSelected(allSelected ? [] : selectable.map(item => item.requestId));

  const describe = (item: RecertificationItem) =>
    t('recertification.describe', named(item));

  /**
   * Sends decisions; each succeeds or fails on its own, and those that
   * failed are listed above the table (and stay selected). A call that
   * fails as a whole (a campaign closed meanwhile) throws.
   */
  const decide = async (
    kind: Kind,
    targets: RecertificationItem[],
    reason?: string,
  ) => {
    let response;
    try {
      response = await api.decideRecertification(id, {
        decisions: targets.map(item => ({
          requestId: item.requestId,
          decision: kind,
          ...(reason && { reason }),
        })),
      });
    } catch (e) {
      // Perhaps closed meanwhile: show it as it is now.
      loaded.retry();
      throw e;
    }
    setDetail(response.detail);
    const failed = response.results
      .filter(r => !r.ok)
      .map(r => {
        const target = targets.find(item => item.requestId === r.requestId);
        return {
          id: r.requestId,
          label: target ? describe(target) : r.requestId,
          message: r.error?.message ?? t('recertification.unknownError'),
        };
      });
    const succeeded = response.results.length - failed.length;
    if (failed.length === 0) {
      let message: string;
      if (targets.length === 1) {
        message =
          kind === 'keep'
            ? t('recertification.keptOne', named(targets[0]))
            : t('recertification.endedOne', named(targets[0]));
      } else {
        const total = format.count(succeeded);
        message =
          kind === 'keep'
            ? t('recertification.keptMany', { total })
            : t('recertification.endedMany', { total });
      }
      alertApi.post({ message, severity: 'success', display: 'transient' });
      setOutcome(undefined);
    } else {
      const counts = {
        done: format.count(succeeded),
        total: format.count(response.results.length),
        failed: format.count(failed.length),
      };
      alertApi.post({
        message:
          kind === 'keep'
            ? t('recertification.keptPartly', counts)
            : t('recertification.endedPartly', counts),
        severity: succeeded ? 'warning' : 'error',
      });
      setOutcome({ kind, succeeded, failed });
    }
    // The failed ones stay selected, to retry or look at.
    setSelected(failed.map(f => f.id));
  };

  const keep = async (targets: RecertificationItem[]) => {
    const ids = targets.map(item => item.requestId);
    setKeeping(ids);
    try {
      await decide('keep', targets);
    } catch (e) {
      alertApi.post({
        message: t('recertification.keepFailed', { error: errorMessage(e) }),
        severity: 'error',
      });
    } finally {
      setKeeping([]);
    }
  };

  const showEnd = (grants: RecertificationItem[]) =>
    setEnding(current => ({
      grants,
      open: true,
      version: current.version + 1,
    }));
  const hideEnd = () => setEnding(current => ({ ...current, open: false }));

  const allColumns: TableColumn<RecertificationItem>[] = [
    ...(open
      ? [
          {
            title: (
              <Checkbox
                color="primary"
                checked={allSelected}
                indeterminate={selectedItems.length > 0 && !allSelected}
                onChange={toggleAll}
                disabled={selectable.length === 0}
                inputProps={{
                  'aria-label': t('recertification.detail.selectAll'),
                }}
              />
            ),
            render: (item: RecertificationItem) =>
              isDecidable(item) ? (
                <Checkbox
                  color="primary"
                  checked={selected.includes(item.requestId)}
                  onChange={() => toggle(item.requestId)}
                  inputProps={{
                    'aria-label': t(
                      'recertification.detail.select',
                      named(item),
                    ),
                  }}
                />
              ) : null,
            width: `${CHECKBOX_CELL.width}px`,
            headerStyle: CHECKBOX_CELL,
            cellStyle: CHECKBOX_CELL,
            hiddenByColumnsButton: true,
            sorting: false,
          } as TableColumn<RecertificationItem>,
        ]
      : []),
    {
      title: t('recertification.columns.subject'),
      field: 'subjectRef',
      width: 'auto',
      cellStyle: { ...CELL, whiteSpace: 'nowrap' },
      render: item => <EntityRefLink entityRef={item.subjectRef} />,
    },
    {
      title: t('recertification.columns.model'),
      field: 'modelName',
      width: 'auto',
      cellStyle: { ...CELL, whiteSpace: 'nowrap' },
      render: item => (
        <Link to={paths.model(item.modelName)}>{item.modelName}</Link>
      ),
    },
    {
      title: t('recertification.columns.limits'),
      width: 'auto',
      cellStyle: { ...CELL, minWidth: 100 },
      render: item => (
        <Typography variant="body2">{format.limits(item.limits)}</Typography>
      ),
    },
    {
      title: t('recertification.columns.granted'),
      field: 'grantedAt',
      width: 'auto',
      cellStyle: CELL,
      render: item => (
        <>
          <span
            title={format.dateTime(item.grantedAt)}
            className={classes.nowrap}
          >
            {format.date(item.grantedAt)}
          </span>
          <Typography
            variant="caption"
            color="textSecondary"
            component="div"
            title={format.dateTime(item.expiresAt)}
          >
            {item.expiresAt
              ? t('access.end.endsOn', { date: format.date(item.expiresAt) })
              : t('review.grants.noEnd')}
          </Typography>
        </>
      ),
    },
    {
      title: t('recertification.columns.lastUsed'),
      field: 'lastUsedDay',
      width: 'auto',
      cellStyle: { ...CELL, minWidth: 96 },
      customSort: byLastUse,
      render: item =>
        item.lastUsedDay ? (
          <>
            <span className={classes.nowrap}>
              {format.day(item.lastUsedDay, true)}
            </span>
            {item.requests90d === 0 && (
              // Wraps: "Nicht in den letzten 90 Tagen" is wider than a date.
              <Typography
                variant="caption"
                color="textSecondary"
                component="div"
              >
                {t('recertification.notRecently')}
              </Typography>
            )}
          </>
        ) : (
          <Typography
            variant="body2"
            color="textSecondary"
            title={t('recertification.neverHelp')}
          >
            {t('recertification.never')}
          </Typography>
        ),
    },
    {
      title: t('recertification.columns.usage'),
      field: 'spend90d',
      type: 'numeric',
      width: 'auto',
      cellStyle: { ...CELL, whiteSpace: 'nowrap' },
      render: item => (
        <>
          {format.spend(item.spend90d)}
          <Typography variant="caption" color="textSecondary" component="div">
            {item.requests90d === 1
              ? t('recertification.requestsOne')
              : t('recertification.requests', {
                  requests: format.count(item.requests90d),
                })}
          </Typography>
        </>
      ),
    },
    {
      title: t('recertification.columns.decision'),
      field: 'decision',
      width: 'auto',
      // "Undecided only" filters by it; a sort arrow would only widen it.
      sorting: false,
      cellStyle: CELL,
      render: item => <DecisionCell item={item} />,
    },
    ...(open
      ? [
          {
            title: t('recertification.columns.actions'),
            width: 'auto',
            align: 'right',
            sorting: false,
            cellStyle: CELL,
            render: (item: RecertificationItem) =>
              isDecidable(item) && (
                // The buttons stack when the table is short of room
                // (longer languages at 1280 px).
                <Box
                  display="flex"
                  flexWrap="wrap"
                  justifyContent="flex-end"
                  style={{ gap: 4 }}
                >
                  {item.decision === 'pending' && (
                    <Button
                      size="small"
                      color="primary"
                      className={classes.nowrap}
                      disabled={keeping.length > 0}
                      startIcon={
                        keeping.includes(item.requestId) ? (
                          <CircularProgress size={14} />
                        ) : undefined
                      }
                      onClick={() => keep([item])}
                      aria-label={t('recertification.keepLabel', named(item))}
                    >
                      {t('recertification.keep')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    className={classes.nowrap}
                    disabled={keeping.includes(item.requestId)}
                    onClick={() => showEnd([item])}
                    aria-label={t('recertification.endLabel', named(item))}
                  >
                    {t('recertification.end')}
                  </Button>
                </Box>
              ),
          } as TableColumn<RecertificationItem>,
        ]
      : []),
  ];

  // Headers as tight as the cells: their sort arrows take room too.
  const columns = allColumns.map(column => ({
    ...column,
    headerStyle: { ...CELL, ...column.headerStyle },
  }));

  const exportButtons = (
    <DownloadButtons
      exportUrl={exportFormat =>
        api.getRecertificationExportUrl(id, exportFormat)
      }
      label={exportFormat =>
        t('recertification.export.button', { format: exportFormat })
      }
      failed={(exportFormat, error) =>
        t('recertification.export.failed', { format: exportFormat, error })
      }
    />
  );

  const back = (
    <Box mb={2}>
      <Button startIcon={<ArrowBackIcon />} onClick={props.onBack}>
        {t('recertification.detail.back')}
      </Button>
    </Box>
  );

  if (!detail || !campaign) {
    let state: ReactNode;
    if (loaded.error) {
      state = <ErrorWithRetry error={loaded.error} onRetry={loaded.retry} />;
    } else {
      state = <Loading label={t('recertification.detail.loading')} />;
    }
    return (
      <>
        {back}
        {state}
      </>
    );
  }

  let table: ReactNode;
  if (items.length === 0) {
    table = (
      <Typography variant="body2" color="textSecondary">
        {t('recertification.detail.none')}
      </Typography>
    );
  } else {
    table = (
      <DataTable<RecertificationItem>
        label={t('recertification.detail.tableLabel')}
        title={
          <span aria-live="polite">
            {selectedItems.length
              ? t('recertification.detail.selected', {
                  total: format.count(selectedItems.length),
                })
              : t('recertification.detail.tableTitle', {
                  total: format.count(rows.length),
                })}
          </span>
        }
        columns={columns}
        data={rows}
        isLoading={loaded.loading}
        isSelected={item => selected.includes(item.requestId)}
        emptyContent={
          <Box p={3} textAlign="center">
            <Typography variant="body1" gutterBottom>
              {t('recertification.detail.allDecided')}
            </Typography>
            <Button color="primary" onClick={() => setUndecidedOnly(false)}>
              {t('recertification.detail.showAll')}
            </Button>
          </Box>
        }
      />
    );
  }

  return (
    <>
      {back}
      <CampaignSummary campaign={campaign} />
      {!open && (
        <Box mb={2}>
          <Alert severity="info">
            {t('recertification.detail.closed', {
              date: format.dateTime(campaign.closedAt ?? campaign.deadline),
            })}
            {campaign.progress.flagged > 0 &&
              ` ${t('recertification.detail.flaggedNote')}`}
          </Alert>
        </Box>
      )}
      {outcome && (
        <Box mb={2}>
          <Alert
            severity={outcome.succeeded ? 'warning' : 'error'}
            onClose={() => setOutcome(undefined)}
          >
            <AlertTitle>
              {t(
                outcome.kind === 'keep'
                  ? 'recertification.keptOutcome'
                  : 'recertification.endedOutcome',
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
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        mb={2}
        style={{ gap: 12 }}
      >
        {items.length > 0 && (
          <FormControlLabel
            control={
              <Switch
                color="primary"
                checked={undecidedOnly}
                onChange={e => setUndecidedOnly(e.target.checked)}
              />
            }
            label={t('recertification.detail.undecidedOnly')}
          />
        )}
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="center"
          marginLeft="auto"
          style={{ gap: 8 }}
        >
          {open && items.length > 0 && (
            <>
              <Button
                variant="contained"
                color="primary"
                size="small"
                startIcon={
                  keeping.length > 1 ? (
                    <CircularProgress size={14} />
                  ) : (
                    <CheckIcon />
                  )
                }
                disabled={selectedPending.length === 0 || keeping.length > 0}
                onClick={() => keep(selectedPending)}
              >
                {t('recertification.detail.keepSelected')}
              </Button>
              <Button
                variant="outlined"
                color="secondary"
                size="small"
                startIcon={<CloseIcon />}
                disabled={selectedItems.length === 0 || keeping.length > 0}
                onClick={() => showEnd(selectedItems)}
              >
                {t('recertification.detail.endSelected')}
              </Button>
            </>
          )}
          {exportButtons}
          <IconButton
            aria-label={t('recertification.detail.reload')}
            onClick={loaded.retry}
          >
            {loaded.loading ? <CircularProgress size={20} /> : <RefreshIcon />}
          </IconButton>
        </Box>
      </Box>
      {table}
      <EndGrantsDialog
        key={ending.version}
        open={ending.open}
        grants={ending.grants}
        onClose={hideEnd}
        onEnd={reason => decide('end', ending.grants, reason)}
      />
    </>
  );
}
