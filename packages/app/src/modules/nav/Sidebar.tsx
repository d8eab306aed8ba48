import {
  Sidebar,
  SidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarScrollWrapper,
  SidebarSpace,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  NavContentBlueprint,
  NavContentComponentProps,
  NavContentNavItem,
} from '@backstage/plugin-app-react';
import { litemaasTranslationRef } from '@litemaas/backstage-plugin-litemaas';
import { SidebarLogo } from './SidebarLogo';
import MenuIcon from '@material-ui/icons/Menu';
import { UserSettingsSignInAvatar } from '@backstage/plugin-user-settings';
import { NotificationsSidebarItem } from '@backstage/plugin-notifications';
import NotificationsIcon from '@material-ui/icons/Notifications';
import { appNavTranslationRef, navTitleKeys } from './translation';

/**
 * The title of a page's nav item in the reader's language. Backstage gives
 * each page one fixed English title; the known pages get theirs from the
 * app's words, LiteMaaS from its own, and any other page keeps its title.
 */
function useNavTitle(): (item: NavContentNavItem) => string {
  const { t } = useTranslationRef(appNavTranslationRef);
  const { t: litemaasText } = useTranslationRef(litemaasTranslationRef);
  return item => {
    const id = item.node.spec.id;
    // The plugin's page title, unless app-config sets another one.
    if (id === 'page:litemaas' && item.title === 'AI Models') {
      return litemaasText('page.title');
    }
    const known = navTitleKeys[id];
    if (known && item.title === known.english) {
      return t(`pages.${known.key}`);
    }
    return item.title;
  };
}

function SidebarNav({ navItems }: NavContentComponentProps) {
  const { t } = useTranslationRef(appNavTranslationRef);
  const titleOf = useNavTitle();
  const link = (item: NavContentNavItem | undefined) =>
    item && (
      <SidebarItem
        key={item.node.spec.id}
        icon={() => item.icon}
        to={item.href}
        text={titleOf(item)}
      />
    );

  // Every item is taken before the rest is read: the rest is what is
  // left after all of these.
  navItems.take('page:notifications'); // NotificationsSidebarItem below
  const catalog = navItems.take('page:catalog');
  const litemaas = navItems.take('page:litemaas');
  const visualizer = navItems.take('page:app-visualizer');
  const settings = navItems.take('page:user-settings');
  // Sorted by the title the reader sees, not by the English one.
  const rest = navItems
    .rest()
    .map(item => ({ item, title: titleOf(item) }))
    .sort((a, b) => a.title.localeCompare(b.title))
    .map(({ item }) => link(item));

  return (
    <Sidebar>
      <SidebarLogo />
      <SidebarGroup label={t('sidebar.menu')} icon={<MenuIcon />}>
        {link(catalog)}
        {link(litemaas)}
        <SidebarDivider />
        <SidebarScrollWrapper>{rest}</SidebarScrollWrapper>
      </SidebarGroup>
      <SidebarSpace />
      <SidebarDivider />
      <NotificationsSidebarItem
        renderItem={({ unreadCount, to, onClick }) => (
          // The unread count is part of the item's words, so the link's
          // name says what it shows (the stock item's badge is not in
          // its accessible name).
          <SidebarItem
            icon={NotificationsIcon}
            to={to}
            onClick={onClick}
            text={
              unreadCount
                ? t('sidebar.notificationsUnread', {
                    unread: unreadCount > 99 ? '99+' : String(unreadCount),
                  })
                : t('sidebar.notifications')
            }
          />
        )}
      />
      <SidebarDivider />
      <SidebarGroup
        label={t('sidebar.settings')}
        icon={<UserSettingsSignInAvatar />}
        to="/settings"
      >
        {link(visualizer)}
        {link(settings)}
      </SidebarGroup>
    </Sidebar>
  );
}

export const SidebarContent = NavContentBlueprint.make({
  params: { component: SidebarNav },
});
