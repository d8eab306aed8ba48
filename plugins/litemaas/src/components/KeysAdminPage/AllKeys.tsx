import { useLitemaasText } from '../../translationText';
import { useCallback, useEffect, useRef, useState } from 'react';
import { EmptyState } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { ApiKey } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import IconButton from '@material-ui/core/IconButton';
import InputAdornment from '@material-ui/core/InputAdornment';
import Paper from '@material-ui/core/Paper';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import Toolbar from '@material-ui/core/Toolbar';
import { makeStyles } from '@material-ui/core/styles';
import GroupAddIcon from '@material-ui/icons/GroupAdd';
import RefreshIcon from '@material-ui/icons/Refresh';
import SearchIcon from '@material-ui/icons/Search';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { litemaasApiRef } from '../../api';
import { errorMessage, isLiveKey, useDialogTarget } from '../common';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { formatEntityRef } from '../format';
import { KeysQuery, KeysTable, RevokeKeyDialog } from '../KeysPage';
import { KeyGatewaysDialog } from './KeyGatewaysDialog';
import { ProvisionKeysDialog } from './ProvisionKeysDialog';
import { RevokeByPrefixDialog } from './RevokeByPrefixDialog';
import { useLocaleFormat } from '../useLocaleFormat';

const useStyles = makeStyles(theme => ({
  toolbar: {
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
    paddingTop: theme.spacing(1),
    paddingBottom: theme.spacing(1),
    flexWrap: 'wrap',
  },
}));

