/** German for the app's sidebar ("Mitteilungen": "Benachrichtigungen" is cut in the sidebar's width). */
export default {
  'sidebar.menu': 'Menü',
  'sidebar.settings': 'Einstellungen',
  'sidebar.notifications': 'Mitteilungen',
  'sidebar.notificationsUnread': 'Mitteilungen ({{unread}})',
  'pages.catalog': 'Katalog',
  'pages.apis': 'APIs',
  'pages.create': 'Erstellen',
  'pages.settings': 'Einstellungen',
  'pages.notifications': 'Mitteilungen',
  'pages.visualizer': 'Visualisierung',
};
