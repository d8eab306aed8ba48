/** German for the Notifications page and its settings. */
export default {
  'notificationsPage.title': 'Benachrichtigungen',
  'notificationsPage.tableTitle.all_one': 'Alle Benachrichtigungen ({{count}})',
  'notificationsPage.tableTitle.all_other':
    'Alle Benachrichtigungen ({{count}})',
  'notificationsPage.tableTitle.saved_one':
    'Gespeicherte Benachrichtigungen ({{count}})',
  'notificationsPage.tableTitle.saved_other':
    'Gespeicherte Benachrichtigungen ({{count}})',
  'notificationsPage.tableTitle.unread_one':
    'Ungelesene Benachrichtigungen ({{count}})',
  'notificationsPage.tableTitle.unread_other':
    'Ungelesene Benachrichtigungen ({{count}})',
  'notificationsPage.tableTitle.read_one':
    'Gelesene Benachrichtigungen ({{count}})',
  'notificationsPage.tableTitle.read_other':
    'Gelesene Benachrichtigungen ({{count}})',
  'filters.title': 'Filter',
  'filters.view.label': 'Ansicht',
  'filters.view.unread': 'Ungelesene Benachrichtigungen',
  'filters.view.read': 'Gelesene Benachrichtigungen',
  'filters.view.saved': 'Gespeichert',
  'filters.view.all': 'Alle',
  'filters.createdAfter.label': 'Gesendet',
  'filters.createdAfter.placeholder': 'Benachrichtigungen seit',
  'filters.createdAfter.last24h': 'Letzte 24 Stunden',
  'filters.createdAfter.lastWeek': 'Letzte Woche',
  'filters.createdAfter.anyTime': 'Jederzeit',
  'filters.sortBy.label': 'Sortieren nach',
  'filters.sortBy.placeholder': 'Sortierfeld',
  'filters.sortBy.newest': 'Neueste zuerst',
  'filters.sortBy.oldest': 'Älteste zuerst',
  'filters.sortBy.topic': 'Thema',
  'filters.sortBy.origin': 'Herkunft',
  'filters.severity.label': 'Mindestschweregrad',
  'filters.severity.critical': 'Kritisch',
  'filters.severity.high': 'Hoch',
  'filters.severity.normal': 'Normal',
  'filters.severity.low': 'Niedrig',
  'filters.topic.label': 'Thema',
  'filters.topic.anyTopic': 'Alle Themen',
  'table.emptyMessage': 'Keine Einträge vorhanden',
  'table.pagination.firstTooltip': 'Erste Seite',
  'table.pagination.labelDisplayedRows': '{from}–{to} von {count}',
  'table.pagination.labelRowsSelect': 'Zeilen',
  'table.pagination.lastTooltip': 'Letzte Seite',
  'table.pagination.nextTooltip': 'Nächste Seite',
  'table.pagination.previousTooltip': 'Vorherige Seite',
  'table.bulkActions.markAllRead': 'Alle als gelesen markieren',
  'table.bulkActions.markSelectedAsRead': 'Auswahl als gelesen markieren',
  'table.bulkActions.returnSelectedAmongUnread':
    'Auswahl wieder als ungelesen markieren',
  'table.bulkActions.saveSelectedForLater': 'Auswahl für später speichern',
  'table.bulkActions.undoSaveForSelected': 'Speichern der Auswahl aufheben',
  'table.confirmDialog.title': 'Sind Sie sicher?',
  'table.confirmDialog.markAllReadDescription':
    'Alle Benachrichtigungen als gelesen markieren.',
  'table.confirmDialog.markAllReadConfirmation': 'Alle markieren',
  'table.confirmDialog.cancel': 'Abbrechen',
  'table.errors.markAllReadFailed':
    'Die Benachrichtigungen konnten nicht als gelesen markiert werden',
  'sidebar.title': 'Benachrichtigungen',
  'sidebar.errors.markAsReadFailed':
    'Die Benachrichtigung konnte nicht als gelesen markiert werden',
  'sidebar.errors.fetchNotificationFailed':
    'Die Benachrichtigung konnte nicht geladen werden',
  'settings.title': 'Benachrichtigungseinstellungen',
  'settings.errorTitle': 'Die Einstellungen konnten nicht geladen werden',
  'settings.noSettingsAvailable':
    'Keine Benachrichtigungseinstellungen verfügbar, schauen Sie später wieder vorbei',
  'settings.table.origin': 'Herkunft',
  'settings.table.topic': 'Thema',
  'settings.errors.useNotificationFormat':
    'useNotificationFormat muss innerhalb eines NotificationFormatProvider verwendet werden',
  'unreadCard.title_one': 'Letzte ungelesene Benachrichtigungen ({{count}})',
  'unreadCard.title_other': 'Letzte ungelesene Benachrichtigungen ({{count}})',
  'unreadCard.viewAll': 'Alle ansehen',
  'unreadCard.emptyState': 'Alles gelesen!',
  'unreadCard.columnNotification': 'Benachrichtigung',
  'unreadCard.columnActions': 'Aktionen',
  'unreadCard.resultsCount': '{{displayed}} von {{total}} Ergebnissen',
};
