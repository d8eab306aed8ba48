import { ReactNode, useState } from 'react';
import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import { IssuedKey } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Paper from '@material-ui/core/Paper';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckIcon from '@material-ui/icons/Check';
import FileCopyIcon from '@material-ui/icons/FileCopyOutlined';
import Alert from '@material-ui/lab/Alert';
import { DoneOnceCopiedActions, copyToClipboard } from '../common';
import { useKeysWords } from '../common/keysText';
import {
  GATEWAY_PLACEHOLDER,
  SNIPPET_LANGUAGES,
  SnippetLanguage,
  buildSnippets,
  gatewayApiBase,
} from './snippets';

const TITLE_ID = 'litemaas-issued-key-title';

const useStyles = makeStyles(theme => ({
  value: {
    fontFamily: 'monospace',
    fontSize: theme.typography.body2.fontSize,
    letterSpacing: 0.2,
  },
  code: {
    margin: 0,
    padding: theme.spacing(1.5, 2),
    fontFamily: 'monospace',
    fontSize: 13,
    lineHeight: 1.5,
    overflowX: 'auto',
    whiteSpace: 'pre',
    backgroundColor: theme.palette.background.default,
  },
  codeBox: { position: 'relative' },
  codeCopy: {
    position: 'absolute',
    top: theme.spacing(0.5),
    right: theme.spacing(0.5),
  },
}));

export interface IssuedKeyDialogProps {
  open: boolean;
  /** The key and its value, straight from create or rotate. */
  issued?: IssuedKey;
  /** What else the owner should know, e.g. how long the old value works. */
  note?: ReactNode;
  onDone(): void;
  /** After the dialog has faded out: the place to forget the value. */
  onExited?(): void;
}

/**
 * Shows a key's value the one time it exists outside LiteLLM, with ways to
 * use it right away. It closes only through "Done", and asks first when the
 * value was not copied: once closed, nobody can show it again.
 */
export function IssuedKeyDialog(props: IssuedKeyDialogProps) {
  return (
    <Dialog
      open={props.open}
      // No onClose: neither Escape nor a click beside it may lose the value.
      disableEscapeKeyDown
      aria-labelledby={TITLE_ID}
      maxWidth="md"
      fullWidth
      TransitionProps={{ onExited: props.onExited }}
    >
      {props.issued && (
        <IssuedKeyContent
          // A new value starts uncopied.
          key={props.issued.value}
          issued={props.issued}
          note={props.note}
          onDone={props.onDone}
        />
      )}
    </Dialog>
  );
}

