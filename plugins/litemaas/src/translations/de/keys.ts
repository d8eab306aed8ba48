/** German: words of API keys: the list, its dialogs and key delivery. */
export default {
  'keys.title': 'API-Schlüssel',
  'keys.titleWithTotal': 'API-Schlüssel ({{total}})',
  'keys.create': 'Schlüssel erstellen',
  'keys.showRevoked': 'Widerrufene anzeigen',
  'keys.attentionOne':
    '1 Schlüssel hat sein Budget überschritten oder läuft innerhalb einer Woche ab.',
  'keys.attentionMany':
    '{{total}} Schlüssel haben ihr Budget überschritten oder laufen innerhalb einer Woche ab.',
  'keys.actions.edit': 'Bearbeiten',
  'keys.actions.rotate': 'Rotieren',
  'keys.actions.revoke': 'Widerrufen',
  'keys.empty.title': 'Noch keine API-Schlüssel',
  'keys.empty.intro':
    'Mit einem API-Schlüssel ruft Ihr Code Modelle über das Modell-Gateway des Unternehmens auf. Zwei Schritte:',
  'keys.empty.step1':
    '1. {{action}}: auf dem Tab {{models}}. Offene Modelle werden sofort freigegeben, beschränkte nach Zustimmung ihres Verantwortlichen.',
  'keys.empty.step1Action': 'Zugang zu einem Modell erhalten',
  'keys.empty.modelsTab': 'Modelle',
  'keys.empty.step2':
    '2. {{action}}: hier für die Modelle, auf die Sie Zugang haben, für sich selbst oder ein Team. Sein Wert wird einmal angezeigt, mit Beispielen zum Ausprobieren.',
  'keys.empty.step2Action': 'Schlüssel erstellen',
  'keys.empty.browse': 'Modelle ansehen',
  'keys.rotation.oldStopped': 'Der alte Wert funktioniert nicht mehr.',
  'keys.rotation.oldWorksUntil':
    'Der alte Wert funktioniert noch bis {{date}} ({{relative}}), danach nicht mehr. Stellen Sie bis dahin alles, was den Schlüssel nutzt, auf den neuen Wert um.',
  'keys.rotation.oldWorksFor':
    'Der alte Wert funktioniert noch {{period}}, danach nicht mehr. Stellen Sie bis dahin alles, was den Schlüssel nutzt, auf den neuen Wert um.',
  'keys.revoke.title': '{{name}} widerrufen?',
  'keys.revoke.confirm': 'Widerrufen',
  'keys.revoke.done': '{{name}} widerrufen.',
  'keys.revoke.body':
    'Anfragen mit diesem Schlüssel schlagen sofort fehl, und das lässt sich nicht rückgängig machen: Um die Modelle wieder aufzurufen, erstellen Sie einen neuen Schlüssel.',
  'keys.revoke.team':
    'Er gehört {{team}}: Er funktioniert für niemanden im Team mehr.',
  'keys.table.name': 'Name',
  'keys.table.owner': 'Inhaber',
  'keys.table.models': 'Modelle',
  'keys.table.status': 'Status',
  'keys.table.spend': 'Ausgaben',
  'keys.table.created': 'Erstellt',
  'keys.table.actions': 'Aktionen',
  'keys.table.me': 'Ich',
  'keys.table.team': 'Team',
  'keys.table.oldValueUntil': 'Alter Wert endet {{when}}',
  'keys.table.createdBy': 'von {{who}}',
  'keys.table.expires': 'Ablauf: {{when}}',
  'keys.table.neverExpires': 'läuft nie ab',
  'keys.table.reload': 'Neu laden',
  'keys.status.active': 'Aktiv',
  'keys.status.activeHelp': 'Einsatzbereit.',
  'keys.status.expiringSoon': 'Läuft bald ab',
  'keys.status.expiringSoonHelp':
    'Läuft innerhalb einer Woche ab: Erstellen Sie rechtzeitig einen neuen Schlüssel.',
  'keys.status.expired': 'Abgelaufen',
  'keys.status.expiredHelp':
    'Das Ablaufdatum ist überschritten: Anfragen damit werden abgelehnt.',
  'keys.status.blocked': 'Gesperrt',
  'keys.status.blockedHelp':
    'Ein Admin hat ihn gesperrt: Anfragen damit werden abgelehnt.',
  'keys.status.overBudget': 'Budget überschritten',
  'keys.status.overBudgetHelp':
    'Die Ausgaben haben das Budget erreicht: Anfragen werden abgelehnt, bis der nächste Budgetzeitraum beginnt.',
  'keys.status.revoking': 'Wird widerrufen',
  'keys.status.revokingHelp':
    'Im Portal widerrufen, vom Gateway aber noch nicht bestätigt (es war nicht erreichbar): Er kann noch funktionieren, bis das Portal es erneut versucht, was automatisch geschieht.',
  'keys.status.revoked': 'Widerrufen',
  'keys.status.revokedHelp':
    'Aus dem Gateway gelöscht: Er funktioniert nicht mehr.',
  'keys.status.creating': 'Wird erstellt',
  'keys.status.creatingHelp': 'Wird gerade im Gateway erstellt.',
  'keys.status.failed': 'Fehlgeschlagen',
  'keys.status.failedHelp':
    'Das Gateway konnte ihn nicht erstellen. Er hat nie funktioniert.',
  'keys.origin.provisioned': 'Bereitgestellt',
  'keys.origin.provisionedHelp':
    'Von einem Admin im Stapel erstellt, z. B. für einen Workshop',
  'keys.origin.adopted': 'Übernommen',
  'keys.origin.adoptedHelp': 'In LiteLLM gefunden und vom Portal übernommen',
  'keys.origin.playground': 'Testumgebung',
  'keys.origin.playgroundHelp':
    'Für eine Sitzung in der Testumgebung ausgestellt: kurzlebig, wird mit dem Ende der Sitzung widerrufen',
  'keys.budget.usedUp': 'Budget aufgebraucht',
  'keys.budget.used': '{{percent}} verbraucht',
  'keys.budget.within': 'Im Budget',
  'keys.budget.none': 'Kein Budget',
  'keys.budget.spendOf': '{{spend}} von {{budget}}',
  'keys.budget.spendLabel': 'Ausgaben: {{amount}}',
  'keys.budget.per': 'pro {{period}}',
  'keys.form.name': 'Name',
  'keys.form.models': 'Modelle',
  'keys.form.noAccessAnyMore': '{{model}} (kein Zugang mehr)',
  'keys.form.nameRequired': 'Geben Sie dem Schlüssel einen Namen',
  'keys.form.nameTooLong': 'Höchstens 100 Zeichen',
  'keys.form.chooseModel': 'Wählen Sie mindestens ein Modell',
  'keys.form.modelsOfTeam': 'Modelle, auf die {{team}} Zugang hat.',
  'keys.form.modelsOfYou': 'Modelle, auf die Sie Zugang haben.',
  'keys.form.limits': 'Limits',
  'keys.expiry.label': 'Läuft ab',
  'keys.expiry.inDays': 'In {{days}} Tagen',
  'keys.expiry.inDaysDefault': 'In {{days}} Tagen (Standard)',
  'keys.expiry.onDate': 'An einem Datum …',
  'keys.expiry.never': 'Nie',
  'keys.expiry.date': 'Ablaufdatum',
  'keys.expiry.endOfDay':
    'Der Schlüssel funktioniert bis zum Ende dieses Tages.',
  'keys.expiry.atMostDays': 'Höchstens {{days}} Tage.',
  'keys.expiry.atMostDaysFromToday': 'Höchstens {{days}} Tage ab heute',
  'keys.expiry.neverHint':
    'Der Schlüssel funktioniert, bis ihn jemand widerruft.',
  'keys.expiry.pickDate': 'Wählen Sie ein Datum',
  'keys.expiry.pickFutureDate': 'Wählen Sie ein Datum in der Zukunft',
  'keys.noGrants.you':
    'Sie haben noch auf kein Modell Zugang, ein Schlüssel könnte also nichts aufrufen.',
  'keys.noGrants.team':
    '{{team}} hat noch auf kein Modell Zugang, ein Schlüssel könnte also nichts aufrufen.',
  'keys.noGrants.next':
    'Zuerst: {{link}}. Offene Modelle werden sofort freigegeben, beschränkte nach einer Prüfung.',
  'keys.noGrants.link': 'Zugang zu einem Modell anfragen',
  'keys.limits.wholeNumber': 'Geben Sie eine ganze Zahl ab 0 ein',
  'keys.limits.amount': 'Geben Sie eine Zahl ab 0 ein',
  'keys.limits.duration': 'Geben Sie eine Dauer wie 7d, 30d oder 1mo ein',
  'keys.limits.durationHint': 'z. B. 7d, 30d oder 1mo',
  'keys.limits.tpm': 'Tokens pro Minute (TPM)',
  'keys.limits.rpm': 'Anfragen pro Minute (RPM)',
  'keys.limits.budget': 'Budget (USD)',
  'keys.limits.budgetPeriod': 'Budgetzeitraum',
  'keys.limits.default': 'Standard',
  'keys.limits.fallback': '{{label}}: {{value}}',
  'keys.limits.maxBudget': 'Max. Budget (USD)',
  'keys.limits.maxBudgetHint':
    'Anfragen stoppen, wenn die Ausgaben es erreichen',
  'keys.limits.budgetPeriodHint':
    'z. B. 7d, 30d oder 1mo; leer: wird nie zurückgesetzt',
  'keys.limits.softBudget': 'Warnbudget (USD)',
  'keys.limits.softBudgetHint': 'Nur eine Warnung, Anfragen laufen weiter',
  'keys.limits.maxParallel': 'Max. parallele Anfragen',
  'keys.limits.max': 'Max. {{value}}',
  'keys.limits.maxOfGrant': 'Max. {{value}} (Zugang)',
  'keys.limits.overMax': 'Über dem Maximum von {{value}}',
  'keys.limits.overGrant': 'Über dem Limit des Zugangs ({{value}})',
  'keys.limits.softOverMax':
    'Setzen Sie es unter das max. Budget, sonst warnt es nie',
  'keys.limits.atLeastGrantPeriod':
    'Mindestens {{period}}, der Zeitraum des Zugangs',
  'keys.limits.perModel': 'Limits pro Modell',
  'keys.limits.perModelSet': 'Limits pro Modell ({{n}} gesetzt)',
  'keys.limits.chooseModelsFirst':
    'Wählen Sie zuerst die Modelle des Schlüssels.',
  'keys.limits.perModelHelp':
    'Engere Limits für einzelne Modelle, innerhalb der Limits des Schlüssels. Leer: Es gilt der Zugang des Inhabers zum Modell, wo er eines setzt (grau angezeigt), sonst nur die Limits des Schlüssels.',
  'keys.limits.perModelField': '{{limit}} für {{model}}',
  'keys.createDialog.title': 'API-Schlüssel erstellen',
  'keys.createDialog.submit': 'Erstellen',
  'keys.createDialog.intro':
    'Mit einem Schlüssel ruft Code die gewählten Modelle über das Gateway auf, innerhalb seiner Limits. Sein Wert wird einmal angezeigt, direkt nach dem Erstellen.',
  'keys.createDialog.nameHint':
    'Wofür er ist, z. B. „ci-pipeline“ oder „mein Laptop“',
  'keys.createDialog.owner': 'Inhaber',
  'keys.createDialog.myself': 'Ich selbst',
  'keys.createDialog.teamOption': '{{team}} (Team)',
  'keys.createDialog.ownerOnlyYou': 'Nur Sie sehen und nutzen ihn.',
  'keys.createDialog.ownerNoTeam':
    'Sie sind in keinem Team, der Schlüssel gehört also Ihnen.',
  'keys.createDialog.ownerTeam':
    'Alle in {{team}} können ihn sehen, rotieren und widerrufen; er nutzt die Zugänge des Teams.',
  'keys.createDialog.accessError':
    'Ihre Zugänge konnten nicht geladen werden: {{error}}',
  'keys.createDialog.expiry': 'Ablauf',
  'keys.createDialog.theDefault': 'Standard',
  'keys.createDialog.limitsHelp':
    'Leere Felder erhalten den grau angezeigten Standardwert; wo es ein Maximum, aber keinen Standard gibt, gilt das Maximum. Die Zugänge des Inhabers zu den gewählten Modellen begrenzen sie.',
  'keys.createDialog.budgetForGood':
    'Einer der Zugänge hat ein einmaliges Budget: Das Budget des Schlüssels wird nicht zurückgesetzt.',
  'keys.createDialog.settingsError':
    'Die Schlüsseleinstellungen konnten nicht geladen werden, daher fehlen Standardwerte und Maxima; sie gelten trotzdem. {{error}}',
  'keys.editDialog.title': '{{name}} bearbeiten',
  'keys.editDialog.submit': 'Speichern',
  'keys.editDialog.saved': '{{name}} gespeichert.',
  'keys.editDialog.untick':
    'Entfernen Sie {{models}}: Der Inhaber des Schlüssels hat keinen Zugang mehr',
  'keys.editDialog.grantsError':
    'Die Zugänge konnten nicht geladen werden, daher werden nur die bisherigen Modelle des Schlüssels angeboten. {{error}}',
  'keys.editDialog.keepExpires': 'Beibehalten: Ablauf {{when}}',
  'keys.editDialog.keepNever': 'Beibehalten: läuft nie ab',
  'keys.editDialog.limitsHelp':
    'Ein leeres Feld bedeutet kein Limit, außer es gibt ein Maximum oder der Zugang des Inhabers setzt eines (grau angezeigt): Dann gilt dieses.',
  'keys.rotateDialog.title': '{{name}} rotieren?',
  'keys.rotateDialog.submit': 'Rotieren',
  'keys.rotateDialog.intro':
    'Der Schlüssel erhält einen neuen Wert, der einmal angezeigt wird. Name, Modelle, Limits und Ausgaben bleiben, wie sie sind. Alles, was den Schlüssel nutzt, braucht den neuen Wert.',
  'keys.rotateDialog.grace': 'Übergangsfrist für den alten Wert',
  'keys.rotateDialog.none': 'Keine',
  'keys.rotateDialog.atOnce':
    'Der alte Wert funktioniert sofort nicht mehr. Wählen Sie dies, wenn er offengelegt worden sein könnte.',
  'keys.rotateDialog.keepsFor':
    'Der alte Wert funktioniert noch {{period}}, Zeit genug, den neuen einzuführen; danach nicht mehr.',
  'keys.issued.title': 'Kopieren Sie diesen Schlüssel jetzt',
  'keys.issued.onlyTime': 'Der Schlüssel wird nur dieses eine Mal angezeigt.',
  'keys.issued.onlyTimeDetail':
    'Das Portal speichert ihn nicht und kann ihn nicht erneut anzeigen. Bewahren Sie ihn sicher auf, etwa in einem Secret-Manager; geht er verloren, rotieren Sie den Schlüssel, um einen neuen Wert zu erhalten.',
  'keys.issued.expires': 'Ablauf: {{when}}',
  'keys.issued.neverExpires': 'läuft nie ab',
  'keys.issued.apiKey': 'API-Schlüssel',
  'keys.issued.copyFailed':
    'Der Browser hat das Kopieren nicht erlaubt: Markieren Sie den Wert und kopieren Sie ihn von Hand.',
  'keys.issued.copy': 'Kopieren',
  'keys.issued.copied': 'Kopiert',
  'keys.issued.tryIt': 'Ausprobieren',
  'keys.issued.callsAt':
    'OpenAI-kompatible Aufrufe von {{model}} über das Gateway unter {{url}}.',
  'keys.issued.calls':
    'OpenAI-kompatible Aufrufe von {{model}} über das Gateway.',
  'keys.issued.noGateway':
    'Die Gateway-URL ist nicht konfiguriert (litemaas.gatewayBaseUrl): Ersetzen Sie <gateway> durch die Adresse, die Ihnen Ihr Plattformteam nennt.',
  'keys.issued.codeExamples': 'Codebeispiele',
  'keys.issued.copySnippet': 'Beispiel kopieren',
  'keys.issued.notCopied':
    'Sie haben den Schlüssel nicht kopiert. Nach dem Schließen kann er nicht erneut angezeigt werden.',
  'keys.doneOnceCopied.done': 'Fertig',
  'keys.doneOnceCopied.goBack': 'Zurück',
  'keys.doneOnceCopied.closeWithoutCopying': 'Ohne Kopieren schließen',
  'keys.issuedValues.copyNow': 'Kopieren Sie diese Schlüssel jetzt.',
  'keys.issuedValues.copyNowDetail':
    'Ihre Werte werden nur dieses eine Mal angezeigt; das Portal kann sie nicht erneut anzeigen.',
  'keys.issuedValues.copyAll': 'Alle als CSV kopieren',
  'keys.issuedValues.copied': 'Kopiert',
  'keys.issuedValues.copyFailed':
    'Der Browser hat das Kopieren nicht erlaubt: Markieren Sie die Tabelle und kopieren Sie sie von Hand.',
  'keys.issuedValues.tableLabel': 'Erstellte Schlüssel',
  'keys.issuedValues.participant': 'Teilnehmer',
  'keys.issuedValues.alias': 'Alias',
  'keys.issuedValues.apiKey': 'API-Schlüssel',
  'keys.delivery.title': 'Workshop-Schlüssel',
  'keys.delivery.intro':
    'Eine von Ihnen ausgeführte Vorlage hat API-Schlüssel ausgestellt und ihre Werte hier hinterlegt, nur für Sie. Sie werden einmal angezeigt: Danach funktioniert dieser Link nicht mehr, und niemand kann sie wieder sehen.',
  'keys.delivery.failed':
    '{{error}}. Wenn Sie sie nicht kopiert haben, widerrufen Sie die Schlüssel (Schlüsselverwaltung → Nach Präfix widerrufen) und führen Sie die Vorlage erneut aus.',
  'keys.delivery.show': 'Schlüssel anzeigen',
  'keys.delivery.noToken':
    'Der Link enthält kein Token: Öffnen Sie ihn so, wie die Vorlage ihn ausgegeben hat.',
  'keys.delivery.shownOne':
    '1 Schlüssel mit dem Alias-Präfix {{prefix}}. Das Portal hat seinen Wert vergessen: Kopieren Sie ihn, bevor Sie diese Seite verlassen.',
  'keys.delivery.shownMany':
    '{{total}} Schlüssel mit dem Alias-Präfix {{prefix}}. Das Portal hat ihre Werte vergessen: Kopieren Sie sie, bevor Sie diese Seite verlassen.',
  'keys.component.label': 'Komponente',
  'keys.component.none': 'Keine',
  'keys.component.hint':
    'Optional: eine Katalog-Komponente, die Ihnen oder Ihren Teams gehört. Die Ausgaben zählen für sie, ihr System und ihre Domäne.',
  'keys.component.hintAdmin':
    'Optional: eine beliebige Katalog-Komponente. Die Ausgaben zählen für sie, ihr System und ihre Domäne.',
  'keys.component.loading': 'Komponenten werden geladen',
  'keys.component.noOptions':
    'Keine Katalog-Komponenten, die Ihnen oder Ihren Teams gehören',
  'keys.component.loadFailed':
    'Die Katalog-Komponenten konnten nicht geladen werden: {{error}}',
  'keys.component.clear': 'Komponente entfernen',
  'keys.component.open': 'Komponenten anzeigen',
  'keys.component.close': 'Komponenten ausblenden',
};
