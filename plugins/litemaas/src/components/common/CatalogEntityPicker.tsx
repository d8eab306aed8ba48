import { useLitemaasText } from '../../translationText';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import useAsync from 'react-use/esm/useAsync';
import { formatEntityRef } from '../format';
import { errorMessage } from './errors';

interface EntityOption {
  ref: string;
  label: string;
}

function entityOption(entity: Entity): EntityOption {
  const ref = stringifyEntityRef(entity);
  const short = formatEntityRef(ref);
  const profile = (entity.spec as { profile?: { displayName?: string } })
    ?.profile;
  const title = entity.metadata.title ?? profile?.displayName;
  return {
    ref,
    label: title && title !== short ? `${title} (${short})` : short,
  };
}

/** Users or groups from the catalog, to pick one from. */
export function CatalogEntityPicker(props: {
  id: string;
  label: string;
  kinds: Array<'User' | 'Group'>;
  /**
   * What they are, for messages, in the reader's language:
   * `{ one: 'team', many: 'teams' }` (the messages use `many`).
   */
  noun: { one: string; many: string };
  value: string | null;
  onChange(ref: string | null): void;
  error?: string;
  helperText?: string;
}) {
  const catalogApi = useApi(catalogApiRef);
  const t = useLitemaasText();
  const kinds = props.kinds.join(',');
  const entities = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: kinds.includes(',') ? kinds.split(',') : kinds },
      fields: [
        'kind',
        'metadata.namespace',
        'metadata.name',
        'metadata.title',
        'spec.profile.displayName',
      ],
    });
    return items
      .map(entityOption)
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [catalogApi, kinds]);
  const options = entities.value ?? [];
  const selected = options.find(o => o.ref === props.value) ?? null;
  let helperText = props.error ?? props.helperText;
  if (entities.error) {
    helperText = t('common.picker.loadFailed', {
      many: props.noun.many,
      error: errorMessage(entities.error),
    });
  }
  return (
    <Autocomplete
      id={props.id}
      options={options}
      value={selected}
      onChange={(_, option: EntityOption | null) =>
        props.onChange(option?.ref ?? null)
      }
      getOptionLabel={option => option.label}
      getOptionSelected={(option, value) => option.ref === value.ref}
      loading={entities.loading}
      loadingText={t('common.picker.loading')}
      noOptionsText={t('common.picker.noOptions', { many: props.noun.many })}
      renderInput={params => (
        <TextField
          {...params}
          label={props.label}
          variant="outlined"
          size="small"
          error={Boolean(props.error || entities.error)}
          helperText={helperText}
        />
      )}
    />
  );
}
