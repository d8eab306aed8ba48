import { Link, TableColumn } from '@backstage/core-components';
import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import { LiteMaasPaths } from './paths';

/** A request's or grant's model, linked to its page, on one line. */
export function modelNameColumn(
  paths: LiteMaasPaths,
  options: { bold?: boolean } = {},
): TableColumn<AccessRequest> {
  return {
    title: 'Model',
    field: 'modelName',
    width: 'auto',
    // Names stay on one line: a hyphen is no place to break them.
    cellStyle: { whiteSpace: 'nowrap' },
    render: request => (
      <Link to={paths.model(request.modelName)}>
        {options.bold ? (
          <strong>{request.modelName}</strong>
        ) : (
          request.modelName
        )}
      </Link>
    ),
  };
}
