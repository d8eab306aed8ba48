import { useLitemaasText } from '../../translationText';
import { useState } from 'react';
import { Progress, TableColumn } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import DialogContentText from '@material-ui/core/DialogContentText';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import {
  ConfirmDialog,
  ENDS_SOON_DAYS,
  EndsSoonChip,
  EntityRefLink,
  LimitsFields,
  LimitsInput,
  daysUntil,
  limitsToInput,
  parseLimits,
  useKeysWords,
  useLiteMaasPaths,
  modelNameColumn,
} from '../common';
import { DataTable } from '../common/DataTable';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { formatEntityRef } from '../format';
import { useLocaleFormat } from '../useLocaleFormat';
import { useServerPaging } from './useServerPaging';

/**
 * Changes a grant's limits. Keys of the grant's subject that exceed the
 * new limits are narrowed at once, in LiteLLM too.
 */
function ChangeLimitsDialog(props: {
  grant?: AccessRequest;
  onClose(): void;
  onChanged(grant: AccessRequest): void;
}) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const words = useKeysWords();
  const { grant } = props;
  const [input, setInput] = useState<LimitsInput>(() =>
    limitsToInput(grant?.limits),
  );
  const [reason, setReason] = useState('');
  const parsed = parseLimits(input, words);
  return (
    <ConfirmDialog
      open={Boolean(grant)}
      title={t('review.grants.limitsTitle', {
        model: grant?.modelName ?? '',
        // "payments", not "group:default/payments": the ref's kind is English.
        subject: grant ? formatEntityRef(grant.subjectRef) : '',
      })}
      confirmLabel={t('review.grants.saveLimits')}
      onConfirm={async () => {
        if (!grant || Object.keys(parsed.errors).length) return false;
        props.onChanged(
          await api.changeGrantLimits(grant.id, {
            limits: parsed.limits,
            reason: reason.trim() || undefined,
          }),
        );
        return undefined;
      }}
      onClose={props.onClose}
    >
      <DialogContentText>
        {t('review.grants.limitsExplanation')}
      </DialogContentText>
      <LimitsFields
        idPrefix="litemaas-grant-limits"
        value={input}
        onChange={setInput}
        errors={parsed.errors}
      />
      <TextField
        id="litemaas-grant-limits-reason"
        label={t('review.grants.why')}
        helperText={t('review.grants.whyHelp')}
        value={reason}
        onChange={e => setReason(e.target.value)}
        variant="outlined"
        margin="normal"
        fullWidth
        inputProps={{ maxLength: 2000 }}
      />
    </ConfirmDialog>
  );
}

/**
 * The grants of the models the caller reviews: their limits, changed or
 * ended from here.
 */
