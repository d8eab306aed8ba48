import { useLitemaasText } from '../../translationText';
import { InfoCard } from '@backstage/core-components';
import { PlaygroundSettings } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Slider from '@material-ui/core/Slider';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useLocaleFormat } from '../useLocaleFormat';
import {
  answerCost,
  ChatMessage,
  ChatRequest,
  ChatUsage,
  GatewayError,
  streamChat,
} from './chatStream';
import { CodeDialog } from './CodeDialog';
import { usePlaygroundSession } from './usePlaygroundSession';
import { ComponentPicker } from '../common';

/** The parts of a model the playground reads. */
export interface PlaygroundModel {
  name: string;
  inputPricePer1M?: number;
  outputPricePer1M?: number;
  maxOutputTokens?: number;
}

interface Turn extends ChatMessage {
  usage?: ChatUsage;
  cost?: number;
  pending?: boolean;
  stopped?: boolean;
}

const useStyles = makeStyles(theme => ({
  transcript: {
    minHeight: 160,
    maxHeight: 420,
    overflowY: 'auto',
    padding: theme.spacing(1.5),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    background: theme.palette.background.default,
  },
  turn: { marginBottom: theme.spacing(1.5) },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  meta: { color: theme.palette.text.secondary },
}));

/**
 * A chat with one model, from the browser straight to the gateway, with
 * the session key the backend issued for it.
 */
