import { useCallback } from 'react';
import { Link } from '@backstage/core-components';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { formatEntityRef, splitEntityRef } from '../format';
import { useSoftRouteRef } from './paths';

/**
 * Entity page links through the catalog's own `entityRouteRef`, wherever
 * the app mounted the catalog. Looked up softly: in an app without the
 * catalog there is no page to link to, and refs render as text.
 */
export function useEntityPageLink(): (ref: string) => string | undefined {
  const { route: entityPage, available } = useSoftRouteRef(entityRouteRef);
  return useCallback(
    (ref: string) => {
      const parts = splitEntityRef(ref);
      if (!parts) return undefined;
      const params = {
        kind: encodeURIComponent(parts.kind),
        namespace: encodeURIComponent(parts.namespace),
        name: encodeURIComponent(parts.name),
      };
      if (entityPage) return entityPage(params);
      // Legacy apps (RHDH) have no route resolution API; they mount the
      // catalog at its standard place.
      return available
        ? undefined
        : `/catalog/${params.namespace}/${params.kind}/${params.name}`;
    },
    [entityPage, available],
  );
}

/** An entity ref as a link to its catalog page (text when there is none). */
export function EntityRefLink(props: { entityRef: string }) {
  const link = useEntityPageLink()(props.entityRef);
  if (!link) return <>{formatEntityRef(props.entityRef)}</>;
  return (
    // An entity name is one word: it never breaks at its hyphens.
    <Link to={link} title={props.entityRef} style={{ whiteSpace: 'nowrap' }}>
      {formatEntityRef(props.entityRef)}
    </Link>
  );
}
