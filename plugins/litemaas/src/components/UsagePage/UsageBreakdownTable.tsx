import { ReactNode, useState } from 'react';
import { UsageRow } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { EntityRefLink, isTeamRef } from '../common';
import { formatCount, formatPercent, formatSpend } from '../format';
import { errorRate } from './usageView';

/** Long lists (everyone's keys) start short. */
const FIRST_ROWS = 10;

const useStyles = makeStyles(theme => ({
  number: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  share: { minWidth: 90 },
  shareBar: {
    marginTop: theme.spacing(0.5),
    height: 4,
    borderRadius: 2,
    backgroundColor: theme.palette.action.hover,
  },
}));

/** A user or team row's name: a link to the catalog, and which it is. */
export function SubjectName(props: { subjectRef: string }) {
  // The backend's name for the owner of keys made in LiteLLM directly.
  if (props.subjectRef === 'unknown') {
    return <em>Unknown (keys made outside the portal)</em>;
  }
  return (
    <>
      <EntityRefLink entityRef={props.subjectRef} />
      <Typography variant="caption" color="textSecondary" component="div">
        {isTeamRef(props.subjectRef) ? 'team' : 'user'}
      </Typography>
    </>
  );
}

/**
 * Usage per key, model, user or team, or provider, in the given order
 * (costliest first): requests, tokens, spend, and either each row's share of
 * the spend or its error rate.
 */
export function UsageBreakdownTable(props: {
  label: string;
  nameHeader: string;
  rows: UsageRow[];
  renderName(row: UsageRow): ReactNode;
  /** `share` of the total spend, or `errors` = failed / requests. */
  last: 'share' | 'errors';
  /** What an empty table says instead. */
  emptyText?: string;
  /** Set when the backend cut the rows at this many, the costliest. */
  rowLimit?: number;
}) {
  const classes = useStyles();
  const { rows } = props;
  const [showAll, setShowAll] = useState(false);
  const totalSpend = rows.reduce((sum, row) => sum + row.spend, 0);
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);

  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {props.emptyText ?? 'Nothing in this period.'}
      </Typography>
    );
  }
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label={props.label}>
          <TableHead>
            <TableRow>
              <TableCell>{props.nameHeader}</TableCell>
              <TableCell align="right">Requests</TableCell>
              <TableCell align="right">Tokens</TableCell>
              <TableCell align="right">Spend</TableCell>
              <TableCell align="right">
                {props.last === 'share' ? 'Share' : 'Error rate'}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map(row => {
              const share = totalSpend > 0 ? row.spend / totalSpend : 0;
              return (
                <TableRow key={row.group} hover>
                  <TableCell>{props.renderName(row)}</TableCell>
                  <TableCell align="right" className={classes.number}>
                    {formatCount(row.requests)}
                  </TableCell>
                  <TableCell
                    align="right"
                    className={classes.number}
                    title={`${formatCount(
                      row.promptTokens,
                    )} prompt, ${formatCount(row.completionTokens)} completion`}
                  >
                    {formatCount(row.totalTokens)}
                  </TableCell>
                  <TableCell align="right" className={classes.number}>
                    {formatSpend(row.spend)}
                  </TableCell>
                  {props.last === 'share' ? (
                    <TableCell
                      align="right"
                      className={`${classes.number} ${classes.share}`}
                    >
                      {formatPercent(share)}
                      <LinearProgress
                        variant="determinate"
                        value={share * 100}
                        className={classes.shareBar}
                        aria-hidden="true"
                      />
                    </TableCell>
                  ) : (
                    <TableCell align="right" className={classes.number}>
                      {formatPercent(errorRate(row))}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {props.rowLimit !== undefined && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="p"
          role="note"
        >
          Only the {formatCount(props.rowLimit)} costliest are listed; the
          totals count everyone. Export the view for every row.
        </Typography>
      )}
      {rows.length > FIRST_ROWS && (
        <Box mt={1}>
          <Button
            size="small"
            color="primary"
            onClick={() => setShowAll(v => !v)}
          >
            {showAll ? 'Show fewer' : `Show all ${rows.length}`}
          </Button>
        </Box>
      )}
    </>
  );
}
