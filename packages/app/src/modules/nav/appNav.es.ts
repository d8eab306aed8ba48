/** Spanish for the app's sidebar. */
export default {
  'sidebar.menu': 'Menú',
  'sidebar.settings': 'Configuración',
  'sidebar.notifications': 'Notificaciones',
  'sidebar.notificationsUnread': 'Notificaciones ({{unread}})',
  'pages.catalog': 'Catálogo',
  'pages.apis': 'API',
  'pages.create': 'Crear',
  'pages.settings': 'Configuración',
  'pages.notifications': 'Notificaciones',
  'pages.visualizer': 'Visualizador',
};