/** Every key in the portal, for admins: find, block, revoke, provision. */
export function AllKeys() {
  const classes = useStyles();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [showRevoked, setShowRevoked] = useState(false);
  // The backend searches names, aliases, owners and prefixes: ask it once
  // typing pauses.
  useDebounce(() => setQuery(search.trim()), 300, [search]);
  // The table asks for one page at a time; the backend pages, searches
  // and counts.
  const tableRef = useRef<any>();
  const [total, setTotal] = useState<number>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error>();
  // The last total the server gave: a failed page keeps the pager where it
  // was, so "Try again" asks for that same page.
  const lastTotal = useRef(0);
  const fetchPage = useCallback<KeysQuery>(
    async page => {
      setLoading(true);
      try {
        const result = await api.listKeys({
          scope: 'all',
          ...(query && { search: query }),
          ...(showRevoked && { includeRevoked: true }),
          offset: page.page * page.pageSize,
          limit: page.pageSize,
        });
        setError(undefined);
        setTotal(result.total);
        lastTotal.current = result.total;
        return {
          data: result.items,
          page: page.page,
          totalCount: result.total,
        };
      } catch (e) {
        setError(e as Error);
        return { data: [], page: page.page, totalCount: lastTotal.current };
      } finally {
        setLoading(false);
      }
    },
    [api, query, showRevoked],
  );
  const retry = () => tableRef.current?.onQueryChange?.();
  // New filters start again from the first page. The table stays mounted,
  // so the columns someone hid stay hidden.
  const filtersSeen = useRef(false);
  useEffect(() => {
    if (!filtersSeen.current) {
      filtersSeen.current = true;
      return;
    }
    const table = tableRef.current;
    table?.onQueryChange?.({ ...table.state?.query, page: 0 });
  }, [fetchPage]);
  const [busyId, setBusyId] = useState<string>();
  const revoking = useDialogTarget<ApiKey>();
  // Only when a gateway next to LiteLLM (Kuadrant) is installed.
  const gateways = useAsync(() => api.getGateways(), [api]);
  const [atGateways, setAtGateways] = useState<ApiKey>();
  const [provisioning, setProvisioning] = useState(false);
  const [revokingPrefix, setRevokingPrefix] = useState(false);

  const setBlocked = async (key: ApiKey, blocked: boolean) => {
    setBusyId(key.id);
    try {
      await api.setKeyBlocked(key.id, blocked);
      alertApi.post({
        message: blocked
          ? t('keysAdmin.all.blocked', { name: key.name })
          : t('keysAdmin.all.unblocked', { name: key.name }),
        severity: 'success',
        display: 'transient',
      });
      retry();
    } catch (e) {
      alertApi.post({
        message: t(
          blocked ? 'keysAdmin.all.blockFailed' : 'keysAdmin.all.unblockFailed',
          { name: key.name, error: errorMessage(e) },
        ),
        severity: 'error',
      });
    } finally {
      setBusyId(undefined);
    }
  };

  const actions = (key: ApiKey) =>
    isLiveKey(key) ? (
      <>
        <Button
          size="small"
          color="primary"
          disabled={busyId === key.id}
          onClick={() => setBlocked(key, !key.blocked)}
        >
          {key.blocked ? t('keysAdmin.all.unblock') : t('keysAdmin.all.block')}
        </Button>
        <Button
          size="small"
          color="secondary"
          disabled={busyId === key.id}
          onClick={() => revoking.show(key)}
        >
          {t('keysAdmin.all.revoke')}
        </Button>
        {!!gateways.value?.length && (
          <Button size="small" onClick={() => setAtGateways(key)}>
            {t('keysAdmin.all.gateways')}
          </Button>
        )}
      </>
    ) : null;

  const body = (
    <>
      {error && (
        <Box p={2}>
          <ErrorWithRetry error={error} onRetry={retry} />
        </Box>
      )}
      <KeysTable
        tableRef={tableRef}
        keys={fetchPage}
        label={t('keysAdmin.sections.all')}
        title={
          total === undefined
            ? t('keysAdmin.sections.all')
            : t('keysAdmin.all.titleTotal', { total: format.count(total) })
        }
        scope="all"
        actions={actions}
        emptyContent={
          error ? undefined : (
            <EmptyState
              missing="data"
              title={
                query ? t('keysAdmin.all.noMatch') : t('keysAdmin.all.empty')
              }
              description={
                query
                  ? t('keysAdmin.all.noMatchDescription', { query })
                  : t('keysAdmin.all.emptyDescription')
              }
            />
          )
        }
      />
    </>
  );

  const revokingKey = revoking.target;
  return (
    <>
      <Box display="flex" flexWrap="wrap" mb={2} style={{ gap: 8 }}>
        <Button
          variant="contained"
          color="primary"
          startIcon={<GroupAddIcon />}
          onClick={() => setProvisioning(true)}
        >
          {t('keysAdmin.all.provision')}
        </Button>
        <Button
          variant="outlined"
          color="secondary"
          onClick={() => setRevokingPrefix(true)}
        >
          {t('keysAdmin.all.revokeByPrefix')}
        </Button>
      </Box>
      <Paper>
        <Toolbar className={classes.toolbar}>
          <TextField
            id="litemaas-all-keys-search"
            label={t('keysAdmin.all.search')}
            placeholder={t('keysAdmin.all.searchPlaceholder')}
            value={search}
            onChange={e => setSearch(e.target.value)}
            InputProps={{
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            }}
            variant="outlined"
            size="small"
            style={{ minWidth: 280 }}
          />
          <FormControlLabel
            control={
              <Switch
                color="primary"
                checked={showRevoked}
                onChange={e => setShowRevoked(e.target.checked)}
              />
            }
            label={t('keysAdmin.all.showRevoked')}
          />
          <IconButton aria-label={t('keysAdmin.all.reload')} onClick={retry}>
            {loading ? <CircularProgress size={20} /> : <RefreshIcon />}
          </IconButton>
        </Toolbar>
      </Paper>
      {body}

      <KeyGatewaysDialog
        apiKey={atGateways}
        onClose={() => setAtGateways(undefined)}
      />
      <RevokeKeyDialog
        open={revoking.open}
        apiKey={revokingKey}
        onClose={revoking.hide}
        onRevoked={retry}
      >
        {revokingKey
          ? t('keysAdmin.all.revokeWarningFor', {
              owner: formatEntityRef(revokingKey.subjectRef),
            })
          : t('keysAdmin.all.revokeWarning')}
      </RevokeKeyDialog>
      <ProvisionKeysDialog
        open={provisioning}
        onClose={() => setProvisioning(false)}
        onProvisioned={retry}
      />
      <RevokeByPrefixDialog
        open={revokingPrefix}
        onClose={() => setRevokingPrefix(false)}
        onRevoked={retry}
      />
    </>
  );
}
