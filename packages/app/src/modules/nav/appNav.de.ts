/** German for the app's sidebar. */
export default {
  'sidebar.menu': 'Menü',
  'sidebar.settings': 'Einstellungen',
  'sidebar.notifications': 'Benachrichtigungen',
  'sidebar.notificationsUnread': 'Benachrichtigungen ({{unread}})',
  'pages.catalog': 'Katalog',
  'pages.apis': 'APIs',
  'pages.create': 'Erstellen',
  'pages.settings': 'Einstellungen',
  'pages.notifications': 'Benachrichtigungen',
  'pages.visualizer': 'Visualisierung',
};
