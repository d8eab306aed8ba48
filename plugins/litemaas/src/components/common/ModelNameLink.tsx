import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { Identifier } from './Identifier';
import { useLiteMaasPaths } from './paths';

/**
 * A model's name in a table, linking to its page. A long name is cut, not
 * let widen the table past a 1280 px window (the whole name is in the
 * tooltip).
 */
export function ModelNameLink(props: { name: string }) {
  const paths = useLiteMaasPaths();
  return (
    <Typography
      variant="body2"
      component="div"
      style={{ whiteSpace: 'nowrap' }}
    >
      <Identifier maxWidth={180} title={props.name}>
        <Link to={paths.model(props.name)}>
          <strong>{props.name}</strong>
        </Link>
      </Identifier>
    </Typography>
  );
}
