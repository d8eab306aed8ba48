import { useLitemaasText } from '../../translationText';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useLocaleFormat } from '../useLocaleFormat';

/**
 * Says that a list shows only the first page the backend answered, and how
 * many there are in all. Nothing when everything is shown.
 */
export function PageNote(props: {
  page?: { items: unknown[]; total: number };
  /** What narrows the list, in the reader's language, e.g. "search". */
  narrowWith: string;
}) {
  const { page } = props;
  const t = useLitemaasText();
  const format = useLocaleFormat();
  if (!page || page.total <= page.items.length) return null;
  return (
    <Box px={2} py={1}>
      <Typography variant="caption" color="textSecondary" role="note">
        {t('common.pageNote', {
          shown: format.count(page.items.length),
          total: format.count(page.total),
          narrowWith: props.narrowWith,
        })}
      </Typography>
    </Box>
  );
}
