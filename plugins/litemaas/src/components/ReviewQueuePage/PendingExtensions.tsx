import { Progress, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useLitemaasText } from '../../translationText';
import { litemaasApiRef } from '../../api';
import {
  EntityRefLink,
  modelNameColumn,
  useDialogTarget,
  useLiteMaasPaths,
} from '../common';
import { DataTable } from '../common/DataTable';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { formatEntityRef } from '../format';
import { useLocaleFormat } from '../useLocaleFormat';
import {
  ApproveExtensionDialog,
  DenyExtensionDialog,
} from './ExtensionDialogs';
import { useServerPaging } from './useServerPaging';

/** A date, with its full time on hover; "—" when there is none. */
function Day(props: { at?: string; strong?: boolean }) {
  const format = useLocaleFormat();
  const text = format.date(props.at);
  return (
    <span title={format.dateTime(props.at)}>
      {props.strong ? <strong>{text}</strong> : text}
    </span>
  );
}

/**
 * Grants of the models the caller reviews whose holders asked to keep
 * them longer: approve the asked end (or another), or deny with a reason.
 */
export function PendingExtensions(props: {
  /** The model's longest grant in days, which bounds a new end. */
  maxGrantDaysOf(model: string): number | undefined;
  /** After a decision: the grant's end may have moved. */
  onDecided(): void;
}) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const paths = useLiteMaasPaths();
  const paging = useServerPaging();
  const { limit, offset } = paging.query;
  const extensions = useAsyncRetry(async () => {
    const page = await api.listAccessRequests({
      scope: 'review',
      extension: 'pending',
      limit,
      offset,
    });
    paging.settle(page);
    return page;
  }, [api, limit, offset]);
  const approving = useDialogTarget<AccessRequest>();
  const denying = useDialogTarget<AccessRequest>();

  const decided = () => {
    extensions.retry();
    props.onDecided();
  };

  const describe = (grant: AccessRequest) => ({
    model: grant.modelName,
    subject: formatEntityRef(grant.subjectRef),
  });

  const columns: TableColumn<AccessRequest>[] = [
    {
      ...modelNameColumn(paths, { bold: true }),
      title: t('review.extensions.columns.model'),
    },
    {
      title: t('review.extensions.columns.for'),
      field: 'subjectRef',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: grant => <EntityRefLink entityRef={grant.subjectRef} />,
    },
    {
      title: t('review.extensions.columns.ends'),
      field: 'expiresAt',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: grant => <Day at={grant.expiresAt} />,
    },
    {
      title: t('review.extensions.columns.askedUntil'),
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: grant => <Day at={grant.extension?.until} strong />,
    },
    {
      title: t('review.extensions.columns.justification'),
      width: 'auto',
      cellStyle: { minWidth: 200 },
      render: grant =>
        grant.extension?.justification ?? (
          <Typography variant="body2" color="textSecondary">
            {t('review.noJustification')}
          </Typography>
        ),
    },
    {
      title: t('review.extensions.columns.asked'),
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: grant =>
        grant.extension && (
          <>
            <span title={format.dateTime(grant.extension.requestedAt)}>
              {format.relativeTime(grant.extension.requestedAt)}
            </span>
            <Typography variant="caption" color="textSecondary" component="div">
              {t('review.extensions.askedBy', {
                name: formatEntityRef(grant.extension.requestedBy),
              })}
            </Typography>
          </>
        ),
    },
    {
      title: t('review.extensions.columns.decide'),
      width: 'auto',
      align: 'right',
      cellStyle: { whiteSpace: 'nowrap' },
      render: grant => (
        <Box display="flex" justifyContent="flex-end" style={{ gap: 8 }}>
          <Button
            size="small"
            color="primary"
            onClick={() => approving.show(grant)}
            aria-label={t('review.extensions.approveLabel', describe(grant))}
          >
            {t('review.extensions.approve')}
          </Button>
          <Button
            size="small"
            onClick={() => denying.show(grant)}
            aria-label={t('review.extensions.denyLabel', describe(grant))}
          >
            {t('review.extensions.deny')}
          </Button>
        </Box>
      ),
    },
  ];

  const description = t('review.extensions.description');
  let state;
  if (extensions.loading && !extensions.value) state = <Progress />;
  else if (extensions.error && !extensions.value) {
    state = (
      <ErrorWithRetry error={extensions.error} onRetry={extensions.retry} />
    );
  } else if (!extensions.value?.items.length && !extensions.value?.offset) {
    // (An emptied later page turns to the last one instead.)
    state = (
      <Typography variant="body2" color="textSecondary">
        {t('review.extensions.none')}
      </Typography>
    );
  }

  let list;
  if (state) {
    list = (
      <Paper>
        <Box p={3}>
          <Typography variant="h6" component="h2">
            {t('review.extensions.heading')}
          </Typography>
          <Typography variant="body2" color="textSecondary" gutterBottom>
            {description}
          </Typography>
          {state}
        </Box>
      </Paper>
    );
  } else {
    const pager = paging.table(extensions.value);
    list = (
      <DataTable<AccessRequest>
        title={t('review.extensions.title', {
          total: format.count(extensions.value?.total ?? 0),
        })}
        subtitle={description}
        columns={columns}
        data={extensions.value?.items ?? []}
        isLoading={
          extensions.loading &&
          ((extensions.value?.offset ?? 0) !== offset ||
            (extensions.value?.limit ?? limit) !== limit)
        }
        page={pager.page}
        totalCount={pager.totalCount}
        onPageChange={pager.onPageChange}
        options={pager.options}
      />
    );
  }

  return (
    <Box mt={3}>
      {list}
      <ApproveExtensionDialog
        open={approving.open}
        grant={approving.target}
        maxGrantDays={
          approving.target && props.maxGrantDaysOf(approving.target.modelName)
        }
        onClose={approving.hide}
        onDone={decided}
      />
      <DenyExtensionDialog
        open={denying.open}
        grant={denying.target}
        onClose={denying.hide}
        onDone={decided}
      />
    </Box>
  );
}
