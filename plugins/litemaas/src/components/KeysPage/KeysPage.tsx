import { ReactNode, useState } from 'react';
import {
  EmptyState,
  Link,
  LinkButton,
  Progress,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { ApiKey, IssuedKey } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import { makeStyles } from '@material-ui/core/styles';
import AddIcon from '@material-ui/icons/Add';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import {
  isLiveKey,
  isTeamRef,
  useDialogTarget,
  useLiteMaasPaths,
} from '../common';
import { CreateKeyDialog } from '../CreateKeyDialog';
import { IssuedKeyDialog } from '../IssuedKeyDialog';
import { formatDateTime, formatEntityRef, formatRelativeTime } from '../format';
import { EditKeyDialog } from './EditKeyDialog';
import { KeysTable } from './KeysTable';
import { RevokeKeyDialog } from './RevokeKeyDialog';
import { RotateKeyDialog } from './RotateKeyDialog';
import { ErrorWithRetry } from '../common/ErrorWithRetry';

const useStyles = makeStyles(theme => ({
  step: {
    display: 'block',
    marginTop: theme.spacing(1.5),
  },
}));

function EmptyKeys() {
  const classes = useStyles();
  const paths = useLiteMaasPaths();
  return (
    <EmptyState
      missing="data"
      title="No API keys yet"
      description={
        // EmptyState puts this in a paragraph: spans only.
        <>
          An API key lets your code call models through the company's model
          gateway. Two steps:
          <span className={classes.step}>
            1. <strong>Get access to a model</strong> on the{' '}
            <Link to={paths.root} underline="always">
              Models
            </Link>{' '}
            tab. Open models are granted at once; restricted ones after their
            owner approves.
          </span>
          <span className={classes.step}>
            2. <strong>Create a key</strong> here for the models you have access
            to, for yourself or a team. Its value is shown once, with examples
            to try it.
          </span>
        </>
      }
      action={
        <LinkButton variant="outlined" color="primary" to={paths.root}>
          Browse models
        </LinkButton>
      }
    />
  );
}

/** What happened to the old value, beside the new one. */
function RotationNote(props: { issued: IssuedKey; graceHours: number }) {
  const until = props.issued.key.previousValueValidUntil;
  if (props.graceHours === 0) {
    return (
      <Box mt={1}>
        <Alert severity="info">The old value no longer works.</Alert>
      </Box>
    );
  }
  const when = until
    ? `until ${formatDateTime(until)} (${formatRelativeTime(until)})`
    : `for ${props.graceHours} hours`;
  return (
    <Box mt={1}>
      <Alert severity="info">
        The old value keeps working {when}, then stops. Switch everything that
        uses the key to the new value before then.
      </Alert>
    </Box>
  );
}

/**
 * The caller's API keys and their teams': create, edit, rotate and revoke,
 * with spend against budget at a glance.
 *
 * @public
 */
export const KeysPage = () => {
  const api = useApi(litemaasApiRef);
  const [showRevoked, setShowRevoked] = useState(false);
  const { value, loading, error, retry } = useAsyncRetry(
    () =>
      api.listKeys(
        showRevoked
          ? { scope: 'mine', includeRevoked: true }
          : { scope: 'mine' },
      ),
    [api, showRevoked],
  );
  const [creating, setCreating] = useState(false);
  const editing = useDialogTarget<ApiKey>();
  const rotating = useDialogTarget<ApiKey>();
  const revoking = useDialogTarget<ApiKey>();
  const [rotated, setRotated] = useState<{
    issued: IssuedKey;
    graceHours: number;
  }>();
  const [showRotated, setShowRotated] = useState(false);

  const actions = (key: ApiKey) =>
    isLiveKey(key) ? (
      <>
        <Button size="small" color="primary" onClick={() => editing.show(key)}>
          Edit
        </Button>
        <Button size="small" color="primary" onClick={() => rotating.show(key)}>
          Rotate
        </Button>
        <Button
          size="small"
          color="secondary"
          onClick={() => revoking.show(key)}
        >
          Revoke
        </Button>
      </>
    ) : null;

  let body: ReactNode;
  if (loading && !value) {
    body = <Progress />;
  } else if (error && !value) {
    body = <ErrorWithRetry error={error} onRetry={retry} />;
  } else if (!value || value.items.length === 0) {
    body = <EmptyKeys />;
  } else {
    const attention = value.items.filter(
      k => k.status === 'over-budget' || k.status === 'expiring-soon',
    ).length;
    body = (
      <>
        {attention > 0 && (
          <Box mb={2}>
            <Alert severity="warning">
              {attention === 1
                ? '1 key is over budget or expires within a week.'
                : `${attention} keys are over budget or expire within a week.`}
            </Alert>
          </Box>
        )}
        <KeysTable
          keys={value.items}
          label="API keys"
          title={`API keys (${value.items.length})`}
          scope="mine"
          actions={actions}
          onReload={retry}
        />
      </>
    );
  }

  const revokingKey = revoking.target;
  return (
    <>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        mb={2}
        style={{ gap: 16 }}
      >
        <Button
          variant="contained"
          color="primary"
          startIcon={<AddIcon />}
          onClick={() => setCreating(true)}
        >
          Create key
        </Button>
        <FormControlLabel
          control={
            <Switch
              color="primary"
              checked={showRevoked}
              onChange={e => setShowRevoked(e.target.checked)}
            />
          }
          label="Show revoked"
        />
      </Box>
      {body}

      <CreateKeyDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => retry()}
      />
      <EditKeyDialog
        open={editing.open}
        apiKey={editing.target}
        onClose={editing.hide}
        onSaved={() => retry()}
      />
      <RotateKeyDialog
        open={rotating.open}
        apiKey={rotating.target}
        onClose={rotating.hide}
        onRotated={(issued, graceHours) => {
          rotating.hide();
          setRotated({ issued, graceHours });
          setShowRotated(true);
          retry();
        }}
      />
      <IssuedKeyDialog
        open={showRotated}
        issued={rotated?.issued}
        note={rotated && <RotationNote {...rotated} />}
        onDone={() => setShowRotated(false)}
        // The value lives no longer than the dialog that shows it.
        onExited={() => setRotated(undefined)}
      />
      <RevokeKeyDialog
        open={revoking.open}
        apiKey={revokingKey}
        onClose={revoking.hide}
        onRevoked={() => retry()}
      >
        Requests with this key stop working at once, and it cannot be undone: to
        call the models again, create a new key.
        {revokingKey && isTeamRef(revokingKey.subjectRef) && (
          <>
            {' '}
            It belongs to {formatEntityRef(revokingKey.subjectRef)}: it stops
            working for everyone in the team.
          </>
        )}
      </RevokeKeyDialog>
    </>
  );
};
