import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  ApiKey,
  BudgetTopUp,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Typography from '@material-ui/core/Typography';
import { useLitemaasText } from '../../translationText';
import { litemaasApiRef } from '../../api';
import { errorMessage } from '../common';
import { useLocaleFormat } from '../useLocaleFormat';

/** "Top-up of $15 waiting", "+$10 until Dec 14", ... */
export function TopUpNote(props: { topUp: BudgetTopUp }) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { topUp } = props;
  const amount = format.usd(topUp.amount);
  switch (topUp.status) {
    case 'pending':
      return <>{t('topUps.pending', { amount })}</>;
    case 'applying':
      return <>{t('topUps.applying', { amount })}</>;
    case 'active':
      return (
        <span title={format.dateTime(topUp.endsAt)}>
          {t('topUps.active', { amount, date: format.date(topUp.endsAt) })}
        </span>
      );
    case 'ending':
      return <>{t('topUps.ending', { amount })}</>;
    default:
      return null;
  }
}

/**
 * Under a key's budget: its top-up waiting (which its owners may cancel)
 * or running, else the way to ask for one when `canAsk`.
 */
export function KeyTopUpState(props: {
  apiKey: ApiKey;
  /** The key's top-up waiting or running. */
  topUp?: BudgetTopUp;
  canAsk: boolean;
  onAsk(key: ApiKey): void;
  /** After a cancel: the lists change. */
  onChanged(): void;
}) {
  const { apiKey, onAsk } = props;
  return (
    <TopUpState
      name={apiKey.name}
      topUp={props.topUp}
      canAsk={props.canAsk}
      onAsk={() => onAsk(apiKey)}
      onChanged={props.onChanged}
    />
  );
}

/**
 * Under a budget (a key's, or a team's named "team payments"): its top-up
 * waiting (which may be withdrawn) or running, else the way to ask for one
 * when `canAsk`.
 */
export function TopUpState(props: {
  name: string;
  /** The top-up waiting or running. */
  topUp?: BudgetTopUp;
  canAsk: boolean;
  onAsk(): void;
  /** After a cancel: the lists change. */
  onChanged(): void;
}) {
  const { name, topUp } = props;
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const [busy, setBusy] = useState(false);

  const cancel = async (pending: BudgetTopUp) => {
    setBusy(true);
    try {
      await api.cancelTopUp(pending.id);
      alertApi.post({
        message: t('topUps.cancelled', { name }),
        severity: 'success',
        display: 'transient',
      });
      props.onChanged();
    } catch (e) {
      alertApi.post({
        message: t('topUps.cancelFailed', {
          name,
          error: errorMessage(e),
        }),
        severity: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  if (topUp) {
    return (
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ columnGap: 4 }}
        data-top-up={topUp.status}
      >
        <Typography variant="caption" component="span">
          <TopUpNote topUp={topUp} />
        </Typography>
        {topUp.status === 'pending' && (
          <Button
            size="small"
            color="primary"
            disabled={busy}
            onClick={() => cancel(topUp)}
            aria-label={t('topUps.cancelLabel', { name })}
            startIcon={busy ? <CircularProgress size={12} /> : undefined}
          >
            {t('topUps.cancel')}
          </Button>
        )}
      </Box>
    );
  }
  if (!props.canAsk) return null;
  return (
    <Button
      size="small"
      color="primary"
      onClick={props.onAsk}
      aria-label={t('topUps.askLabel', { name })}
      // No side padding: in German the words are long, and the budget
      // column must not grow for them.
      style={{ padding: '2px 0', minWidth: 0, textAlign: 'left' }}
    >
      {t('topUps.ask')}
    </Button>
  );
}
