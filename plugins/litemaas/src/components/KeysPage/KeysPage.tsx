import { ReactNode, useCallback, useState } from 'react';
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
  LoadError,
  isLiveKey,
  isTeamRef,
  useDialogTarget,
  useLiteMaasPaths,
} from '../common';
import { CreateKeyDialog } from '../CreateKeyDialog';
import { IssuedKeyDialog } from '../IssuedKeyDialog';
import { richText, slot, useKeysWords } from '../common/keysText';
import { formatEntityRef } from '../format';
import { EditKeyDialog } from './EditKeyDialog';
import { KeysTable } from './KeysTable';
import { RevokeKeyDialog } from './RevokeKeyDialog';
import { RotateKeyDialog, hoursText } from './RotateKeyDialog';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import {
  AskTopUpDialog,
  KeyTopUpHistory,
  KeyTopUpState,
  TopUpVersion,
  topUpBlocker,
  useCurrentTopUps,
  useTopUpLink,
} from '../topUps';
import { useLitemaasText } from '../../translationText';

const useStyles = makeStyles(theme => ({
  step: {
    display: 'block',
    marginTop: theme.spacing(1.5),
  },
}));

function EmptyKeys() {
  const classes = useStyles();
  const paths = useLiteMaasPaths();
  const { t } = useKeysWords();
  return (
    <EmptyState
      missing="data"
      title={t('keys.empty.title')}
      description={
        // EmptyState puts this in a paragraph: spans only.
        <>
          {t('keys.empty.intro')}
          <span className={classes.step}>
            {richText(
              t('keys.empty.step1', {
                action: slot('action'),
                models: slot('models'),
              }),
              {
                action: <strong>{t('keys.empty.step1Action')}</strong>,
                models: (
                  <Link to={paths.root} underline="always">
                    {t('keys.empty.modelsTab')}
                  </Link>
                ),
              },
            )}
          </span>
          <span className={classes.step}>
            {richText(t('keys.empty.step2', { action: slot('action') }), {
              action: <strong>{t('keys.empty.step2Action')}</strong>,
            })}
          </span>
        </>
      }
      action={
        <LinkButton variant="outlined" color="primary" to={paths.root}>
          {t('keys.empty.browse')}
        </LinkButton>
      }
    />
  );
}

/** What happened to the old value, beside the new one. */
function RotationNote(props: { issued: IssuedKey; graceHours: number }) {
  const until = props.issued.key.previousValueValidUntil;
  const { t, format } = useKeysWords();
  if (props.graceHours === 0) {
    return (
      <Box mt={1}>
        <Alert severity="info">{t('keys.rotation.oldStopped')}</Alert>
      </Box>
    );
  }
  return (
    <Box mt={1}>
      <Alert severity="info">
        {until
          ? t('keys.rotation.oldWorksUntil', {
              date: format.dateTime(until),
              relative: format.relativeTime(until),
            })
          : t('keys.rotation.oldWorksFor', {
              period: hoursText(format.language, props.graceHours),
            })}
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
  const { t, format } = useKeysWords();
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
  const text = useLitemaasText();
  // Bumped when a key's top-ups change: reloads them and open histories.
  const [topUpVersion, setTopUpVersion] = useState(0);
  const topUps = useCurrentTopUps(topUpVersion);
  const askingTopUp = useDialogTarget<ApiKey>();
  const topUpLink = useTopUpLink(value?.items, topUps, askingTopUp.show);
  const topUpsChanged = () => setTopUpVersion(v => v + 1);

  const spendExtra = (key: ApiKey) =>
    isLiveKey(key) && key.limits.maxBudget !== undefined ? (
      <KeyTopUpState
        apiKey={key}
        topUp={topUps.of(key.id)}
        canAsk={topUps.settled && !topUpBlocker(key)}
        onAsk={askingTopUp.show}
        onChanged={topUpsChanged}
      />
    ) : null;
  // Stable: an open panel keeps the function it was opened with.
  const details = useCallback(
    (key: ApiKey) => <KeyTopUpHistory keyId={key.id} keyName={key.name} />,
    [],
  );

  const actions = (key: ApiKey) =>
    isLiveKey(key) ? (
      <>
        <Button size="small" color="primary" onClick={() => editing.show(key)}>
          {t('keys.actions.edit')}
        </Button>
        <Button size="small" color="primary" onClick={() => rotating.show(key)}>
          {t('keys.actions.rotate')}
        </Button>
        <Button
          size="small"
          color="secondary"
          onClick={() => revoking.show(key)}
        >
          {t('keys.actions.revoke')}
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
                ? t('keys.attentionOne')
                : t('keys.attentionMany', { total: format.count(attention) })}
            </Alert>
          </Box>
        )}
        <KeysTable
          keys={value.items}
          label={t('keys.title')}
          title={t('keys.titleWithTotal', {
            total: format.count(value.items.length),
          })}
          scope="mine"
          actions={actions}
          onReload={() => {
            retry();
            topUpsChanged();
          }}
          reloading={loading || topUps.loading}
          spendExtra={spendExtra}
          details={details}
        />
      </>
    );
  }

  const revokingKey = revoking.target;
  return (
    <TopUpVersion.Provider value={topUpVersion}>
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
          {t('keys.create')}
        </Button>
        <FormControlLabel
          control={
            <Switch
              color="primary"
              checked={showRevoked}
              onChange={e => setShowRevoked(e.target.checked)}
            />
          }
          label={t('keys.showRevoked')}
        />
      </Box>
      {topUpLink.notice && (
        <Box mb={2}>
          <Alert
            severity="info"
            onClose={topUpLink.dismiss}
            closeText={text('topUps.link.close')}
          >
            {topUpLink.notice}
          </Alert>
        </Box>
      )}
      {topUps.error && value && (
        <Box mb={2}>
          <LoadError
            what={text('topUps.loadWhat')}
            error={topUps.error}
            retry={topUps.retry}
          />
        </Box>
      )}
      {body}

      <AskTopUpDialog
        open={askingTopUp.open}
        apiKey={askingTopUp.target}
        onClose={askingTopUp.hide}
        onAsked={topUpsChanged}
      />
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
        {t('keys.revoke.body')}
        {revokingKey && isTeamRef(revokingKey.subjectRef) && (
          <>
            {' '}
            {t('keys.revoke.team', {
              team: formatEntityRef(revokingKey.subjectRef),
            })}
          </>
        )}
      </RevokeKeyDialog>
    </TopUpVersion.Provider>
  );
};
