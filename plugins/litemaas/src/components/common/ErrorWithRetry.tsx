import { ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { useLitemaasText } from '../../translationText';

/** The error every page shows when loading fails, with a way to try again. */
export function ErrorWithRetry(props: { error: Error; onRetry(): void }) {
  const t = useLitemaasText();
  return (
    <>
      <ResponseErrorPanel error={props.error} />
      <Box mt={2}>
        <Button variant="outlined" color="primary" onClick={props.onRetry}>
          {t('common.tryAgain')}
        </Button>
      </Box>
    </>
  );
}
