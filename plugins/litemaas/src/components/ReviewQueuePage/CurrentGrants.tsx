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
  EntityRefLink,
  LimitsFields,
  LimitsInput,
  limitsToInput,
  parseLimits,
  useLiteMaasPaths,
  modelNameColumn,
} from '../common';
import { DataTable } from '../common/DataTable';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { formatDateTime, formatLimits, formatRelativeTime } from '../format';
import { useServerPaging } from './useServerPaging';

const DESCRIPTION =
  'Who may use the models you review, within which limits. Narrowing a grant narrows its keys; ending it takes the model off them.';

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
  const { grant } = props;
  const [input, setInput] = useState<LimitsInput>(() =>
    limitsToInput(grant?.limits),
  );
  const [reason, setReason] = useState('');
  const parsed = parseLimits(input);
  return (
    <ConfirmDialog
      open={Boolean(grant)}
      title={`Limits of ${grant?.modelName} for ${grant?.subjectRef}`}
      confirmLabel="Save limits"
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
        The grant's keys take these as their defaults and maximums. Keys over a
        narrower limit are narrowed now, in LiteLLM too; a blank field removes
        that limit from the grant.
      </DialogContentText>
      <LimitsFields
        idPrefix="litemaas-grant-limits"
        value={input}
        onChange={setInput}
        errors={parsed.errors}
      />
      <TextField
        id="litemaas-grant-limits-reason"
        label="Why (optional)"
        helperText="The grant's holders see it in the grant's history."
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
    modelNameColumn(paths),
    {
      title: 'For',
      field: 'subjectRef',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: grant => <EntityRefLink entityRef={grant.subjectRef} />,
    },
    {
      title: 'Limits',
      width: 'auto',
      render: grant => formatLimits(grant.limits),
    },
    {
      title: 'Last decided',
      field: 'decidedAt',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: grant => (
        <span title={formatDateTime(grant.decidedAt)}>
          {formatRelativeTime(grant.decidedAt ?? grant.createdAt)}
        </span>
      ),
    },
    {
      title: 'Change',
      width: 'auto',
      align: 'right',
      cellStyle: { whiteSpace: 'nowrap' },
      render: grant => (
        <Box display="flex" justifyContent="flex-end" style={{ gap: 8 }}>
          <Button
            size="small"
            color="primary"
            onClick={() => setChanging(grant)}
            aria-label={`Change limits of ${grant.modelName} for ${grant.subjectRef}`}
          >
            Limits…
          </Button>
          <Button
            size="small"
            onClick={() => setEnding(grant)}
            aria-label={`End the grant of ${grant.modelName} for ${grant.subjectRef}`}
          >
            End…
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
        Nobody holds a grant of the models you review.
      </Typography>
    );
  }

  let list;
  if (body) {
    list = (
      <Paper>
        <Box p={3}>
          <Typography variant="h6" component="h2">
            Current grants
          </Typography>
          <Typography variant="body2" color="textSecondary" gutterBottom>
            {DESCRIPTION}
          </Typography>
          {body}
        </Box>
      </Paper>
    );
  } else {
    const pager = paging.table(grants.value);
    list = (
      <DataTable<AccessRequest>
        title="Current grants"
        subtitle={DESCRIPTION}
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
            message: `Limits of ${grant.modelName} for ${grant.subjectRef} saved; its keys follow them.`,
            severity: 'success',
            display: 'transient',
          });
          setChanging(undefined);
          grants.retry();
        }}
      />
      <ConfirmDialog
        open={Boolean(ending)}
        title={`End the grant of ${ending?.modelName}?`}
        confirmLabel="End grant"
        danger
        onConfirm={async () => {
          await api.revokeAccess(ending!.id, reason.trim() || undefined);
          alertApi.post({
            message: `${ending!.subjectRef} no longer has ${
              ending!.modelName
            }; its keys lost the model.`,
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
          {ending?.subjectRef}'s keys stop carrying {ending?.modelName}; a key
          left with no model is revoked.
        </DialogContentText>
        <TextField
          id="litemaas-end-grant-reason"
          label="Why (optional)"
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
