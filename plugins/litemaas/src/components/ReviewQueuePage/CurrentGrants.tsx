import { useState } from 'react';
import { Link, Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import DialogContentText from '@material-ui/core/DialogContentText';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
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
} from '../common';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { formatDateTime, formatLimits, formatRelativeTime } from '../format';

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
  const grants = useAsyncRetry(
    async () =>
      // The largest page the API gives; more grants than that to review
      // need the review queue's filters.
      (
        await api.listAccessRequests({
          scope: 'review',
          status: ['granted'],
          limit: 1000,
        })
      ).items,
    [api, props.version],
  );
  const [changing, setChanging] = useState<AccessRequest>();
  const [ending, setEnding] = useState<AccessRequest>();
  const [reason, setReason] = useState('');

  let body;
  if (grants.loading && !grants.value) body = <Progress />;
  else if (grants.error && !grants.value) {
    body = <ErrorWithRetry error={grants.error} onRetry={grants.retry} />;
  } else if (!grants.value?.length) {
    body = (
      <Typography variant="body2" color="textSecondary">
        Nobody holds a grant of the models you review.
      </Typography>
    );
  } else {
    body = (
      <TableContainer>
        <Table size="small" aria-label="Current grants">
          <TableHead>
            <TableRow>
              <TableCell>Model</TableCell>
              <TableCell>For</TableCell>
              <TableCell>Limits</TableCell>
              <TableCell>Last decided</TableCell>
              <TableCell align="right">Change</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {grants.value.map(grant => (
              <TableRow key={grant.id}>
                <TableCell>
                  <Link to={paths.model(grant.modelName)}>
                    {grant.modelName}
                  </Link>
                </TableCell>
                <TableCell>
                  <EntityRefLink entityRef={grant.subjectRef} />
                </TableCell>
                <TableCell>{formatLimits(grant.limits)}</TableCell>
                <TableCell title={formatDateTime(grant.decidedAt)}>
                  {formatRelativeTime(grant.decidedAt ?? grant.createdAt)}
                </TableCell>
                <TableCell align="right">
                  <Box
                    display="flex"
                    justifyContent="flex-end"
                    style={{ gap: 8 }}
                  >
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
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    );
  }

  return (
    <Box mt={3}>
      <Paper>
        <Box p={3}>
          <Typography variant="h6" component="h2">
            Current grants
          </Typography>
          <Typography variant="body2" color="textSecondary" gutterBottom>
            Who may use the models you review, within which limits. Narrowing a
            grant narrows its keys; ending it takes the model off them.
          </Typography>
          {body}
        </Box>
      </Paper>
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
