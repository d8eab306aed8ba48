/** Japanese for the app's sidebar. */
export default {
  'sidebar.menu': 'メニュー',
  'sidebar.settings': '設定',
  'sidebar.notifications': '通知',
  'sidebar.notificationsUnread': '通知 ({{unread}})',
  'pages.catalog': 'カタログ',
  'pages.apis': 'API',
  'pages.create': '作成',
  'pages.settings': '設定',
  'pages.notifications': '通知',
  'pages.visualizer': 'ビジュアライザー',
};
