import { LitemaasText, useLitemaasText } from '../../translationText';
import {
  AccessPolicy,
  AccessStatus,
  LiteMaasModel,
} from '@litemaas/backstage-plugin-litemaas-common';
import { useCallback, useMemo } from 'react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import {
  Theme,
  alpha,
  darken,
  decomposeColor,
  getContrastRatio,
  lighten,
  makeStyles,
  recomposeColor,
} from '@material-ui/core/styles';
import { brown, pink, purple } from '@material-ui/core/colors';
import LockIcon from '@material-ui/icons/Lock';
import LockOpenIcon from '@material-ui/icons/LockOpen';
import VisibilityOffIcon from '@material-ui/icons/VisibilityOff';
import { formatEntityRef } from '../format';

/** Theme tones, plus a few hues for states the theme has no colour for. */
export type Tone =
  | 'success'
  | 'warning'
  | 'error'
  | 'info'
  | 'neutral'
  | 'purple'
  | 'brown'
  | 'pink';

const HUES = { purple, brown, pink };
type Hue = keyof typeof HUES;

function isHue(tone: Tone): tone is Hue {
  return tone in HUES;
}

/** The tone's full-strength colour, for backgrounds and borders. */
function toneMain(theme: Theme, tone: Tone): string {
  if (tone === 'neutral') return theme.palette.text.secondary;
  if (isHue(tone)) return HUES[tone][500];
  return theme.palette[tone].main;
}

/** How strongly a chip's background is tinted with its tone. */
const TINT = 0.12;

/** `color` laid over `background` at `opacity`, as the eye sees it. */
function blend(background: string, color: string, opacity: number): string {
  const under = decomposeColor(background).values;
  const over = decomposeColor(color).values;
  return recomposeColor({
    type: 'rgb',
    values: [0, 1, 2].map(i =>
      Math.round(under[i] * (1 - opacity) + over[i] * opacity),
    ) as [number, number, number],
  });
}

/**
 * Darkens (or, on dark themes, lightens) `color` until it reads on
 * `background` at WCAG AA for small text (4.5:1): palettes' "dark" shades
 * of orange and green do not.
 */
export function readableOn(
  color: string,
  background: string,
  dark: boolean,
): string {
  let result = color;
  for (let step = 0; step < 10; step++) {
    if (getContrastRatio(result, background) >= 4.6) return result;
    result = dark ? lighten(result, 0.15) : darken(result, 0.15);
  }
  return result;
}

/**
 * How much a table row may shade the paper under a chip (striped, hovered
 * or selected rows): chips stay readable on those too.
 */
const ROW_SHADE = 0.08;

/** The tone's colour for text: readable on its own tinted chip. */
export function toneColor(theme: Theme, tone: Tone): string {
  const dark = theme.palette.type === 'dark';
  const paper = blend(
    theme.palette.background.paper,
    dark ? '#ffffff' : '#000000',
    ROW_SHADE,
  );
  let color: string;
  if (tone === 'neutral') color = theme.palette.text.primary;
  else if (isHue(tone)) color = HUES[tone][dark ? 200 : 800];
  else color = dark ? theme.palette[tone].light : theme.palette[tone].dark;
  return readableOn(color, blend(paper, toneMain(theme, tone), TINT), dark);
}

const useStyles = makeStyles<Theme, { tone: Tone }>(theme => ({
  chip: ({ tone }) => ({
    color: toneColor(theme, tone),
    backgroundColor: alpha(toneMain(theme, tone), TINT),
    border: `1px solid ${alpha(toneMain(theme, tone), 0.4)}`,
    fontWeight: theme.typography.fontWeightMedium as number,
  }),
  icon: ({ tone }) => ({ color: toneColor(theme, tone) }),
}));

/** A small chip coloured by meaning, so statuses read at a glance. */
export function ToneChip(props: {
  tone: Tone;
  label: string;
  icon?: JSX.Element;
  title?: string;
}) {
  const classes = useStyles({ tone: props.tone });
  return (
    <Chip
      size="small"
      label={props.label}
      icon={props.icon}
      title={props.title}
      className={classes.chip}
      classes={{ icon: classes.icon }}
    />
  );
}

const STATUS_TONES: Record<AccessStatus, Tone> = {
  granted: 'success',
  pending: 'warning',
  denied: 'error',
  cancelled: 'neutral',
  revoked: 'neutral',
  expired: 'neutral',
};

