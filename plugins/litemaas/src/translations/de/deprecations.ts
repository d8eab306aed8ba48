/** German: words of model deprecation (chips, banners, the admins' dialog, the campaigns). */
export default {
  'deprecation.chip.deprecated': 'Abgekündigt',
  'deprecation.chip.retired': 'Eingestellt',
  'deprecation.chip.deprecatedTitle':
    'Abgekündigt: wird am {{date}} eingestellt',
  'deprecation.chip.deprecatedMoveTitle':
    'Abgekündigt: wird am {{date}} eingestellt; wechseln Sie zu {{replacement}}',
  'deprecation.chip.retiredTitle': 'Eingestellt am {{date}}',
  'deprecation.chip.retiredMoveTitle':
    'Eingestellt am {{date}}; nutzen Sie {{replacement}}',
  'deprecation.when.inDays': 'in {{days}} Tagen',
  'deprecation.when.tomorrow': 'morgen',
  'deprecation.when.today': 'heute',
  'deprecation.when.due': 'beim nächsten Lauf',
  'deprecation.banner.deprecated':
    'Abgekündigt: wird am {{date}} eingestellt ({{when}}).',
  'deprecation.banner.moveTo': 'Wechseln Sie zu {{replacement}}.',
  'deprecation.banner.noReplacement':
    'Es wurde kein Ersatz genannt: Fragen Sie den Inhaber des Modells.',
  'deprecation.banner.retired': 'Eingestellt am {{date}}.',
  'deprecation.banner.retiredText':
    'Das Modell wurde aus allen Schlüsseln entfernt und seine Zugänge sind beendet; es kann nicht mehr angefragt werden.',
  'deprecation.banner.useInstead': 'Nutzen Sie stattdessen {{replacement}}.',
  'deprecation.banner.note': 'Hinweis: {{note}}',
  'deprecation.banner.campaign': 'Kampagne verfolgen',
  'deprecation.request.disabled':
    'Eingestellt am {{date}}: Es kann nicht mehr angefragt werden.',
  'deprecation.request.warning':
    '{{model}} ist abgekündigt und wird am {{date}} eingestellt: Der Zugang endet dann.',
  'deprecation.request.warningMove':
    '{{model}} ist abgekündigt und wird am {{date}} eingestellt: Der Zugang endet dann. Erwägen Sie stattdessen {{replacement}}.',
  'deprecation.action.deprecate': 'Abkündigen…',
  'deprecation.action.manage': 'Abkündigung…',
  'deprecation.action.deprecateLabel': '{{model}} abkündigen',
  'deprecation.action.manageLabel': 'Abkündigung von {{model}}',
  'deprecation.dialog.titleNew': '{{model}} abkündigen',
  'deprecation.dialog.titleEdit': 'Abkündigung von {{model}}',
  'deprecation.dialog.explanation':
    'Alle, die das Modell nutzen dürfen, und die Inhaber der mit seinen Schlüsseln verknüpften Components werden jetzt benachrichtigt und 30, 7 und 1 Tag vor dem Datum erinnert. Am Datum wird das Modell aus allen Schlüsseln entfernt und seine Zugänge enden.',
  'deprecation.dialog.replacement': 'Ersatz',
  'deprecation.dialog.noReplacement': 'Keiner',
  'deprecation.dialog.replacementHelp':
    'Das Modell, zu dem gewechselt werden soll. Empfohlen.',
  'deprecation.dialog.replacementMissing':
    'Ohne Ersatz erfahren die Betroffenen nur das Datum.',
  'deprecation.dialog.retireAt': 'Einstellungsdatum',
  'deprecation.dialog.retireAtHelp':
    'Das Modell wird am Ende dieses Tages eingestellt.',
  'deprecation.dialog.dateRequired': 'Wählen Sie ein Einstellungsdatum',
  'deprecation.dialog.dateNotFuture': 'Wählen Sie einen Tag nach heute',
  'deprecation.dialog.note': 'Hinweis an die Betroffenen',
  'deprecation.dialog.noteHelp':
    'Optional: warum, oder was vor dem Wechsel zu prüfen ist.',
  'deprecation.dialog.submitNew': 'Abkündigen',
  'deprecation.dialog.submitEdit': 'Änderungen speichern',
  'deprecation.dialog.created':
    '{{model}} ist abgekündigt; die Betroffenen werden benachrichtigt.',
  'deprecation.dialog.saved': 'Die Abkündigung von {{model}} ist gespeichert.',
  'deprecation.dialog.retiredInfo':
    '{{model}} wurde am {{date}} eingestellt. Wird die Abkündigung aufgehoben, kann es wieder angefragt werden; beendete Zugänge und Schlüssel bleiben beendet.',
  'deprecation.dialog.close': 'Schließen',
  'deprecation.dialog.others': 'Weitere Aktionen',
  'deprecation.cancel.action': 'Abkündigung aufheben',
  'deprecation.cancel.title': 'Abkündigung von {{model}} aufheben?',
  'deprecation.cancel.text':
    'Das Modell ist nicht mehr abgekündigt: Die Betroffenen behalten es und niemand wird erinnert.',
  'deprecation.cancel.retiredText':
    'Das Modell kann wieder angefragt werden. Beendete Zugänge und Schlüssel bleiben beendet.',
  'deprecation.cancel.confirm': 'Abkündigung aufheben',
  'deprecation.cancel.done': 'Die Abkündigung von {{model}} ist aufgehoben.',
  'deprecation.retire.action': 'Jetzt einstellen',
  'deprecation.retire.title': '{{model}} jetzt einstellen?',
  'deprecation.retire.text':
    'Das Modell wird sofort aus allen Schlüsseln entfernt und alle Zugänge dazu enden, ohne auf das Datum zu warten. Die Schlüssel erhalten es nicht zurück.',
  'deprecation.retire.typeName': 'Geben Sie zur Bestätigung {{model}} ein',
  'deprecation.retire.mismatch': 'Geben Sie den Namen des Modells genau ein',
  'deprecation.retire.confirm': 'Jetzt einstellen',
  'deprecation.retire.done': '{{model}} ist eingestellt.',
  'deprecation.tab': 'Abkündigungen',
  'deprecation.list.title': 'Abgekündigte Modelle ({{total}})',
  'deprecation.list.description':
    'Modelle, die auslaufen: wer sie nutzt, wer zum Ersatz gewechselt ist und wann sie eingestellt werden.',
  'deprecation.list.empty': 'Kein Modell ist abgekündigt',
  'deprecation.list.emptyText':
    'Admins kündigen ein Modell unter „Modelle verwalten“ ab, mit Ersatz und Datum; die Kampagne erscheint dann hier.',
  'deprecation.list.loadWhat': 'die Abkündigungskampagnen',
  'deprecation.list.reload': 'Neu laden',
  'deprecation.list.columns.model': 'Modell',
  'deprecation.list.columns.replacement': 'Ersatz',
  'deprecation.list.columns.retireAt': 'Einstellung',
  'deprecation.list.columns.state': 'Stand',
  'deprecation.list.columns.progress': 'Gewechselt',
  'deprecation.list.columns.reminders': 'Erinnerungen',
  'deprecation.list.none': 'Keiner',
  'deprecation.state.deprecated': 'Abgekündigt',
  'deprecation.state.retiring': 'Wird eingestellt',
  'deprecation.state.retired': 'Eingestellt',
  'deprecation.state.retiringHelp':
    'Eingestellt, aber einige Schlüssel enthalten das Modell noch: Der nächste Lauf versucht es erneut.',
  'deprecation.progress.moved': '{{moved}} von {{total}} gewechselt',
  'deprecation.progress.label': 'Betroffene, die gewechselt sind',
  'deprecation.progress.counts':
    'Inaktiv: {{idle}} · Nutzen es noch: {{using}}',
  'deprecation.progress.none': 'Niemand nutzt es',
  'deprecation.reminders.none': 'Noch keine',
  'deprecation.reminders.sent': '{{days}} Tage vorher',
  'deprecation.subject.moved': 'Gewechselt',
  'deprecation.subject.idle': 'Inaktiv',
  'deprecation.subject.using': 'Nutzt es noch',
  'deprecation.subject.movedHelp':
    'Seit 7 Tagen keine Anfrage an das Modell, aber welche an den Ersatz.',
  'deprecation.subject.idleHelp':
    'Seit 7 Tagen keine Anfrage an eines der beiden Modelle.',
  'deprecation.subject.usingHelp':
    'Anfragen an das Modell in den letzten 7 Tagen.',
  'deprecation.detail.back': 'Alle Abkündigungen',
  'deprecation.detail.loading': 'Kampagne wird geladen',
  'deprecation.detail.loadWhat': 'die Kampagne',
  'deprecation.detail.notFound': '{{model}} ist nicht abgekündigt.',
  'deprecation.detail.retires': 'Wird am {{date}} eingestellt ({{when}})',
  'deprecation.detail.retiredOn': 'Eingestellt am {{date}}',
  'deprecation.detail.replacement': 'Ersatz: {{replacement}}',
  'deprecation.detail.noReplacement': 'Kein Ersatz genannt',
  'deprecation.detail.by': 'Abgekündigt von {{name}} am {{date}}',
  'deprecation.detail.remindersSent': 'Gesendete Erinnerungen: {{list}}',
  'deprecation.detail.holders': 'Betroffene ({{total}})',
  'deprecation.detail.holdersLabel': 'Betroffene des Modells',
  'deprecation.detail.noHolders': 'Niemand nutzt das Modell.',
  'deprecation.detail.columns.subject': 'Betroffene',
  'deprecation.detail.columns.state': 'Stand',
  'deprecation.detail.columns.requests': 'Anfragen 7 T.',
  'deprecation.detail.columns.spend': 'Kosten 7 T.',
  'deprecation.detail.columns.lastUsed': 'Zuletzt genutzt',
  'deprecation.detail.columns.replacementRequests': 'Beim Ersatz 7 T.',
  'deprecation.detail.columns.replacementAccess': 'Zugang zum Ersatz',
  'deprecation.detail.columns.keys': 'Schlüssel',
  'deprecation.detail.never': 'Nie',
  'deprecation.detail.yes': 'Ja',
  'deprecation.detail.no': 'Nein',
  'deprecation.detail.noKeys': 'Kein Schlüssel',
  'deprecation.detail.components': 'Benachrichtigte Components ({{total}})',
  'deprecation.detail.componentsNone':
    'Kein Schlüssel des Modells ist mit einer Component verknüpft.',
  'deprecation.detail.component': 'Component',
  'deprecation.detail.owner': 'Inhaber',
  'deprecation.detail.noOwner': 'Kein Inhaber',
  'deprecation.detail.remind': 'Jetzt erinnern',
  'deprecation.detail.reminded':
    '{{total}} Betroffene erinnert, die noch nicht gewechselt sind.',
  'deprecation.detail.remindedOne':
    '1 Betroffene Person erinnert, die noch nicht gewechselt ist.',
  'deprecation.detail.remindedNone':
    'Niemand zu erinnern: Alle Betroffenen sind gewechselt oder wurden heute schon erinnert.',
  'deprecation.detail.remindFailed': 'Erinnern nicht möglich: {{error}}',
  'deprecation.detail.edit': 'Bearbeiten',
  'deprecation.detail.reload': 'Kampagne neu laden',
  'deprecation.run.title': 'Abkündigungsaufgabe',
  'deprecation.run.now': 'Jetzt ausführen',
  'deprecation.run.none':
    'Die Abkündigungsaufgabe ist seit dem Start des Portals noch nicht gelaufen.',
  'deprecation.run.last': 'Letzter Lauf {{when}}:',
  'deprecation.run.summary':
    'benachrichtigt: {{announced}} · erinnert: {{reminded}} · eingestellt: {{retired}} · beendete Zugänge: {{grants}} · geänderte Schlüssel: {{keys}} · erneut zu versuchen: {{failed}}',
  'deprecation.run.failed':
    'Der letzte Lauf ist {{when}} fehlgeschlagen: {{error}}',
  'deprecation.run.asked':
    'Die Abkündigungsaufgabe ist angestoßen; sie läuft in Kürze.',
  'deprecation.run.done': 'Die Abkündigungsaufgabe ist gelaufen.',
  'deprecation.run.runFailed':
    'Die Abkündigungsaufgabe konnte nicht ausgeführt werden: {{error}}',
  'deprecation.run.loadWhat': 'letzter Lauf der Abkündigungsaufgabe',
};
