import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckIcon from '@material-ui/icons/Check';
import FileCopyIcon from '@material-ui/icons/FileCopyOutlined';
import Alert from '@material-ui/lab/Alert';
import { copyToClipboard } from './clipboard';
import { useKeysWords } from './keysText';

/** One issued value, for a participant of a workshop. */
export interface IssuedValue {
  participant: string;
  alias: string;
  value: string;
}

const useStyles = makeStyles(theme => ({
  value: {
    fontFamily: 'monospace',
    fontSize: theme.typography.body2.fontSize,
    wordBreak: 'break-all',
  },
}));

/** One CSV field, quoted when it has to be. */
function csvField(text: string) {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The values as CSV, one participant a line, for mail merges. */
export function provisionedCsv(values: IssuedValue[]): string {
  return [
    'participant,alias,key',
    ...values.map(c =>
      [c.participant, c.alias, c.value].map(csvField).join(','),
    ),
  ].join('\n');
}

/**
 * Values shown once: a warning, "Copy all as CSV" and the table. Tells the
 * parent when they were copied, so it can warn before they are gone.
 */
export function IssuedValues(props: {
  values: IssuedValue[];
  onCopied(copied: boolean): void;
}) {
  const classes = useStyles();
  const { t } = useKeysWords();
  const [copied, setCopied] = useState(false);
  const [copyFailed, setCopyFailed] = useState(false);

  const copyAll = async () => {
    const ok = await copyToClipboard(provisionedCsv(props.values));
    setCopied(ok);
    setCopyFailed(!ok);
    props.onCopied(ok);
  };

  return (
    <>
      <Box my={1}>
        <Alert severity="warning">
          <strong>{t('keys.issuedValues.copyNow')}</strong>{' '}
          {t('keys.issuedValues.copyNowDetail')}
        </Alert>
      </Box>
      <Box display="flex" alignItems="center" my={1} style={{ gap: 8 }}>
        <Button
          variant="contained"
          color="primary"
          startIcon={copied ? <CheckIcon /> : <FileCopyIcon />}
          onClick={copyAll}
        >
          {t('keys.issuedValues.copyAll')}
        </Button>
        {copied && (
          <Typography variant="body2">
            {t('keys.issuedValues.copied')}
          </Typography>
        )}
        {copyFailed && (
          <Typography variant="body2" color="error">
            {t('keys.issuedValues.copyFailed')}
          </Typography>
        )}
      </Box>
      <TableContainer>
        <Table size="small" aria-label={t('keys.issuedValues.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('keys.issuedValues.participant')}</TableCell>
              <TableCell>{t('keys.issuedValues.alias')}</TableCell>
              <TableCell>{t('keys.issuedValues.apiKey')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.values.map(c => (
              <TableRow key={c.alias}>
                <TableCell>{c.participant}</TableCell>
                <TableCell>{c.alias}</TableCell>
                <TableCell className={classes.value}>{c.value}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
