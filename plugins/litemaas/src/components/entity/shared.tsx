import { ReactNode, useState } from 'react';
import { Entity } from '@backstage/catalog-model';
import { Link, LinkButton } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  LiteMaasModel,
  litemaasModelManagePermission,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { AccessStatusChip, ownAccess, useLiteMaasPaths } from '../common';
import { RequestAccessDialog } from '../RequestAccessDialog';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, max-content) 1fr',
    columnGap: theme.spacing(3),
    rowGap: theme.spacing(1.5),
    margin: 0,
    '& dt': {
      color: theme.palette.text.secondary,
      ...theme.typography.body2,
    },
    '& dd': { margin: 0, minWidth: 0, ...theme.typography.body2 },
  },
}));

/** A definition list: labels on the left, values on the right. */
export function Facts(props: {
  items: Array<[string, ReactNode]>;
  label?: string;
}) {
  const classes = useStyles();
  return (
    <dl className={classes.list} aria-label={props.label}>
      {props.items.map(([label, value]) => (
        <Box key={label} display="contents">
          <dt>{label}</dt>
          <dd>{value ?? '—'}</dd>
        </Box>
      ))}
    </dl>
  );
}

/**
 * Where an admin registers the server in LiteLLM, prefilled from the
 * entity. The admin page may ignore the parameters; the link still lands on
 * the right page.
 */
export function registerPath(
  adminPath: string,
  options: { name: string; endpoint?: string },
): string {
  const params = new URLSearchParams({ register: '1', name: options.name });
  if (options.endpoint) params.set('apiBase', options.endpoint);
  // KServe's vLLM runtimes speak OpenAI, which LiteLLM calls hosted_vllm.
  params.set('providerModel', `hosted_vllm/${options.name}`);
  return `${adminPath}?${params.toString()}`;
}

/** "Register in LiteLLM", for those who may manage models only. */
function RegisterButton(props: { name: string; endpoint?: string }) {
  const paths = useLiteMaasPaths();
  const { allowed } = usePermission({
    permission: litemaasModelManagePermission,
  });
  if (!allowed) return null;
  return (
    <LinkButton
      to={registerPath(paths.admin, props)}
      variant="outlined"
      color="primary"
      size="small"
    >
      Register in LiteLLM
    </LinkButton>
  );
}

/**
 * The entity's model is not one LiteMaaS serves: either nobody named it, or
 * LiteMaaS does not know (or shows) that name.
 */
export function NotRegistered(props: {
  entity: Entity;
  modelName?: string;
  endpoint?: string;
}) {
  const { entity, modelName, endpoint } = props;
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 8 }}>
      <Typography variant="body1">Not registered in LiteLLM</Typography>
      <Typography variant="body2" color="textSecondary">
        {modelName
          ? `LiteMaaS knows no model named ${modelName}, or it is not visible to you.`
          : 'No litemaas.io/model-name annotation names the LiteLLM model that routes to this server.'}
      </Typography>
      <Box>
        {/* The annotation's name when there is one, so the registered model
            and the entity find each other afterwards. */}
        <RegisterButton
          name={modelName ?? entity.metadata.name}
          endpoint={endpoint}
        />
      </Box>
    </Box>
  );
}

/**
 * The caller's way into a model: their access with a link to manage it, or
 * a button to ask for it; and the model's page in AI Models.
 */
export function ModelAccessActions(props: {
  model: LiteMaasModel;
  onRequested(): void;
}) {
  const { model, onRequested } = props;
  const paths = useLiteMaasPaths();
  const [requesting, setRequesting] = useState(false);
  const mine = ownAccess(model);
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" style={{ gap: 12 }}>
      {mine ? (
        <>
          <Box display="flex" alignItems="center" style={{ gap: 8 }}>
            <Typography variant="body2">Your access:</Typography>
            <AccessStatusChip status={mine.status} />
          </Box>
          <Link to={paths.access}>View in My access</Link>
        </>
      ) : (
        <Button
          variant="contained"
          color="primary"
          size="small"
          disabled={!model.available}
          title={
            model.available
              ? undefined
              : 'The model is not available in LiteLLM at the moment'
          }
          onClick={() => setRequesting(true)}
        >
          Request access
        </Button>
      )}
      <Link to={paths.model(model.name)}>Open in AI Models</Link>
      {requesting && (
        <RequestAccessDialog
          open
          model={model}
          onClose={() => setRequesting(false)}
          onRequested={onRequested}
        />
      )}
    </Box>
  );
}
