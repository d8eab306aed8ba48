import { useLitemaasText } from '../../translationText';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  ModelConsumersTable,
  ModelUsageSummary,
  RECENT_DAYS,
  RecentModelUsageCard,
} from '../ModelUsage';

/**
 * For the model's owners (and admins): who used the model in the last 30
 * days, how much, and how often it failed them.
 */
export function ModelUsageCard(props: { model: string }) {
  const t = useLitemaasText();
  return (
    <RecentModelUsageCard
      model={props.model}
      consumers
      subheader={t('usage.model.ownersSubheader', {
        days: String(RECENT_DAYS),
      })}
    >
      {usage => (
        <Grid container spacing={3}>
          <Grid item xs={12} md={5}>
            <ModelUsageSummary usage={usage} />
          </Grid>
          <Grid item xs={12} md={7}>
            <Box mb={1}>
              <Typography variant="subtitle2" component="h3">
                {t('usage.model.byConsumer')}
              </Typography>
            </Box>
            <ModelConsumersTable rows={usage.consumers} />
          </Grid>
        </Grid>
      )}
    </RecentModelUsageCard>
  );
}
