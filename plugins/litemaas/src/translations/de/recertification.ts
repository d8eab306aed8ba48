/** German: words of the Review page's sections and its recertifications. */
export default {
  'reviewTabs.label': 'Bereiche der Prüfung',
  'reviewTabs.requests': 'Anfragen und Zugänge',
  'reviewTabs.recertification': 'Rezertifizierung',
  'recertification.title': 'Rezertifizierungen ({{total}})',
  'recertification.description':
    'Bestätigen Sie, wer die Modelle, die Sie prüfen, noch braucht: Jede Rezertifizierung listet alle Zugänge ihrer Modelle auf, die bis zu einer Frist behalten oder beendet werden.',
  'recertification.start.button': 'Rezertifizierung starten',
  'recertification.start.noModels':
    'Sie prüfen kein Modell, es gibt also nichts zu rezertifizieren.',
  'recertification.start.title': 'Rezertifizierung starten',
  'recertification.start.explanation':
    'Alle aktuellen Zugänge der gewählten Modelle werden ihren Prüfenden zum Behalten oder Beenden vorgelegt. Die Prüfenden werden jetzt benachrichtigt und vor der Frist erinnert.',
  'recertification.start.name': 'Name',
  'recertification.start.nameHelp': 'Optional. Leer: „{{name}}“.',
  'recertification.start.defaultNameOne': 'Prüfung von {{model}} am {{date}}',
  'recertification.start.defaultNameMany':
    'Prüfung von {{total}} Modellen am {{date}}',
  'recertification.start.models': 'Modelle',
  'recertification.start.allModels': 'Alle Modelle, die ich prüfe',
  'recertification.start.modelsRequired': 'Wählen Sie mindestens ein Modell',
  'recertification.start.deadline': 'Frist',
  'recertification.start.deadlineHelp':
    'Zugänge, die bis zum Ende dieses Tages niemand bestätigt hat, werden wie unten gewählt behandelt.',
  'recertification.start.deadlineRequired': 'Wählen Sie eine Frist',
  'recertification.start.onDeadline': 'Wenn die Frist abläuft',
  'recertification.start.onDeadlineEnd': 'Nicht bestätigte Zugänge beenden',
  'recertification.start.onDeadlineEndHelp':
    'Ihre Modelle verschwinden aus den Schlüsseln der Inhaber.',
  'recertification.start.onDeadlineFlag': 'Nur markieren',
  'recertification.start.onDeadlineFlagHelp':
    'Sie bleiben aktiv und werden für Sie zur Nachverfolgung markiert.',
  'recertification.start.submit': 'Starten',
  'recertification.start.started':
    'Rezertifizierung gestartet: {{total}} Zugänge zu prüfen.',
  'recertification.start.startedOne':
    'Rezertifizierung gestartet: 1 Zugang zu prüfen.',
  'recertification.empty.title': 'Noch keine Rezertifizierungen',
  'recertification.empty.description':
    'Eine Rezertifizierung listet alle Zugänge der gewählten Modelle mit letzter Nutzung und Kosten auf, damit Sie sie bis zu einer Frist behalten oder beenden.',
  'recertification.listColumns.name': 'Name',
  'recertification.listColumns.models': 'Modelle',
  'recertification.listColumns.deadline': 'Frist',
  'recertification.listColumns.onDeadline': 'Bei Fristablauf',
  'recertification.listColumns.status': 'Status',
  'recertification.listColumns.progress': 'Fortschritt',
  'recertification.listColumns.createdBy': 'Gestartet von',
  'recertification.modelsMore': '+{{more}}',
  'recertification.inDays': 'in {{days}} Tagen',
  'recertification.withinADay': 'innerhalb eines Tages',
  'recertification.tomorrow': 'morgen',
  'recertification.passed': 'Abgelaufen',
  'recertification.closedOn': 'Abgeschlossen am {{date}}',
  'recertification.onDeadline.end': 'Beenden',
  'recertification.onDeadline.flag': 'Markieren',
  'recertification.status.open': 'Offen',
  'recertification.status.closed': 'Abgeschlossen',
  'recertification.progress.decided': '{{decided}} von {{total}} entschieden',
  'recertification.progress.label': 'Entschiedene Zugänge',
  'recertification.progress.none': 'Keine Zugänge',
  'recertification.progress.count': '{{decision}}: {{number}}',
  'recertification.decision.pending': 'Ausstehend',
  'recertification.decision.keep': 'Behalten',
  'recertification.decision.end': 'Beendet',
  'recertification.decision.expired': 'Zur Frist beendet',
  'recertification.decision.flagged': 'Markiert',
  'recertification.decision.gone': 'Entfallen',
  'recertification.decision.by': 'von {{name}}, {{when}}',
  'recertification.decision.notConfirmed': 'Bis zur Frist nicht bestätigt',
  'recertification.decision.goneExplanation':
    'Der Zugang endete auf anderem Weg',
  'recertification.detail.back': 'Alle Rezertifizierungen',
  'recertification.detail.loading': 'Rezertifizierung wird geladen',
  'recertification.detail.deadline': 'Frist: {{date}}',
  'recertification.detail.onDeadlineEnd':
    'Dann enden die Zugänge, die niemand bestätigt hat.',
  'recertification.detail.onDeadlineFlag':
    'Dann werden die Zugänge markiert, die niemand bestätigt hat.',
  'recertification.detail.models': 'Modelle: {{list}}',
  'recertification.detail.startedBy': 'Gestartet von {{name}} am {{date}}',
  'recertification.detail.closed':
    'Diese Rezertifizierung wurde am {{date}} abgeschlossen. Ihre Entscheidungen sind endgültig und lassen sich nur noch lesen und exportieren.',
  'recertification.detail.flaggedNote':
    'Markierte Zugänge sind weiter aktiv: Beenden Sie nicht mehr benötigte unter „Anfragen und Zugänge“.',
  'recertification.detail.tableTitle': 'Zugänge ({{total}})',
  'recertification.detail.tableLabel': 'Zugänge in Prüfung',
  'recertification.detail.none':
    'Diese Rezertifizierung enthält keine Zugänge der Modelle, die Sie prüfen.',
  'recertification.detail.undecidedOnly': 'Nur unentschiedene',
  'recertification.detail.allDecided':
    'Alle Zugänge dieser Rezertifizierung sind entschieden.',
  'recertification.detail.showAll': 'Alle anzeigen',
  'recertification.detail.reload': 'Neu laden',
  'recertification.detail.selectAll': 'Alle Zugänge auswählen',
  'recertification.detail.select': '{{model}} für {{subject}} auswählen',
  'recertification.detail.selected': '{{total}} ausgewählt',
  'recertification.detail.keepSelected': 'Auswahl behalten',
  'recertification.detail.endSelected': 'Auswahl beenden …',
  'recertification.columns.subject': 'Für',
  'recertification.columns.model': 'Modell',
  'recertification.columns.limits': 'Limits',
  'recertification.columns.granted': 'Erteilt',
  'recertification.columns.lastUsed': 'Zuletzt genutzt',
  'recertification.columns.usage': '90 Tage',
  'recertification.columns.decision': 'Entscheidung',
  'recertification.columns.actions': 'Aktionen',
  'recertification.never': 'Nie',
  'recertification.neverHelp':
    'Keine Nutzung in den Daten, die das Portal aufbewahrt',
  'recertification.notRecently': 'Nicht in den letzten 90 Tagen',
  'recertification.requests': '{{requests}} Anfragen',
  'recertification.requestsOne': '1 Anfrage',
  'recertification.keep': 'Behalten',
  'recertification.keepLabel': '{{model}} für {{subject}} behalten',
  'recertification.end': 'Beenden …',
  'recertification.endLabel': '{{model}} für {{subject}} beenden',
  'recertification.endDialog.titleOne': '{{model}} für {{subject}} beenden?',
  'recertification.endDialog.titleMany': '{{total}} Zugänge beenden?',
  'recertification.endDialog.explanationOne':
    '{{model}} verschwindet aus den Schlüsseln von {{subject}}; ein Schlüssel ohne Modell wird widerrufen.',
  'recertification.endDialog.explanationMany':
    'Jedes Modell verschwindet aus den Schlüsseln seiner Inhaber; ein Schlüssel ohne Modell wird widerrufen.',
  'recertification.endDialog.reason': 'Grund (optional)',
  'recertification.endDialog.reasonHelp':
    'Wird mit der Entscheidung gespeichert; die Inhaber des Zugangs sehen ihn in dessen Verlauf.',
  'recertification.endDialog.submitOne': 'Zugang beenden',
  'recertification.endDialog.submitMany': 'Zugänge beenden',
  'recertification.keptOne': '{{model}} für {{subject}} behalten.',
  'recertification.keptMany': '{{total}} Zugänge behalten.',
  'recertification.endedOne':
    '{{subject}} hat {{model}} nicht mehr; die Schlüssel haben das Modell verloren.',
  'recertification.endedMany':
    '{{total}} Zugänge beendet; die Schlüssel haben die Modelle verloren.',
  'recertification.keptPartly':
    '{{done}} von {{total}} Zugängen behalten; {{failed}} fehlgeschlagen.',
  'recertification.endedPartly':
    '{{done}} von {{total}} Zugängen beendet; {{failed}} fehlgeschlagen.',
  'recertification.keptOutcome': '{{done}} behalten; {{failed}} fehlgeschlagen',
  'recertification.endedOutcome': '{{done}} beendet; {{failed}} fehlgeschlagen',
  'recertification.keepFailed':
    'Die Zugänge konnten nicht behalten werden: {{error}}',
  'recertification.unknownError': 'Unbekannter Fehler',
  'recertification.describe': '{{model}} für {{subject}}',
  'recertification.export.button': '{{format}} exportieren',
  'recertification.export.failed':
    'Die Entscheidungen konnten nicht als {{format}} exportiert werden: {{error}}',
};
