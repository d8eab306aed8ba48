/** Spanish for the Notifications page and its settings. */
export default {
  'notificationsPage.title': 'Notificaciones',
  'notificationsPage.tableTitle.all_one':
    'Todas las notificaciones ({{count}})',
  'notificationsPage.tableTitle.all_other':
    'Todas las notificaciones ({{count}})',
  'notificationsPage.tableTitle.saved_one':
    'Notificaciones guardadas ({{count}})',
  'notificationsPage.tableTitle.saved_other':
    'Notificaciones guardadas ({{count}})',
  'notificationsPage.tableTitle.unread_one':
    'Notificaciones sin leer ({{count}})',
  'notificationsPage.tableTitle.unread_other':
    'Notificaciones sin leer ({{count}})',
  'notificationsPage.tableTitle.read_one': 'Notificaciones leídas ({{count}})',
  'notificationsPage.tableTitle.read_other':
    'Notificaciones leídas ({{count}})',
  'filters.title': 'Filtros',
  'filters.view.label': 'Vista',
  'filters.view.unread': 'Notificaciones sin leer',
  'filters.view.read': 'Notificaciones leídas',
  'filters.view.saved': 'Guardadas',
  'filters.view.all': 'Todas',
  'filters.createdAfter.label': 'Enviadas',
  'filters.createdAfter.placeholder': 'Notificaciones desde',
  'filters.createdAfter.last24h': 'Últimas 24 h',
  'filters.createdAfter.lastWeek': 'Última semana',
  'filters.createdAfter.anyTime': 'En cualquier momento',
  'filters.sortBy.label': 'Ordenar por',
  'filters.sortBy.placeholder': 'Campo de ordenación',
  'filters.sortBy.newest': 'Más recientes primero',
  'filters.sortBy.oldest': 'Más antiguas primero',
  'filters.sortBy.topic': 'Tema',
  'filters.sortBy.origin': 'Origen',
  'filters.severity.label': 'Gravedad mínima',
  'filters.severity.critical': 'Crítica',
  'filters.severity.high': 'Alta',
  'filters.severity.normal': 'Normal',
  'filters.severity.low': 'Baja',
  'filters.topic.label': 'Tema',
  'filters.topic.anyTopic': 'Cualquier tema',
  'table.emptyMessage': 'No hay registros que mostrar',
  'table.pagination.firstTooltip': 'Primera página',
  'table.pagination.labelDisplayedRows': '{from}–{to} de {count}',
  'table.pagination.labelRowsSelect': 'filas',
  'table.pagination.lastTooltip': 'Última página',
  'table.pagination.nextTooltip': 'Página siguiente',
  'table.pagination.previousTooltip': 'Página anterior',
  'table.bulkActions.markAllRead': 'Marcar todas como leídas',
  'table.bulkActions.markSelectedAsRead': 'Marcar la selección como leída',
  'table.bulkActions.returnSelectedAmongUnread':
    'Volver a marcar la selección como no leída',
  'table.bulkActions.saveSelectedForLater':
    'Guardar la selección para más tarde',
  'table.bulkActions.undoSaveForSelected': 'Dejar de guardar la selección',
  'table.confirmDialog.title': '¿Está seguro?',
  'table.confirmDialog.markAllReadDescription':
    'Marcar todas las notificaciones como leídas.',
  'table.confirmDialog.markAllReadConfirmation': 'Marcar todas',
  'table.confirmDialog.cancel': 'Cancelar',
  'table.errors.markAllReadFailed':
    'No se pudieron marcar todas las notificaciones como leídas',
  'sidebar.title': 'Notificaciones',
  'sidebar.errors.markAsReadFailed':
    'No se pudo marcar la notificación como leída',
  'sidebar.errors.fetchNotificationFailed': 'No se pudo cargar la notificación',
  'settings.title': 'Configuración de notificaciones',
  'settings.errorTitle': 'No se pudo cargar la configuración',
  'settings.noSettingsAvailable':
    'No hay configuración de notificaciones disponible; vuelva a consultarlo más tarde',
  'settings.table.origin': 'Origen',
  'settings.table.topic': 'Tema',
  'settings.errors.useNotificationFormat':
    'useNotificationFormat debe usarse dentro de un NotificationFormatProvider',
  'unreadCard.title_one': 'Últimas notificaciones sin leer ({{count}})',
  'unreadCard.title_other': 'Últimas notificaciones sin leer ({{count}})',
  'unreadCard.viewAll': 'Ver todas',
  'unreadCard.emptyState': '¡Está todo al día!',
  'unreadCard.columnNotification': 'Notificación',
  'unreadCard.columnActions': 'Acciones',
  'unreadCard.resultsCount': '{{displayed}} resultados de {{total}}',
};
