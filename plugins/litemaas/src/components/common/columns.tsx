import { useLitemaasText } from '../../translationText';
import { Link, TableColumn } from '@backstage/core-components';
import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import { LiteMaasPaths } from './paths';

/** The column's title, in the reader's language. */
function ModelColumnTitle() {
  const t = useLitemaasText();
  return <>{t('common.columns.model')}</>;
}

/** A request's or grant's model, linked to its page, on one line. */
export function modelNameColumn(
  paths: LiteMaasPaths,
  options: { bold?: boolean } = {},
): TableColumn<AccessRequest> {
  return {
    // A component, so callers need no translation of their own.
    title: <ModelColumnTitle />,
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
