import { useLitemaasText } from '../../translationText';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import {
  Content,
  EmptyState,
  Header,
  HeaderTabs,
  LinkButton,
  Page,
} from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import { litemaasModelManagePermission } from '@litemaas/backstage-plugin-litemaas-common';
import { AuditPage } from '../AuditPage';
import { ModelListProvider, useLiteMaasPaths, useModelList } from '../common';
import { KeysAdminPage } from '../KeysAdminPage';
import { KeyDeliveryPage } from '../KeyDeliveryPage';
import { KeysPage } from '../KeysPage';
import { ManageModelsPage } from '../ManageModelsPage';
import { ModelDetailPage } from '../ModelDetailPage';
import { ModelsPage } from '../ModelsPage';
import { MyAccessPage } from '../MyAccessPage';
import { ReviewQueuePage } from '../ReviewQueuePage';
import { UsagePage } from '../UsagePage';

interface TabSpec {
  id: string;
  label: string;
  path: string;
}

function NotFound() {
  const paths = useLiteMaasPaths();
  const t = useLitemaasText();
  return (
    <EmptyState
      missing="content"
      title={t('page.notFound.title')}
      description={t('page.notFound.description')}
      action={
        <LinkButton variant="contained" color="primary" to={paths.root}>
          {t('page.notFound.action')}
        </LinkButton>
      }
    />
  );
}

function LiteMaasLayout() {
  const paths = useLiteMaasPaths();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const manage = usePermission({ permission: litemaasModelManagePermission });
  const models = useModelList();
  const t = useLitemaasText();
  const canManage = manage.allowed;
  // Owners review their own models without being admins.
  const canReview =
    canManage || Boolean(models.value?.items.some(m => m.canReview));

  const tabs: TabSpec[] = [
    { id: 'models', label: t('page.tabs.models'), path: paths.root },
    { id: 'access', label: t('page.tabs.access'), path: paths.access },
    { id: 'keys', label: t('page.tabs.keys'), path: paths.keys },
    { id: 'usage', label: t('page.tabs.usage'), path: paths.usage },
    ...(canReview
      ? [{ id: 'review', label: t('page.tabs.review'), path: paths.review }]
      : []),
    ...(canManage
      ? [
          { id: 'admin', label: t('page.tabs.admin'), path: paths.admin },
          {
            id: 'keys-admin',
            label: t('page.tabs.keysAdmin'),
            path: paths.keysAdmin,
          },
        ]
      : []),
    // Admins see the whole trail, owners the events about their models.
    ...(canReview
      ? [{ id: 'audit', label: t('page.tabs.audit'), path: paths.audit }]
      : []),
  ];
  const current = pathname.replace(/\/+$/, '');
  // The longest matching path wins: /admin/keys is Keys admin, not
  // Manage models.
  const selected = tabs.reduce(
    (best, tab, index) =>
      tab.id !== 'models' &&
      (current === tab.path || current.startsWith(`${tab.path}/`)) &&
      (best === -1 || tab.path.length > tabs[best].path.length)
        ? index
        : best,
    -1,
  );

  return (
    <Page themeId="tool">
      <Header title={t('page.title')} subtitle={t('page.subtitle')} />
      <HeaderTabs
        tabs={tabs.map(({ id, label }) => ({ id, label }))}
        selectedIndex={selected === -1 ? 0 : selected}
        onChange={index => navigate(tabs[index].path)}
      />
      <Content>
        <Routes>
          <Route path="/" element={<ModelsPage />} />
          <Route path="/models/:name" element={<ModelDetailPage />} />
          <Route path="/access" element={<MyAccessPage />} />
          <Route path="/review" element={<ReviewQueuePage />} />
          <Route path="/keys" element={<KeysPage />} />
          <Route path="/usage" element={<UsagePage />} />
          <Route path="/admin" element={<ManageModelsPage />} />
          <Route path="/admin/keys" element={<KeysAdminPage />} />
          <Route path="/audit" element={<AuditPage />} />
          <Route path="/deliveries/:id" element={<KeyDeliveryPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Content>
    </Page>
  );
}

/**
 * The whole plugin page: the tab bar and the pages under it. New-system
 * apps get it through the page extension; legacy apps can mount it at
 * `/litemaas/*`.
 *
 * @public
 */
export const LiteMaasPage = () => (
  <ModelListProvider>
    <LiteMaasLayout />
  </ModelListProvider>
);
