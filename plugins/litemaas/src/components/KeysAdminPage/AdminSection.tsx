import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';

/**
 * A section of the keys admin page: a title and what it is about, an
 * action on the right (a button), then the content.
 */
export function AdminSection(props: {
  title: string;
  description: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper>
      <Box p={3}>
        <Box
          display="flex"
          alignItems="flex-start"
          justifyContent="space-between"
          flexWrap="wrap"
          mb={2}
          style={{ gap: 16 }}
        >
          <Box flex={1} minWidth={280}>
            <Typography variant="h6" component="h2">
              {props.title}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {props.description}
            </Typography>
          </Box>
          {props.action}
        </Box>
        {props.children}
      </Box>
    </Paper>
  );
}

/** Stands in a translated sentence where an element goes. */
export const ELEMENT = '\u2060\u00a7\u2060';

/**
 * A translated sentence with an element (a `<code>`, say) where the
 * message had the placeholder that was given {@link ELEMENT}.
 */
export function withElement(text: string, element: ReactNode): ReactNode {
  const [before, ...after] = text.split(ELEMENT);
  if (after.length === 0) return text;
  return (
    <>
      {before}
      {element}
      {after.join('')}
    </>
  );
}