export function PlaygroundPanel(props: {
  model: PlaygroundModel;
  settings: PlaygroundSettings;
}) {
  const { model, settings } = props;
  const classes = useStyles();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const [componentRef, setComponentRef] = useState<string | null>(null);
  const session = usePlaygroundSession(model.name, componentRef);
  const maxTokensLimit = model.maxOutputTokens ?? 4096;
  const [turns, setTurns] = useState<Turn[]>([]);
  const [draft, setDraft] = useState('');
  const [system, setSystem] = useState('');
  const [temperature, setTemperature] = useState(0.7);
  const [maxTokens, setMaxTokens] = useState(Math.min(1024, maxTokensLimit));
  const [streaming, setStreaming] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [codeOpen, setCodeOpen] = useState(false);
  const [lastRequest, setLastRequest] = useState<ChatRequest>();
  const abort = useRef<AbortController | undefined>(undefined);
  const transcript = useRef<HTMLDivElement>(null);

  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => {
    const box = transcript.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [turns]);

  const requestFor = (history: ChatMessage[]): ChatRequest => ({
    model: model.name,
    messages: [
      ...(system.trim()
        ? [{ role: 'system' as const, content: system.trim() }]
        : []),
      ...history,
    ],
    temperature,
    maxTokens,
  });
  const history = (list: Turn[]): ChatMessage[] =>
    list
      .filter(turn => turn.content && !turn.pending)
      .map(({ role, content }) => ({ role, content }));

  const updateLast = (patch: Partial<Turn>) =>
    setTurns(list => [
      ...list.slice(0, -1),
      { ...list[list.length - 1], ...patch },
    ]);

  const explain = (error: unknown): string => {
    if (error instanceof GatewayError) {
      if (error.type === 'expired_key' || /expired/i.test(error.message)) {
        session.discard();
        return t('playground.errors.expired');
      }
      if (error.type === 'budget_exceeded' || /budget/i.test(error.message)) {
        session.discard();
        return t('playground.errors.budget');
      }
      if (error.status === 429) return t('playground.errors.rateLimited');
      if (error.status === 401) session.discard();
      return `${t('playground.errors.gateway', { status: error.status })}: ${
        error.message
      }`;
    }
    if (error instanceof TypeError) {
      return t('playground.errors.network', {
        url:
          session.state.status === 'active'
            ? session.state.session.gatewayBaseUrl
            : '',
      });
    }
    return `${t('playground.errors.start')}: ${(error as Error).message}`;
  };

  const send = async () => {
    const text = draft.trim();
    if (!text || streaming) return;
    const asked: Turn = { role: 'user', content: text };
    const request = requestFor([...history(turns), asked]);
    setLastRequest(request);
    setTurns(list => [
      ...list,
      asked,
      { role: 'assistant', content: '', pending: true },
    ]);
    setDraft('');
    setProblem(undefined);
    setStreaming(true);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const started = await session.ensure();
      const answer = await streamChat({
        gatewayBaseUrl: started.gatewayBaseUrl,
        apiKey: started.value,
        request,
        signal: controller.signal,
        onText: content => updateLast({ content }),
      });
      updateLast({
        content: answer.text,
        usage: answer.usage,
        cost: answerCost(answer.usage, model),
        pending: false,
      });
    } catch (error) {
      if (controller.signal.aborted) {
        updateLast({ pending: false, stopped: true });
      } else {
        setProblem(explain(error));
        // The question stays in the box to send again; no empty answer.
        setTurns(list => list.slice(0, -2));
        setDraft(text);
      }
    } finally {
      abort.current = undefined;
      setStreaming(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      send();
    }
  };

  const totals = useMemo(() => {
    const answered = turns.filter(turn => turn.usage);
    return {
      tokens: answered.reduce(
        (sum, turn) =>
          sum + turn.usage!.promptTokens + turn.usage!.completionTokens,
        0,
      ),
      cost: answered.reduce((sum, turn) => sum + (turn.cost ?? 0), 0),
      any: answered.length > 0,
    };
  }, [turns]);

  const sessionLine = (() => {
    switch (session.state.status) {
      case 'starting':
        return t('playground.session.starting');
      case 'active':
        return t('playground.session.active', {
          when: format.relativeTime(session.state.session.session.expiresAt),
        });
      case 'ended':
        return t('playground.session.ended');
      default:
        return t('playground.session.none');
    }
  })();

  return (
    <InfoCard
      title={t('playground.title')}
      subheader={t('playground.subtitle', {
        model: model.name,
        budget: format.usd(settings.maxBudget),
        minutes: settings.sessionMinutes,
      })}
      titleTypographyProps={{ component: 'h2' }}
    >
      <Grid container spacing={3}>
        <Grid item xs={12} md={8}>
          <div
            ref={transcript}
            className={classes.transcript}
            role="log"
            aria-live="polite"
            aria-label={t('playground.transcript')}
            data-testid="litemaas-playground-transcript"
          >
            {turns.length === 0 && (
              <Typography variant="body2" className={classes.meta}>
                {t('playground.emptyTranscript')}
              </Typography>
            )}
            {turns.map((turn, index) => (
              <div key={index} className={classes.turn}>
                <Typography variant="subtitle2" component="div">
                  {turn.role === 'user' ? t('playground.you') : model.name}
                </Typography>
                <Typography
                  variant="body2"
                  component="div"
                  className={classes.text}
                  data-role={turn.role}
                >
                  {turn.pending && !turn.content
                    ? t('playground.thinking')
                    : turn.content}
                </Typography>
                {turn.role === 'assistant' && (turn.usage || turn.stopped) && (
                  <Typography variant="caption" className={classes.meta}>
                    {turn.stopped
                      ? t('playground.stopped')
                      : [
                          t('playground.answerTokens', {
                            prompt: format.count(turn.usage!.promptTokens),
                            completion: format.count(
                              turn.usage!.completionTokens,
                            ),
                          }),
                          turn.cost !== undefined
                            ? format.spend(turn.cost)
                            : undefined,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                  </Typography>
                )}
              </div>
            ))}
          </div>
          {problem && (
            <Box mt={1}>
              <Alert severity="warning">{problem}</Alert>
            </Box>
          )}
          <Box mt={2}>
            <TextField
              label={t('playground.message')}
              helperText={t('playground.messageHelp')}
              value={draft}
              onChange={event => setDraft(event.target.value)}
              onKeyDown={onKeyDown}
              multiline
              minRows={2}
              maxRows={8}
              fullWidth
              variant="outlined"
              id="litemaas-playground-message"
            />
          </Box>
          <Box mt={1} display="flex" flexWrap="wrap" style={{ gap: 8 }}>
            {streaming ? (
              <Button
                variant="outlined"
                color="primary"
                onClick={() => abort.current?.abort()}
              >
                {t('playground.stop')}
              </Button>
            ) : (
              <Button
                variant="contained"
                color="primary"
                onClick={send}
                disabled={!draft.trim()}
              >
                {t('playground.send')}
              </Button>
            )}
            <Button
              onClick={() => setCodeOpen(true)}
              disabled={!lastRequest && !draft.trim()}
            >
              {t('playground.copyAsCode')}
            </Button>
            <Button
              onClick={() => {
                setTurns([]);
                setProblem(undefined);
              }}
              disabled={streaming || turns.length === 0}
            >
              {t('playground.clear')}
            </Button>
          </Box>
        </Grid>
        <Grid item xs={12} md={4}>
          <Typography variant="h6" component="h3" gutterBottom>
            {t('playground.settings')}
          </Typography>
          <TextField
            label={t('playground.systemPrompt')}
            helperText={t('playground.systemPromptHelp')}
            value={system}
            onChange={event => setSystem(event.target.value)}
            multiline
            minRows={3}
            fullWidth
            variant="outlined"
            margin="dense"
            id="litemaas-playground-system"
          />
          <Box mt={2}>
            <Typography id="litemaas-playground-temperature" gutterBottom>
              {t('playground.temperature')}: {format.count(temperature)}
            </Typography>
            <Slider
              value={temperature}
              min={0}
              max={2}
              step={0.1}
              onChange={(_, value) => setTemperature(value as number)}
              aria-labelledby="litemaas-playground-temperature"
              valueLabelDisplay="auto"
            />
          </Box>
          <TextField
            label={t('playground.maxTokens')}
            helperText={t('playground.maxTokensHelp', {
              max: format.count(maxTokensLimit),
            })}
            type="number"
            value={maxTokens}
            onChange={event => {
              const value = Math.round(Number(event.target.value));
              if (Number.isFinite(value)) {
                setMaxTokens(Math.min(Math.max(value, 1), maxTokensLimit));
              }
            }}
            inputProps={{ min: 1, max: maxTokensLimit }}
            fullWidth
            variant="outlined"
            margin="dense"
            id="litemaas-playground-max-tokens"
          />
          <Box mt={2}>
            {/* A session keeps its Component: the next one takes a new one. */}
            <ComponentPicker
              id="litemaas-playground-component"
              value={componentRef}
              onChange={setComponentRef}
              allowNone
              disabled={
                session.state.status === 'active' ||
                session.state.status === 'starting'
              }
              helperText={
                session.state.status === 'active'
                  ? t('playground.componentLocked')
                  : t('playground.componentHint')
              }
            />
          </Box>
          <Box mt={2}>
            <Typography variant="body2" className={classes.meta}>
              {sessionLine}
            </Typography>
            {totals.any && (
              <Typography variant="body2" className={classes.meta}>
                {t('playground.totals', {
                  tokens: format.count(totals.tokens),
                  cost: format.spend(totals.cost),
                })}
              </Typography>
            )}
            {session.state.status === 'active' && (
              <Box mt={1}>
                <Button
                  size="small"
                  variant="outlined"
                  onClick={() => {
                    abort.current?.abort();
                    session.end();
                  }}
                >
                  {t('playground.session.end')}
                </Button>
              </Box>
            )}
          </Box>
        </Grid>
      </Grid>
      {codeOpen && (
        <CodeDialog
          open
          onClose={() => setCodeOpen(false)}
          gatewayBaseUrl={
            session.state.status === 'active'
              ? session.state.session.gatewayBaseUrl
              : settings.gatewayBaseUrl
          }
          request={
            draft.trim()
              ? requestFor([
                  ...history(turns),
                  { role: 'user', content: draft.trim() },
                ])
              : lastRequest ?? requestFor([])
          }
        />
      )}
    </InfoCard>
  );
}
