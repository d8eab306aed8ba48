import { useLitemaasText } from '../../translationText';
import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { HeldAction } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { litemaasApiRef } from '../../api';
import { ConfirmDialog, EntityRefLink, Identifier } from '../common';
import { useLocaleFormat } from '../useLocaleFormat';

/** Each action's message. */
const ACTION_LABELS = {
  'mark-revoked': 'keysAdmin.held.actions.markRevoked',
  'delete-from-gateway': 'keysAdmin.held.actions.deleteFromGateway',
} as const satisfies Record<HeldAction['action'], string>;

/**
 * Destructive repairs that reconciliation held back because one run would
 * have done too many at once. An admin confirms (each is checked again
 * first) or dismisses them.
 */
export function HeldActions(props: { holds: HeldAction[]; onDecided(): void }) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [deciding, setDeciding] = useState<'confirm' | 'dismiss'>();
  const ids = selected.size
    ? props.holds.filter(h => selected.has(h.id)).map(h => h.id)
    : props.holds.map(h => h.id);
  const n = format.count(ids.length);

  const toggle = (id: string) =>
    setSelected(current => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const decide = async () => {
    if (deciding === 'confirm') {
      const { results } = await api.confirmHeldActions(ids);
      const done = results.filter(r => r.outcome === 'done').length;
      alertApi.post({
        message: t('keysAdmin.held.confirmed', {
          done: format.count(done),
          total: format.count(results.length),
          rest: format.count(results.length - done),
        }),
        severity: done === results.length ? 'success' : 'info',
      });
    } else {
      const { dismissed } = await api.dismissHeldActions(ids);
      alertApi.post({
        message: t('keysAdmin.held.dismissed', { n: format.count(dismissed) }),
        severity: 'success',
        display: 'transient',
      });
    }
    setSelected(new Set());
    props.onDecided();
  };

  return (
    <Box mb={3}>
      <Alert severity="warning">
        <Typography variant="subtitle2" component="h3">
          {t('keysAdmin.held.title', { n: format.count(props.holds.length) })}
        </Typography>
        {t('keysAdmin.held.explanation')}
      </Alert>
      <TableContainer>
        <Table size="small" aria-label={t('keysAdmin.held.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox" />
              {/* Headers stay whole; the reason column wraps instead. */}
              {(['action', 'key', 'owner', 'why', 'since'] as const).map(
                column => (
                  <TableCell key={column} style={{ whiteSpace: 'nowrap' }}>
                    {t(`keysAdmin.held.columns.${column}`)}
                  </TableCell>
                ),
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {props.holds.map(hold => (
              <TableRow key={hold.id} selected={selected.has(hold.id)}>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={selected.has(hold.id)}
                    onChange={() => toggle(hold.id)}
                    inputProps={{
                      'aria-label': t('keysAdmin.held.select', {
                        key: hold.alias ?? hold.tokenHash,
                      }),
                    }}
                  />
                </TableCell>
                <TableCell>{t(ACTION_LABELS[hold.action])}</TableCell>
                <TableCell>
                  {hold.alias ? (
                    <Identifier maxWidth={220}>{hold.alias}</Identifier>
                  ) : (
                    <code title={hold.tokenHash}>
                      {hold.tokenHash.slice(0, 12)}…
                    </code>
                  )}
                </TableCell>
                <TableCell>
                  {hold.ownerRef ? (
                    <EntityRefLink entityRef={hold.ownerRef} />
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>{hold.reason}</TableCell>
                <TableCell
                  title={format.dateTime(hold.createdAt)}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {format.relativeTime(hold.createdAt)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Box mt={1} display="flex" style={{ gap: 8 }}>
        <Button
          variant="contained"
          color="secondary"
          onClick={() => setDeciding('confirm')}
        >
          {selected.size
            ? t('keysAdmin.held.confirmSelected', { n })
            : t('keysAdmin.held.confirmAll', { n })}
        </Button>
        <Button variant="outlined" onClick={() => setDeciding('dismiss')}>
          {selected.size
            ? t('keysAdmin.held.dismissSelected', { n })
            : t('keysAdmin.held.dismissAll', { n })}
        </Button>
      </Box>
      <ConfirmDialog
        open={Boolean(deciding)}
        title={
          deciding === 'confirm'
            ? t('keysAdmin.held.confirmTitle')
            : t('keysAdmin.held.dismissTitle')
        }
        confirmLabel={
          deciding === 'confirm'
            ? t('keysAdmin.held.confirm')
            : t('keysAdmin.held.dismiss')
        }
        danger={deciding === 'confirm'}
        onConfirm={decide}
        onClose={() => setDeciding(undefined)}
      >
        <Typography variant="body2">
          {deciding === 'confirm'
            ? t('keysAdmin.held.confirmText', { n })
            : t('keysAdmin.held.dismissText', { n })}
        </Typography>
      </ConfirmDialog>
    </Box>
  );
}
