import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/**
 * Says that a list shows only the first page the backend answered, and how
 * many there are in all. Nothing when everything is shown.
 */
export function PageNote(props: {
  page?: { items: unknown[]; total: number };
  /** What narrows the list, e.g. "search". */
  narrowWith: string;
}) {
  const { page } = props;
  if (!page || page.total <= page.items.length) return null;
  return (
    <Box px={2} py={1}>
      <Typography variant="caption" color="textSecondary" role="note">
        Showing the first {page.items.length} of {page.total}. Narrow the list
        with {props.narrowWith} to see the others.
      </Typography>
    </Box>
  );
}
