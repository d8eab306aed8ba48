import { Link } from '@backstage/core-components';
import { entityPagePath, formatEntityRef } from '../format';

/** An entity ref as a link to its catalog page. */
export function EntityRefLink(props: { entityRef: string }) {
  const path = entityPagePath(props.entityRef);
  if (!path) return <>{props.entityRef}</>;
  return (
    <Link to={path} title={props.entityRef}>
      {formatEntityRef(props.entityRef)}
    </Link>
  );
}
