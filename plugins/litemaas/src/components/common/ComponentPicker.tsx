import { useMemo } from 'react';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { identityApiRef, useApiHolder } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { litemaasModelManagePermission } from '@litemaas/backstage-plugin-litemaas-common';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import useAsync from 'react-use/esm/useAsync';
import { useLitemaasText } from '../../translationText';
import { formatEntityRef } from '../format';
import { errorMessage } from './errors';

interface ComponentOption {
  /** Lower-case `component:ns/name`; '' for "None". */
  ref: string;
  label: string;
}

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');
const EMPTY: ComponentOption[] = [];

/** The refs an entity's owner goes by: its ownedBy relations and spec.owner. */
export function ownerRefsOf(entity: Entity): string[] {
  const refs = (entity.relations ?? [])
    .filter(r => r.type === 'ownedBy')
    .map(r => lower(r.targetRef));
  const owner = (entity.spec as { owner?: unknown } | undefined)?.owner;
  if (typeof owner === 'string' && owner) {
    try {
      refs.push(
        lower(
          stringifyEntityRef(
            parseEntityRef(owner, {
              defaultKind: 'group',
              defaultNamespace: entity.metadata.namespace ?? 'default',
            }),
          ),
        ),
      );
    } catch {
      // Not a ref: owned by nobody we know.
    }
  }
  return refs;
}

function optionOf(entity: Entity): ComponentOption {
  const ref = lower(stringifyEntityRef(entity));
  const short = formatEntityRef(ref);
  const title = entity.metadata.title;
  return {
    ref,
    label: title && title !== short ? `${title} (${short})` : short,
  };
}

/** An API that could not be made (its own dependencies missing) is none. */
function softly<T>(get: () => T | undefined): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/**
 * The catalog Components the reader may tie keys and playground sessions
 * to: for admins any, for others those they or their teams own (as the
 * backend checks). `available` is false in an app without a catalog.
 */
export function useTieableComponents() {
  const apis = useApiHolder();
  // Looked up softly: an app without a catalog offers no Components, one
  // without permissions has no admins here.
  const catalogApi = softly(() => apis.get(catalogApiRef));
  const identityApi = softly(() => apis.get(identityApiRef));
  const permissionApi = softly(() => apis.get(permissionApiRef));
  const components = useAsync(async () => {
    if (!catalogApi) return undefined;
    const admin = permissionApi
      ? (
          await permissionApi.authorize({
            permission: litemaasModelManagePermission,
          })
        ).result === 'ALLOW'
      : false;
    const ownership = admin
      ? undefined
      : (
          (await identityApi?.getBackstageIdentity())?.ownershipEntityRefs ?? []
        ).map(lower);
    if (ownership && !ownership.length) return { admin, options: [] };
    const { items } = await catalogApi.getEntities({
      filter: {
        kind: 'component',
        ...(ownership && { 'relations.ownedBy': ownership }),
      },
      fields: [
        'kind',
        'metadata.namespace',
        'metadata.name',
        'metadata.title',
        'spec.owner',
        'relations',
      ],
    });
    const options = items
      .filter(
        entity =>
          !ownership || ownerRefsOf(entity).some(r => ownership.includes(r)),
      )
      .map(optionOf)
      .sort((a, b) => a.label.localeCompare(b.label));
    return { admin, options };
  }, [catalogApi, identityApi, permissionApi]);
  return {
    available: Boolean(catalogApi),
    admin: components.value?.admin ?? false,
    loading: components.loading,
    error: components.error,
    options: components.value?.options ?? EMPTY,
  };
}

/**
 * An optional catalog Component (autocomplete): the spend of a key or a
 * playground session tied to one counts for it, its System and Domain.
 * With `allowNone`, "None" unties. Nothing is shown without a catalog.
 */
export function ComponentPicker(props: {
  id: string;
  /** A Component ref, or null for none. */
  value: string | null;
  onChange(ref: string | null): void;
  allowNone?: boolean;
  error?: string;
  helperText?: string;
  disabled?: boolean;
}) {
  const t = useLitemaasText();
  const tieable = useTieableComponents();
  const value = props.value ? lower(props.value) : null;
  const options = useMemo(() => {
    const list: ComponentOption[] = [...tieable.options];
    // The key's Component stays on offer even where the reader may not
    // tie keys to it: an admin tied it, or it changed owners.
    if (value && !list.some(o => o.ref === value)) {
      list.unshift({ ref: value, label: formatEntityRef(value) });
    }
    if (props.allowNone) {
      list.unshift({ ref: '', label: t('keys.component.none') });
    }
    return list;
  }, [tieable.options, value, props.allowNone, t]);
  if (!tieable.available) return null;
  const selected =
    options.find(o => o.ref === (value ?? '')) ??
    (props.allowNone ? options[0] : null);
  let helperText =
    props.error ??
    props.helperText ??
    (tieable.admin ? t('keys.component.hintAdmin') : t('keys.component.hint'));
  if (tieable.error) {
    helperText = t('keys.component.loadFailed', {
      error: errorMessage(tieable.error),
    });
  }
  return (
    <Autocomplete
      id={props.id}
      options={options}
      value={selected}
      disabled={props.disabled}
      onChange={(_, option: ComponentOption | null) =>
        props.onChange(option?.ref ? option.ref : null)
      }
      getOptionLabel={option => option.label}
      getOptionSelected={(option, current) => option.ref === current.ref}
      loading={tieable.loading}
      loadingText={t('keys.component.loading')}
      clearText={t('keys.component.clear')}
      openText={t('keys.component.open')}
      closeText={t('keys.component.close')}
      noOptionsText={t('keys.component.noOptions')}
      renderInput={params => (
        <TextField
          {...params}
          label={t('keys.component.label')}
          variant="outlined"
          size="small"
          error={Boolean(props.error || tieable.error)}
          helperText={helperText}
        />
      )}
    />
  );
}