export function CurrentGrants(props: { version?: number }) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const description = t('review.grants.description');
  const paths = useLiteMaasPaths();
  // The API pages the grants: the table shows one page at a time.
  const paging = useServerPaging();
  const { limit, offset } = paging.query;
  const grants = useAsyncRetry(async () => {
    const page = await api.listAccessRequests({
      scope: 'review',
      status: ['granted'],
      limit,
      offset,
    });
    paging.settle(page);
    return page;
  }, [api, props.version, limit, offset]);
  const [changing, setChanging] = useState<AccessRequest>();
  const [ending, setEnding] = useState<AccessRequest>();
  const [reason, setReason] = useState('');

  const columns: TableColumn<AccessRequest>[] = [
    { ...modelNameColumn(paths), title: t('review.grants.columns.model') },
    {
      title: t('review.grants.columns.for'),
      field: 'subjectRef',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: grant => <EntityRefLink entityRef={grant.subjectRef} />,
    },
    {
      title: t('review.grants.columns.limits'),
      width: 'auto',
      render: grant => format.limits(grant.limits),
    },
    {
      title: t('review.grants.columns.ends'),
      field: 'expiresAt',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: grant =>
        grant.expiresAt ? (
          <>
            <span title={format.dateTime(grant.expiresAt)}>
              {format.date(grant.expiresAt)}
            </span>
            {daysUntil(grant.expiresAt) <= ENDS_SOON_DAYS && (
              <Box mt={0.5}>
                <EndsSoonChip end={grant.expiresAt} />
              </Box>
            )}
          </>
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('review.grants.noEnd')}
          </Typography>
        ),
    },
    {
      title: t('review.grants.columns.lastDecided'),
      field: 'decidedAt',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: grant => (
        <span title={format.dateTime(grant.decidedAt)}>
          {format.relativeTime(grant.decidedAt ?? grant.createdAt)}
        </span>
      ),
    },
    {
      title: t('review.grants.columns.change'),
      width: 'auto',
      align: 'right',
      cellStyle: { whiteSpace: 'nowrap' },
      render: grant => (
        <Box display="flex" justifyContent="flex-end" style={{ gap: 8 }}>
          <Button
            size="small"
            color="primary"
            onClick={() => setChanging(grant)}
            aria-label={t('review.grants.changeLimitsLabel', {
              model: grant.modelName,
              subject: grant.subjectRef,
            })}
          >
            {t('review.grants.changeLimits')}
          </Button>
          <Button
            size="small"
            onClick={() => setEnding(grant)}
            aria-label={t('review.grants.endLabel', {
              model: grant.modelName,
              subject: grant.subjectRef,
            })}
          >
            {t('review.grants.end')}
          </Button>
        </Box>
      ),
    },
  ];

  let body;
  if (grants.loading && !grants.value) body = <Progress />;
  else if (grants.error && !grants.value) {
    body = <ErrorWithRetry error={grants.error} onRetry={grants.retry} />;
  } else if (!grants.value?.items.length && !grants.value?.offset) {
    // (An emptied later page turns to the last one instead.)
    body = (
      <Typography variant="body2" color="textSecondary">
        {t('review.grants.none')}
      </Typography>
    );
  }

  let list;
  if (body) {
    list = (
      <Paper>
        <Box p={3}>
          <Typography variant="h6" component="h2">
            {t('review.grants.title')}
          </Typography>
          <Typography variant="body2" color="textSecondary" gutterBottom>
            {description}
          </Typography>
          {body}
        </Box>
      </Paper>
    );
  } else {
    const pager = paging.table(grants.value);
    list = (
      <DataTable<AccessRequest>
        title={t('review.grants.title')}
        subtitle={description}
        columns={columns}
        data={grants.value?.items ?? []}
        isLoading={
          grants.loading &&
          ((grants.value?.offset ?? 0) !== offset ||
            (grants.value?.limit ?? limit) !== limit)
        }
        page={pager.page}
        totalCount={pager.totalCount}
        onPageChange={pager.onPageChange}
        options={pager.options}
      />
    );
  }

  return (
    <Box mt={3}>
      {list}
      <ChangeLimitsDialog
        key={changing?.id}
        grant={changing}
        onClose={() => setChanging(undefined)}
        onChanged={grant => {
          alertApi.post({
            message: t('review.grants.saved', {
              model: grant.modelName,
              subject: grant.subjectRef,
            }),
            severity: 'success',
            display: 'transient',
          });
          setChanging(undefined);
          grants.retry();
        }}
      />
      <ConfirmDialog
        open={Boolean(ending)}
        title={t('review.grants.endTitle', { model: ending?.modelName ?? '' })}
        confirmLabel={t('review.grants.endConfirm')}
        danger
        onConfirm={async () => {
          await api.revokeAccess(ending!.id, reason.trim() || undefined);
          alertApi.post({
            message: t('review.grants.ended', {
              subject: ending!.subjectRef,
              model: ending!.modelName,
            }),
            severity: 'success',
            display: 'transient',
          });
          setEnding(undefined);
          setReason('');
          grants.retry();
        }}
        onClose={() => setEnding(undefined)}
      >
        <DialogContentText>
          {t('review.grants.endExplanation', {
            subject: ending?.subjectRef ?? '',
            model: ending?.modelName ?? '',
          })}
        </DialogContentText>
        <TextField
          id="litemaas-end-grant-reason"
          label={t('review.grants.why')}
          value={reason}
          onChange={e => setReason(e.target.value)}
          variant="outlined"
          fullWidth
          inputProps={{ maxLength: 2000 }}
        />
      </ConfirmDialog>
    </Box>
  );
}