export function AccessStatusChip(props: {
  status: AccessStatus;
  /** Overrides the label, e.g. to add whom it is for. */
  label?: string;
}) {
  const label = useStatusLabel();
  return (
    <ToneChip
      tone={STATUS_TONES[props.status] ?? 'neutral'}
      label={props.label ?? label(props.status)}
    />
  );
}

/** Each policy's look; its words come from {@link usePolicyText}. */
const POLICIES: Record<AccessPolicy, { tone: Tone; icon: JSX.Element }> = {
  open: { tone: 'info', icon: <LockOpenIcon /> },
  restricted: { tone: 'warning', icon: <LockIcon /> },
  hidden: { tone: 'neutral', icon: <VisibilityOffIcon /> },
};

/** The policies' names and explanations in the reader's language. */
export function usePolicyText() {
  const t = useLitemaasText();
  return useMemo(() => {
    const labels: Record<AccessPolicy, string> = {
      open: t('policy.open'),
      restricted: t('policy.restricted'),
      hidden: t('policy.hidden'),
    };
    const explanations: Record<AccessPolicy, string> = {
      open: t('policy.openExplanation'),
      restricted: t('policy.restrictedExplanation'),
      hidden: t('policy.hiddenExplanation'),
    };
    return {
      label: (policy: AccessPolicy): string => labels[policy] ?? policy,
      explanation: (policy: AccessPolicy): string => explanations[policy] ?? '',
    };
  }, [t]);
}

/** Access statuses ("Granted", "Pending", ...) in the reader's language. */
export function useStatusLabel(): (status: AccessStatus) => string {
  const t = useLitemaasText();
  return useCallback(
    (status: AccessStatus) => {
      switch (status) {
        case 'granted':
          return t('status.granted');
        case 'pending':
          return t('status.pending');
        case 'denied':
          return t('status.denied');
        case 'cancelled':
          return t('status.cancelled');
        case 'revoked':
          return t('status.revoked');
        case 'expired':
          return t('status.expired');
        default:
          // A status newer than this plugin: its own name beats nothing.
          return status;
      }
    },
    [t],
  );
}

export function AccessPolicyChip(props: { policy: AccessPolicy }) {
  const text = usePolicyText();
  const policy = POLICIES[props.policy];
  if (!policy) return <ToneChip tone="neutral" label={props.policy} />;
  return (
    <ToneChip
      tone={policy.tone}
      label={text.label(props.policy)}
      icon={policy.icon}
      title={text.explanation(props.policy)}
    />
  );
}

/** The policy's chip with a line saying what it means, for fact lists. */
export function AccessPolicyFact(props: { policy: AccessPolicy }) {
  const text = usePolicyText();
  return (
    <>
      <AccessPolicyChip policy={props.policy} />
      <Typography variant="caption" color="textSecondary" component="div">
        {text.explanation(props.policy)}
      </Typography>
    </>
  );
}

/** Whether an access entry is the reader's own, not one of their teams'. */
export function isUserRef(subjectRef: string): boolean {
  return subjectRef.toLocaleLowerCase('en-US').startsWith('user:');
}

/** Whom an access entry is for: "Me" (in the language of `t`) or the team. */
export function subjectLabel(subjectRef: string, t: LitemaasText): string {
  return isUserRef(subjectRef) ? t('access.me') : formatEntityRef(subjectRef);
}

/** The caller's access to a model: one chip per active request or grant. */
export function MyAccessChips(props: { myAccess: LiteMaasModel['myAccess'] }) {
  const t = useLitemaasText();
  const label = useStatusLabel();
  if (!props.myAccess.length) {
    return (
      <Typography variant="caption" color="textSecondary">
        {t('status.none')}
      </Typography>
    );
  }
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {props.myAccess.map(entry => {
        return (
          <AccessStatusChip
            key={entry.id}
            status={entry.status}
            label={
              isUserRef(entry.subjectRef)
                ? label(entry.status)
                : `${label(entry.status)} · ${formatEntityRef(
                    entry.subjectRef,
                  )}`
            }
          />
        );
      })}
    </Box>
  );
}

/** The caller's own (not a team's) active request or grant, if any. */
export function ownAccess(model: Pick<LiteMaasModel, 'myAccess'>) {
  return model.myAccess.find(a => isUserRef(a.subjectRef));
}
