import { ReactNode } from 'react';
import { ApiKey } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  EntityRefLink,
  KeyOriginChip,
  KeyStatusChip,
  SpendBar,
  isTeamRef,
} from '../common';
import { formatDateTime, formatEntityRef, formatRelativeTime } from '../format';

const useStyles = makeStyles(theme => ({
  nowrap: { whiteSpace: 'nowrap' },
  prefix: {
    fontFamily: 'monospace',
    fontSize: theme.typography.body2.fontSize,
    whiteSpace: 'nowrap',
  },
  revoked: { opacity: 0.65 },
}));

function When(props: { at?: string; never?: string }) {
  if (!props.at) return <>{props.never ?? '—'}</>;
  return (
    <span title={formatDateTime(props.at)}>{formatRelativeTime(props.at)}</span>
  );
}

function Caption(props: { children: ReactNode }) {
  return (
    <Typography variant="caption" color="textSecondary" component="div">
      {props.children}
    </Typography>
  );
}

/**
 * Keys as rows: name, prefix, owner, models, status, spend against budget,
 * created and expiry. `all` adds what admins need to tell keys apart.
 */
export function KeysTable(props: {
  keys: ApiKey[];
  label: string;
  scope: 'mine' | 'all';
  actions(key: ApiKey): ReactNode;
}) {
  const classes = useStyles();
  const { keys, scope } = props;
  return (
    <TableContainer>
      <Table size="small" aria-label={props.label}>
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Key</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>Models</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Spend</TableCell>
            <TableCell>Created</TableCell>
            <TableCell>Expires</TableCell>
            <TableCell align="right">Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {keys.map(key => {
            const gone = key.status === 'revoked' || key.status === 'failed';
            return (
              <TableRow
                key={key.id}
                hover
                className={gone ? classes.revoked : undefined}
              >
                <TableCell>
                  <Box display="flex" alignItems="center" style={{ gap: 8 }}>
                    <Typography variant="body2">
                      <strong>{key.name}</strong>
                    </Typography>
                    <KeyOriginChip origin={key.origin} />
                  </Box>
                  {scope === 'all' && key.alias !== key.name && (
                    <Caption>{key.alias}</Caption>
                  )}
                </TableCell>
                <TableCell>
                  <code className={classes.prefix}>{key.prefix ?? '—'}</code>
                </TableCell>
                <TableCell>
                  {scope === 'mine' && !isTeamRef(key.subjectRef) ? (
                    'Me'
                  ) : (
                    <EntityRefLink entityRef={key.subjectRef} />
                  )}
                  {scope === 'mine' && isTeamRef(key.subjectRef) && (
                    <Caption>team</Caption>
                  )}
                </TableCell>
                <TableCell>
                  <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
                    {key.models.map(model => (
                      <Chip
                        key={model}
                        size="small"
                        variant="outlined"
                        label={model}
                      />
                    ))}
                  </Box>
                </TableCell>
                <TableCell>
                  <KeyStatusChip status={key.status} />
                  {key.previousValueValidUntil && (
                    <Caption>
                      Old value works until{' '}
                      <When at={key.previousValueValidUntil} />
                    </Caption>
                  )}
                  {key.revokedAt && (
                    <Caption>
                      <When at={key.revokedAt} />
                    </Caption>
                  )}
                </TableCell>
                <TableCell>
                  <SpendBar
                    spend={key.spend}
                    maxBudget={key.limits.maxBudget}
                    budgetDuration={key.limits.budgetDuration}
                  />
                </TableCell>
                <TableCell className={classes.nowrap}>
                  <When at={key.createdAt} />
                  {(scope === 'all' || isTeamRef(key.subjectRef)) && (
                    <Caption>by {formatEntityRef(key.createdBy)}</Caption>
                  )}
                </TableCell>
                <TableCell className={classes.nowrap}>
                  {gone ? '—' : <When at={key.expiresAt} never="Never" />}
                </TableCell>
                <TableCell align="right" className={classes.nowrap}>
                  {props.actions(key)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
