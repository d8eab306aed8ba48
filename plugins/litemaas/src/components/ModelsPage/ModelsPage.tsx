import { useLitemaasText } from '../../translationText';
import { ReactNode, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import {
  EmptyState,
  Progress,
  TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import {
  ACCESS_POLICIES,
  LiteMaasModel,
  MODEL_CAPABILITIES,
  capabilityLabel,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import RefreshIcon from '@material-ui/icons/Refresh';
import InputAdornment from '@material-ui/core/InputAdornment';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import SearchIcon from '@material-ui/icons/Search';
import {
  AccessPolicyChip,
  DataTable,
  MyAccessChips,
  ToneChip,
  ownAccess,
  usePolicyText,
  useLiteMaasPaths,
  useModelList,
} from '../common';
import { RequestAccessDialog } from '../RequestAccessDialog';
import { useLocaleFormat } from '../useLocaleFormat';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { ModelNameLink } from '../common/ModelNameLink';
import { DeprecationChip } from '../deprecation';

/** Rows on one page of the models table. */
const MODELS_PER_PAGE = 50;

/** What the catalog can be narrowed down by; '' means any. */
export interface ModelFilters {
  search: string;
  provider: string;
  capability: string;
  policy: string;
  /** '', 'granted', 'pending' or 'none'. */
  access: string;
}

const FILTER_PARAMS: Record<keyof ModelFilters, string> = {
  search: 'q',
  provider: 'provider',
  capability: 'capability',
  policy: 'policy',
  access: 'access',
};

const lower = (text: string) => text.toLocaleLowerCase('en-US');

/** The models that pass every filter. */
export function filterModels(
  models: LiteMaasModel[],
  filters: ModelFilters,
): LiteMaasModel[] {
  const terms = lower(filters.search).split(/\s+/).filter(Boolean);
  return models.filter(model => {
    if (filters.provider && model.provider !== filters.provider) return false;
    if (
      filters.capability &&
      !model.capabilities.includes(filters.capability)
    ) {
      return false;
    }
    if (filters.policy && model.accessPolicy !== filters.policy) return false;
    if (filters.access === 'none' && model.myAccess.length > 0) return false;
    if (
      (filters.access === 'granted' || filters.access === 'pending') &&
      !model.myAccess.some(a => a.status === filters.access)
    ) {
      return false;
    }
    if (terms.length) {
      const haystack = lower(
        [
          model.name,
          model.provider,
          model.providerModel,
          model.description ?? '',
          model.mode ?? '',
          ...model.capabilities.map(capabilityLabel),
        ].join(' '),
      );
      if (!terms.every(term => haystack.includes(term))) return false;
    }
    return true;
  });
}

/** More chips than this make rows tall; the rest show in a tooltip. */
const VISIBLE_CAPABILITIES = 2;

function FilterSelect(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  options: Array<{ value: string; label: string }>;
}) {
  return (
    <TextField
      id={props.id}
      select
      SelectProps={{ native: true }}
      // Native selects always show a value, so the label must sit above it.
      InputLabelProps={{ shrink: true }}
      label={props.label}
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
      variant="outlined"
      size="small"
      style={{ minWidth: 170 }}
    >
      {props.options.map(o => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </TextField>
  );
}

/**
 * The model catalog: what LiteLLM serves, with prices, limits, the access
 * policy and the caller's own access.
 *
 * @public
 */
export const ModelsPage = () => {
  const { value, loading, error, retry } = useModelList();
  const t = useLitemaasText();
  const policyText = usePolicyText();
  // Known capabilities by the reader's language, others by their id.
  const capabilityName = (id: string): string => {
    switch (id) {
      case 'vision':
        return t('capabilities.vision');
      case 'function_calling':
        return t('capabilities.function_calling');
      case 'response_schema':
        return t('capabilities.response_schema');
      case 'reasoning':
        return t('capabilities.reasoning');
      case 'prompt_caching':
        return t('capabilities.prompt_caching');
      case 'audio_input':
        return t('capabilities.audio_input');
      case 'pdf_input':
        return t('capabilities.pdf_input');
      default:
        return capabilityLabel(id);
    }
  };
  const format = useLocaleFormat();
  const price = (usd?: number) => (usd === 0 ? t('free') : format.price(usd));
  const paths = useLiteMaasPaths();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [requesting, setRequesting] = useState<LiteMaasModel>();

  // Filters live in the URL so they survive a visit to a model's page.
  const filters: ModelFilters = useMemo(
    () => ({
      search: params.get(FILTER_PARAMS.search) ?? '',
      provider: params.get(FILTER_PARAMS.provider) ?? '',
      capability: params.get(FILTER_PARAMS.capability) ?? '',
      policy: params.get(FILTER_PARAMS.policy) ?? '',
      access: params.get(FILTER_PARAMS.access) ?? '',
    }),
    [params],
  );
  const filtering = Object.values(filters).some(Boolean);
  const setFilter = (key: keyof ModelFilters, next: string) =>
    setParams(
      current => {
        const updated = new URLSearchParams(current);
        if (next) updated.set(FILTER_PARAMS[key], next);
        else updated.delete(FILTER_PARAMS[key]);
        return updated;
      },
      { replace: true },
    );
  const clearFilters = () =>
    setParams(
      current => {
        const updated = new URLSearchParams(current);
        Object.values(FILTER_PARAMS).forEach(p => updated.delete(p));
        return updated;
      },
      { replace: true },
    );

  const models = useMemo(() => value?.items ?? [], [value]);
  const providers = useMemo(
    () => [...new Set(models.map(m => m.provider))].sort(),
    [models],
  );
  const shown = useMemo(() => filterModels(models, filters), [models, filters]);
  const capabilities = useMemo(() => {
    const known = MODEL_CAPABILITIES.map(c => c.id);
    const extra = models
      .flatMap(m => m.capabilities)
      .filter(c => !known.includes(c));
    return [...known, ...new Set(extra)];
  }, [models]);

  const columns = useMemo<TableColumn<LiteMaasModel>[]>(
    () => [
      {
        title: t('models.columns.model'),
        field: 'name',
        highlight: true,
        cellStyle: { minWidth: 200 },
        render: model => (
          <Box>
            <ModelNameLink name={model.name} />
            <Typography variant="caption" color="textSecondary">
              {model.providerModel}
              {model.mode ? ` · ${model.mode}` : ''}
            </Typography>
            {model.deprecation && (
              <Box mt={0.5}>
                <DeprecationChip deprecation={model.deprecation} />
              </Box>
            )}
          </Box>
        ),
      },
      {
        // The max output rides along: two narrow numeric columns did not
        // fit beside "My access" at 1280 px.
        title: t('models.columns.context'),
        field: 'contextWindow',
        type: 'numeric',
        cellStyle: { whiteSpace: 'nowrap' },
        render: model => (
          <>
            {format.tokens(model.contextWindow)}
            {model.maxOutputTokens !== undefined && (
              <Typography
                variant="caption"
                color="textSecondary"
                component="div"
              >
                {t('models.maxOutput', {
                  tokens: format.tokens(model.maxOutputTokens),
                })}
              </Typography>
            )}
          </>
        ),
      },
      {
        title: t('models.columns.price'),
        field: 'inputPricePer1M',
        type: 'numeric',
        cellStyle: { whiteSpace: 'nowrap' },
        render: model => (
          <>
            <div>
              {t('models.priceIn', { price: price(model.inputPricePer1M) })}
            </div>
            <Typography variant="caption" color="textSecondary" component="div">
              {t('models.priceOut', { price: price(model.outputPricePer1M) })}
            </Typography>
          </>
        ),
      },
      {
        title: t('models.columns.capabilities'),
        field: 'capabilities',
        sorting: false,
        render: model => (
          <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
            {!model.available && (
              // Red on its tint: the theme's secondary chip is too pale to read.
              <ToneChip tone="error" label={t('models.unavailable')} />
            )}
            {model.capabilities.slice(0, VISIBLE_CAPABILITIES).map(c => (
              <Chip
                key={c}
                size="small"
                variant="outlined"
                label={capabilityName(c)}
              />
            ))}
            {model.capabilities.length > VISIBLE_CAPABILITIES && (
              <Tooltip
                title={model.capabilities
                  .slice(VISIBLE_CAPABILITIES)
                  .map(capabilityName)
                  .join(', ')}
              >
                <Chip
                  size="small"
                  variant="outlined"
                  label={`+${model.capabilities.length - VISIBLE_CAPABILITIES}`}
                />
              </Tooltip>
            )}
          </Box>
        ),
      },
      {
        // The policy, and under it the caller's own access: one column, so
        // both fit beside the rest at 1280 px.
        title: t('models.columns.access'),
        field: 'accessPolicy',
        render: model => (
          <Box display="flex" flexDirection="column" style={{ gap: 4 }}>
            <span>
              <AccessPolicyChip policy={model.accessPolicy} />
            </span>
            <MyAccessChips myAccess={model.myAccess} />
          </Box>
        ),
      },
      {
        title: '',
        field: 'canReview',
        sorting: false,
        // Not in the column chooser: it has no name there, and hiding it
        // would hide the way to ask for access.
        removable: false,
        cellStyle: { whiteSpace: 'nowrap' },
        render: model =>
          model.available &&
          !ownAccess(model) &&
          model.deprecation?.state !== 'retired' ? (
            <Button
              size="small"
              variant="outlined"
              color="primary"
              onClick={event => {
                event.stopPropagation();
                setRequesting(model);
              }}
            >
              {t('models.requestAccess')}
            </Button>
          ) : null,
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [paths, t, format],
  );

  let body: ReactNode;
  if (loading && !value) {
    body = <Progress />;
  } else if (error && !value) {
    body = <ErrorWithRetry error={error} onRetry={retry} />;
  } else if (!value || value.items.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title={t('models.empty.title')}
        description={t('models.empty.description')}
      />
    );
  } else {
    body = (
      <>
        {value.stale && (
          <Box mb={2}>
            <WarningPanel
              severity="warning"
              title={t('models.stale')}
              message={value.stale.reason}
            />
          </Box>
        )}
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="center"
          mb={2}
          style={{ gap: 16 }}
        >
          <TextField
            id="litemaas-models-search"
            label={t('models.filters.search')}
            type="search"
            value={filters.search}
            onChange={e => setFilter('search', e.target.value)}
            variant="outlined"
            size="small"
            style={{ minWidth: 240 }}
            InputProps={{
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            }}
          />
          <FilterSelect
            id="litemaas-models-provider"
            label={t('models.filters.provider')}
            value={filters.provider}
            onChange={v => setFilter('provider', v)}
            options={[
              { value: '', label: t('models.filters.anyProvider') },
              ...providers.map(p => ({ value: p, label: p })),
            ]}
          />
          <FilterSelect
            id="litemaas-models-capability"
            label={t('models.filters.capability')}
            value={filters.capability}
            onChange={v => setFilter('capability', v)}
            options={[
              { value: '', label: t('models.filters.anyCapability') },
              ...capabilities.map(c => ({
                value: c,
                label: capabilityName(c),
              })),
            ]}
          />
          <FilterSelect
            id="litemaas-models-policy"
            label={t('models.filters.policy')}
            value={filters.policy}
            onChange={v => setFilter('policy', v)}
            options={[
              { value: '', label: t('models.filters.anyPolicy') },
              ...ACCESS_POLICIES.map(p => ({
                value: p,
                label: policyText.label(p),
              })),
            ]}
          />
          <FilterSelect
            id="litemaas-models-access"
            label={t('models.filters.access')}
            value={filters.access}
            onChange={v => setFilter('access', v)}
            options={[
              { value: '', label: t('models.filters.anyAccess') },
              { value: 'granted', label: t('status.granted') },
              { value: 'pending', label: t('status.pending') },
              { value: 'none', label: t('status.none') },
            ]}
          />
          {filtering && (
            <Button onClick={clearFilters}>{t('models.clearFilters')}</Button>
          )}
        </Box>
        <DataTable<LiteMaasModel>
          title={
            filtering
              ? t('models.titleFiltered', {
                  shown: String(shown.length),
                  total: String(value.items.length),
                })
              : t('models.title', { total: String(value.items.length) })
          }
          options={{
            // A page at a time: rendering hundreds of rows at once kept
            // the page busy for seconds (the filters above search them all).
            paging: shown.length > MODELS_PER_PAGE,
            pageSize: MODELS_PER_PAGE,
            pageSizeOptions: [25, MODELS_PER_PAGE, 100],
            emptyRowsWhenPaging: false,
            search: false,
            padding: 'dense',
          }}
          columns={columns}
          data={shown}
          isLoading={loading}
          onRowClick={(event, model) => {
            // Links and buttons in the row do their own thing.
            const target = event?.target as HTMLElement | undefined;
            if (!model || target?.closest('a,button,input')) return;
            navigate(paths.model(model.name));
          }}
          emptyContent={
            <Box p={4} textAlign="center">
              <Typography variant="body1" gutterBottom>
                {t('models.noMatch')}
              </Typography>
              <Button color="primary" onClick={clearFilters}>
                {t('models.clearFilters')}
              </Button>
            </Box>
          }
          actions={[
            {
              icon: () => <RefreshIcon />,
              tooltip: t('models.reload'),
              isFreeAction: true,
              onClick: () => retry(),
            },
          ]}
        />
      </>
    );
  }

  return (
    <>
      {body}
      {requesting && (
        <RequestAccessDialog
          open
          model={requesting}
          onClose={() => setRequesting(undefined)}
          onRequested={() => retry()}
        />
      )}
    </>
  );
};
