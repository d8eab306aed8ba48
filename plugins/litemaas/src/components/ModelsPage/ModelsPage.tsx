import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  LiteMaasModel,
  capabilityLabel,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { formatPricePer1M, formatTokens } from '../format';

const columns: TableColumn<LiteMaasModel>[] = [
  {
    title: 'Model',
    field: 'name',
    highlight: true,
    render: model => (
      <Box>
        <Typography variant="body2" component="div">
          <strong>{model.name}</strong>
        </Typography>
        <Typography variant="caption" color="textSecondary">
          {model.providerModel}
        </Typography>
      </Box>
    ),
  },
  { title: 'Provider', field: 'provider' },
  { title: 'Type', field: 'mode', emptyValue: '—' },
  {
    title: 'Context window',
    field: 'contextWindow',
    type: 'numeric',
    render: model => formatTokens(model.contextWindow),
  },
  {
    title: 'Max output',
    field: 'maxOutputTokens',
    type: 'numeric',
    render: model => formatTokens(model.maxOutputTokens),
  },
  {
    title: 'Input / 1M tokens',
    field: 'inputPricePer1M',
    type: 'numeric',
    render: model => formatPricePer1M(model.inputPricePer1M),
  },
  {
    title: 'Output / 1M tokens',
    field: 'outputPricePer1M',
    type: 'numeric',
    render: model => formatPricePer1M(model.outputPricePer1M),
  },
  {
    title: 'Capabilities',
    field: 'capabilities',
    sorting: false,
    customFilterAndSearch: (term, model) =>
      model.capabilities.some(c =>
        capabilityLabel(c)
          .toLocaleLowerCase('en-US')
          .includes(String(term).toLocaleLowerCase('en-US')),
      ),
    render: model => (
      <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
        {!model.available && (
          <Chip size="small" color="secondary" label="Unavailable" />
        )}
        {model.capabilities.map(c => (
          <Chip
            key={c}
            size="small"
            variant="outlined"
            label={capabilityLabel(c)}
          />
        ))}
      </Box>
    ),
  },
];

/** The model catalog: what LiteLLM serves, with prices and limits. */
export const ModelsPage = () => {
  const api = useApi(litemaasApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listModels(),
    [api],
  );

  let body: JSX.Element;
  if (loading && !value) {
    body = <Progress />;
  } else if (error) {
    body = (
      <>
        <ResponseErrorPanel error={error} />
        <Box mt={2}>
          <Button variant="outlined" color="primary" onClick={retry}>
            Try again
          </Button>
        </Box>
      </>
    );
  } else if (!value || value.items.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title="No models yet"
        description="LiteLLM serves no models at the moment. Once an admin registers a model in LiteLLM it appears here within a few minutes."
      />
    );
  } else {
    body = (
      <>
        {value.stale && (
          <Box mb={2}>
            <WarningPanel
              severity="warning"
              title="Showing the last known models: LiteLLM is not answering"
              message={value.stale.reason}
            />
          </Box>
        )}
        <Table<LiteMaasModel>
          title={`Models (${value.items.length})`}
          options={{ paging: false, search: true, padding: 'dense' }}
          columns={columns}
          data={value.items}
          actions={[
            {
              icon: 'refresh',
              tooltip: 'Reload',
              isFreeAction: true,
              onClick: () => retry(),
            },
          ]}
        />
      </>
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title="AI Models"
        subtitle="Models you can use through the company's model gateway"
      />
      <Content>{body}</Content>
    </Page>
  );
};