function IssuedKeyContent(props: {
  issued: IssuedKey;
  note?: ReactNode;
  onDone(): void;
}) {
  const { issued, onDone } = props;
  const classes = useStyles();
  const configApi = useApi(configApiRef);
  const { t, format } = useKeysWords();
  const [copied, setCopied] = useState(false);
  const [copyFailed, setCopyFailed] = useState(false);
  const [language, setLanguage] = useState<SnippetLanguage>('curl');
  const [snippetCopied, setSnippetCopied] = useState<SnippetLanguage>();

  const baseUrl = gatewayApiBase(configApi);
  const model = issued.key.models[0] ?? 'MODEL';
  const snippets = buildSnippets({
    baseUrl: baseUrl ?? GATEWAY_PLACEHOLDER,
    apiKey: issued.value,
    model,
  });

  const copy = async (text: string) => {
    const ok = await copyToClipboard(text);
    setCopyFailed(!ok);
    if (ok) setCopied(true);
    return ok;
  };

  const selectAll = (event: { target: EventTarget | null }) =>
    (event.target as HTMLInputElement | null)?.select?.();

  const { key } = issued;
  return (
    <>
      <DialogTitle id={TITLE_ID}>{t('keys.issued.title')}</DialogTitle>
      <DialogContent dividers>
        <Alert severity="warning">
          <strong>{t('keys.issued.onlyTime')}</strong>{' '}
          {t('keys.issued.onlyTimeDetail')}
        </Alert>

        <Box mt={2} mb={1}>
          <Typography variant="body2">
            <strong>{key.name}</strong> · {key.models.join(', ')}
            {' · '}
            {key.expiresAt ? (
              <span title={format.dateTime(key.expiresAt)}>
                {t('keys.issued.expires', {
                  when: format.relativeTime(key.expiresAt),
                })}
              </span>
            ) : (
              t('keys.issued.neverExpires')
            )}
          </Typography>
          {props.note}
        </Box>

        <Box display="flex" alignItems="flex-start" style={{ gap: 8 }}>
          <TextField
            id="litemaas-issued-key-value"
            label={t('keys.issued.apiKey')}
            value={issued.value}
            InputProps={{
              readOnly: true,
              classes: { input: classes.value },
            }}
            // A click selects the whole value for copying by hand.
            onFocus={selectAll}
            onClick={selectAll}
            helperText={copyFailed ? t('keys.issued.copyFailed') : ' '}
            error={copyFailed}
            variant="outlined"
            size="small"
            fullWidth
          />
          <Button
            variant="contained"
            color="primary"
            onClick={() => copy(issued.value)}
            startIcon={copied ? <CheckIcon /> : <FileCopyIcon />}
            style={{ marginTop: 2, flexShrink: 0 }}
          >
            {t('keys.issued.copy')}
          </Button>
        </Box>
        <Box minHeight={24} role="status" aria-live="polite">
          {copied && (
            <Typography variant="body2" style={{ fontWeight: 500 }}>
              <CheckIcon
                fontSize="inherit"
                style={{ verticalAlign: 'middle', marginRight: 4 }}
              />
              {t('keys.issued.copied')}
            </Typography>
          )}
        </Box>

        <Box mt={2}>
          <Typography variant="subtitle2" component="h3">
            {t('keys.issued.tryIt')}
          </Typography>
          <Typography variant="caption" color="textSecondary" component="p">
            {baseUrl
              ? t('keys.issued.callsAt', { model, url: baseUrl })
              : `${t('keys.issued.calls', { model })} ${t(
                  'keys.issued.noGateway',
                )}`}
          </Typography>
          <Paper variant="outlined" style={{ marginTop: 8 }}>
            <Tabs
              value={language}
              onChange={(_, value) => setLanguage(value)}
              indicatorColor="primary"
              textColor="primary"
              aria-label={t('keys.issued.codeExamples')}
            >
              {SNIPPET_LANGUAGES.map(l => (
                <Tab
                  key={l.id}
                  value={l.id}
                  label={l.label}
                  id={`litemaas-snippet-tab-${l.id}`}
                  aria-controls={`litemaas-snippet-${l.id}`}
                />
              ))}
            </Tabs>
            {SNIPPET_LANGUAGES.filter(l => l.id === language).map(l => (
              <Box
                key={l.id}
                role="tabpanel"
                id={`litemaas-snippet-${l.id}`}
                aria-labelledby={`litemaas-snippet-tab-${l.id}`}
                className={classes.codeBox}
              >
                <pre className={classes.code} data-testid="snippet">
                  {snippets[l.id]}
                </pre>
                <Button
                  size="small"
                  className={classes.codeCopy}
                  startIcon={
                    snippetCopied === l.id ? <CheckIcon /> : <FileCopyIcon />
                  }
                  onClick={async () => {
                    if (await copy(snippets[l.id])) setSnippetCopied(l.id);
                  }}
                >
                  {t('keys.issued.copySnippet')}
                </Button>
              </Box>
            ))}
          </Paper>
        </Box>
      </DialogContent>
      <DoneOnceCopiedActions
        safeToClose={copied}
        warning={t('keys.issued.notCopied')}
        onDone={onDone}
      />
    </>
  );
}
