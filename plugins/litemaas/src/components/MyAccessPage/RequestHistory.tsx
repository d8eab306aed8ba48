import { useApi } from '@backstage/frontend-plugin-api';
import {
  AccessEvent,
  AccessEventAction,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { litemaasApiRef } from '../../api';
import { errorMessage } from '../common';
import { formatDateTime, formatEntityRef, formatRelativeTime } from '../format';

const ACTIONS: Record<AccessEventAction, string> = {
  requested: 'asked for access',
  granted: 'granted access',
  denied: 'denied the request',
  cancelled: 'cancelled the request',
  'review-requested': 'asked for a review',
  revoked: 'ended the access',
  'moved-to-review': 'moved the grant back to review',
  'limits-changed': 'changed the grant’s limits',
};

/** "alice", or "LiteMaaS" for what the portal did by itself. */
export function actorLabel(ref: string): string {
  return ref.startsWith('system:') ? 'LiteMaaS' : formatEntityRef(ref);
}

const useStyles = makeStyles(theme => ({
  timeline: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    borderLeft: `2px solid ${theme.palette.divider}`,
    '& li': {
      position: 'relative',
      padding: theme.spacing(0.5, 0, 1.5, 2),
    },
    '& li::before': {
      content: '""',
      position: 'absolute',
      left: -6,
      top: 10,
      width: 10,
      height: 10,
      borderRadius: '50%',
      backgroundColor: theme.palette.primary.main,
    },
  },
}));

function describe(event: AccessEvent): string {
  return `${actorLabel(event.actorRef)} ${
    ACTIONS[event.action] ?? event.action
  }`;
}

/** What happened to one request, oldest first. */
export function RequestHistory(props: { id: string; justification?: string }) {
  const classes = useStyles();
  const api = useApi(litemaasApiRef);
  const { value, loading, error } = useAsync(
    () => api.getAccessRequest(props.id),
    [api, props.id],
  );

  if (loading) return <LinearProgress aria-label="Loading history" />;
  if (error) {
    return (
      <Alert severity="error">
        Could not load the history: {errorMessage(error)}
      </Alert>
    );
  }
  const history = [...(value?.history ?? [])].sort((a, b) =>
    a.at.localeCompare(b.at),
  );
  return (
    <Box py={1}>
      {props.justification && (
        <Box mb={2}>
          <Typography variant="subtitle2">Justification</Typography>
          <Typography variant="body2">{props.justification}</Typography>
        </Box>
      )}
      <Typography variant="subtitle2" gutterBottom>
        History
      </Typography>
      {history.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No history recorded.
        </Typography>
      ) : (
        <ul className={classes.timeline} aria-label="Request history">
          {history.map((event, index) => (
            <li key={`${event.at}-${index}`}>
              <Typography variant="body2">
                <strong>{describe(event)}</strong>{' '}
                <Typography
                  component="span"
                  variant="caption"
                  color="textSecondary"
                  title={formatDateTime(event.at)}
                >
                  {formatRelativeTime(event.at)}
                </Typography>
              </Typography>
              {event.reason && (
                <Typography variant="body2" color="textSecondary">
                  “{event.reason}”
                </Typography>
              )}
            </li>
          ))}
        </ul>
      )}
    </Box>
  );
}
