import { useLitemaasText } from '../../translationText';
import { ReactNode, useState } from 'react';
import { Entity } from '@backstage/catalog-model';
import { Link, LinkButton } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  AccessPolicy,
  LiteMaasModel,
  litemaasModelManagePermission,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  AccessPolicyChip,
  AccessStatusChip,
  ownAccess,
  useLiteMaasPaths,
  usePolicyText,
  useStatusLabel,
} from '../common';
import { RequestAccessDialog } from '../RequestAccessDialog';
import { DeprecationChip } from '../deprecation';
import { useLocaleFormat } from '../useLocaleFormat';

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
 * The policy's chip with a line saying what it means, for the fact lists,
 * in the reader's language.
 */
export function PolicyFact(props: { policy: AccessPolicy }) {
  const text = usePolicyText();
  return (
    <>
      <AccessPolicyChip policy={props.policy} />
      <Typography variant="caption" color="textSecondary" component="div">
        {text.explanation(props.policy)}
      </Typography>
    </>
  );
}

/** An access status's chip, in the reader's language. */
export function StatusChip(props: {
  status: Parameters<typeof AccessStatusChip>[0]['status'];
}) {
  const label = useStatusLabel();
  return <AccessStatusChip status={props.status} label={label(props.status)} />;
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
  const t = useLitemaasText();
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
      {t('entity.register')}
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
  const t = useLitemaasText();
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 8 }}>
      <Typography variant="body1">{t('entity.notRegistered')}</Typography>
      <Typography variant="body2" color="textSecondary">
        {modelName
          ? t('entity.unknownModel', { model: modelName })
          : t('entity.noAnnotation')}
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
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const [requesting, setRequesting] = useState(false);
  const mine = ownAccess(model);
  // A retired model can no longer be asked for; a deprecated one can.
  let blocked: string | undefined;
  if (model.deprecation?.state === 'retired') {
    blocked = t('deprecation.request.disabled', {
      date: format.date(model.deprecation.retireAt),
    });
  } else if (!model.available) {
    blocked = t('entity.notAvailable');
  }
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" style={{ gap: 12 }}>
      <DeprecationChip deprecation={model.deprecation} />
      {mine ? (
        <>
          <Box display="flex" alignItems="center" style={{ gap: 8 }}>
            <Typography variant="body2">{t('entity.yourAccess')}</Typography>
            <StatusChip status={mine.status} />
          </Box>
          <Link to={paths.access}>{t('entity.viewAccess')}</Link>
        </>
      ) : (
        <Button
          variant="contained"
          color="primary"
          size="small"
          disabled={Boolean(blocked)}
          title={blocked}
          onClick={() => setRequesting(true)}
        >
          {t('models.requestAccess')}
        </Button>
      )}
      <Link to={paths.model(model.name)}>{t('entity.openModel')}</Link>
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
