/** German: words of Keys admin. */
export default {
  'keysAdmin.title': 'Schlüsselverwaltung',
  'keysAdmin.tabsLabel': 'Schlüsselverwaltung',
  'keysAdmin.sections.all': 'Alle Schlüssel',
  'keysAdmin.sections.settings': 'Schlüsseleinstellungen',
  'keysAdmin.sections.teams': 'Team-Budgets',
  'keysAdmin.sections.reconcile': 'Abgleich',
  'keysAdmin.sections.offboarding': 'Offboarding',
  'keysAdmin.denied.title': 'Nur Admins können Schlüssel verwalten',
  'keysAdmin.denied.message':
    'Um alle Schlüssel zu verwalten, ist die Berechtigung litemaas.model.manage nötig. Ihre eigenen Schlüssel finden Sie auf dem Tab API-Schlüssel.',
  'keysAdmin.all.titleTotal': 'Alle Schlüssel ({{total}})',
  'keysAdmin.all.provision': 'Workshop-Schlüssel bereitstellen',
  'keysAdmin.all.revokeByPrefix': 'Nach Präfix widerrufen',
  'keysAdmin.all.search': 'Schlüssel suchen',
  'keysAdmin.all.searchPlaceholder': 'Name, Alias, Inhaber oder Präfix',
  'keysAdmin.all.showRevoked': 'Widerrufene anzeigen',
  'keysAdmin.all.reload': 'Neu laden',
  'keysAdmin.all.block': 'Sperren',
  'keysAdmin.all.unblock': 'Entsperren',
  'keysAdmin.all.revoke': 'Widerrufen',
  'keysAdmin.all.gateways': 'Gateways',
  'keysAdmin.all.blocked':
    '{{name}} gesperrt: Anfragen damit werden abgelehnt.',
  'keysAdmin.all.unblocked': '{{name}} entsperrt.',
  'keysAdmin.all.blockFailed':
    '{{name}} konnte nicht gesperrt werden: {{error}}',
  'keysAdmin.all.unblockFailed':
    '{{name}} konnte nicht entsperrt werden: {{error}}',
  'keysAdmin.all.noMatch': 'Keine passenden Schlüssel',
  'keysAdmin.all.noMatchDescription':
    'Kein Schlüssel enthält „{{query}}“ in Name, Alias, Inhaber oder Präfix.',
  'keysAdmin.all.empty': 'Noch keine Schlüssel',
  'keysAdmin.all.emptyDescription':
    'Hier erscheinen die Schlüssel, die Personen erstellen, und die Schlüssel, die Sie bereitstellen.',
  'keysAdmin.all.revokeWarning':
    'Anfragen mit diesem Schlüssel schlagen sofort fehl. Das lässt sich nicht rückgängig machen; um ihn vorübergehend zu stoppen, sperren Sie ihn stattdessen.',
  'keysAdmin.all.revokeWarningFor':
    'Anfragen mit diesem Schlüssel von {{owner}} schlagen sofort fehl. Das lässt sich nicht rückgängig machen; um ihn vorübergehend zu stoppen, sperren Sie ihn stattdessen.',
  'keysAdmin.adopt.title': 'Schlüssel übernehmen',
  'keysAdmin.adopt.confirm': 'Übernehmen',
  'keysAdmin.adopt.explanation':
    'Der Inhaber sieht diesen Schlüssel dann im Portal und kann ihn rotieren, bearbeiten und widerrufen. LiteLLM nennt dafür den Benutzer {{user}}: Diese Angabe kann jeder gesetzt haben, wählen Sie den Inhaber also selbst.',
  'keysAdmin.adopt.explanationNoUser':
    'Der Inhaber sieht diesen Schlüssel dann im Portal und kann ihn rotieren, bearbeiten und widerrufen. LiteLLM nennt dafür keinen Benutzer: Wählen Sie den Inhaber selbst.',
  'keysAdmin.adopt.owner': 'Inhaber',
  'keysAdmin.adopt.ownerNoun': 'Benutzer oder Team',
  'keysAdmin.adopt.ownerNounMany': 'Benutzer und Teams',
  'keysAdmin.adopt.pickOwner': 'Wählen Sie einen Inhaber',
  'keysAdmin.adopt.suggested':
    'Vorschlag aus dem Benutzer des Schlüssels: bitte prüfen',
  'keysAdmin.adopt.ownerHint': 'Ein Benutzer oder ein Team aus dem Katalog',
  'keysAdmin.adopt.name': 'Name im Portal',
  'keysAdmin.gateways.title': '{{name}} in den Gateways',
  'keysAdmin.gateways.intro':
    'Jeder Wert des Schlüssels (zwei während der Übergangsfrist einer Rotation) und die Modelle, die das Gateway damit aufrufen lässt.',
  'keysAdmin.gateways.noValue':
    'Das Gateway hat keinen Wert dieses Schlüssels: Aufrufe darüber werden abgelehnt. Ist der Schlüssel aktiv, rotieren Sie ihn, damit das Gateway einen neuen Wert erhält.',
  'keysAdmin.gateways.value': '{{object}} · Wert {{hash}}…',
  'keysAdmin.gateways.blocked': 'Gesperrt: kein Modell',
  'keysAdmin.gateways.close': 'Schließen',
  'keysAdmin.revokePrefix.title': 'Schlüssel nach Präfix widerrufen',
  'keysAdmin.revokePrefix.explanation':
    'Widerruft jeden aktiven Schlüssel, dessen Alias mit dem Präfix beginnt, z. B. alle Schlüssel eines Workshops. Anfragen damit schlagen sofort fehl; das lässt sich nicht rückgängig machen.',
  'keysAdmin.revokePrefix.prefix': 'Alias-Präfix',
  'keysAdmin.revokePrefix.matchesAll':
    'Dieses Präfix trifft auf jeden im Portal erstellten Schlüssel zu.',
  'keysAdmin.revokePrefix.minLength': 'Mindestens 3 Zeichen.',
  'keysAdmin.revokePrefix.count': 'Schlüssel zählen',
  'keysAdmin.revokePrefix.nothing': 'Nichts zu widerrufen',
  'keysAdmin.revokePrefix.revokeOne': '1 Schlüssel widerrufen',
  'keysAdmin.revokePrefix.revokeMany': '{{n}} Schlüssel widerrufen',
  'keysAdmin.revokePrefix.matchedNone':
    'Kein aktiver Schlüssel hat einen Alias, der mit {{prefix}} beginnt.',
  'keysAdmin.revokePrefix.matchedOne':
    '1 aktiver Schlüssel hat einen Alias, der mit {{prefix}} beginnt.',
  'keysAdmin.revokePrefix.matchedMany':
    '{{n}} aktive Schlüssel haben einen Alias, der mit {{prefix}} beginnt.',
  'keysAdmin.revokePrefix.revokedOne':
    '1 Schlüssel mit dem Alias-Präfix {{prefix}} widerrufen.',
  'keysAdmin.revokePrefix.revokedMany':
    '{{n}} Schlüssel mit dem Alias-Präfix {{prefix}} widerrufen.',
  'keysAdmin.teamBudget.titleNew': 'Team-Budget festlegen',
  'keysAdmin.teamBudget.titleEdit': 'Budget von {{team}}',
  'keysAdmin.teamBudget.save': 'Speichern',
  'keysAdmin.teamBudget.explanation':
    'Die Ausgaben aller Schlüssel des Teams zusammen. LiteLLM lehnt die Schlüssel des Teams ab, sobald sie das Budget erreichen, bis der Zeitraum neu beginnt.',
  'keysAdmin.teamBudget.team': 'Team',
  'keysAdmin.teamBudget.teamNoun': 'Team',
  'keysAdmin.teamBudget.teamNounMany': 'Teams',
  'keysAdmin.teamBudget.teamHint': 'Eine Gruppe aus dem Katalog',
  'keysAdmin.teamBudget.pickTeam': 'Wählen Sie ein Team',
  'keysAdmin.teamBudget.budgetRequired': 'Legen Sie ein Budget in USD fest',
  'keysAdmin.teamBudget.budgetPositive':
    'Legen Sie ein Budget über {{amount}} fest',
  'keysAdmin.teams.description':
    'Ein Team-Budget begrenzt die Ausgaben aller Schlüssel des Teams zusammen, zusätzlich zum eigenen Budget jedes Schlüssels. Ist es aufgebraucht, lehnt LiteLLM die Schlüssel des Teams ab, bis der Zeitraum neu beginnt.',
  'keysAdmin.teams.empty':
    'Das Portal kennt noch keine Teams: Teams erscheinen hier, sobald sie Zugang zu einem Modell oder einen Schlüssel haben. Mit der Schaltfläche oben legen Sie ein Budget für jede Gruppe aus dem Katalog fest.',
  'keysAdmin.teams.columns.team': 'Team',
  'keysAdmin.teams.columns.spend': 'Ausgaben',
  'keysAdmin.teams.columns.budget': 'Budget',
  'keysAdmin.teams.columns.period': 'Zeitraum',
  'keysAdmin.teams.columns.nextReset': 'Nächster Reset',
  'keysAdmin.teams.columns.status': 'Status',
  'keysAdmin.teams.columns.actions': 'Aktionen',
  'keysAdmin.teams.notInLiteLLM': 'Noch nicht in LiteLLM',
  'keysAdmin.teams.alertAt': 'Warnung ab {{amount}}',
  'keysAdmin.teams.neverResets': 'Ohne Reset',
  'keysAdmin.teams.budgetPer': '{{amount}} pro {{period}}',
  'keysAdmin.teams.edit': 'Bearbeiten',
  'keysAdmin.teams.editLabel': 'Budget von {{team}} bearbeiten',
  'keysAdmin.teams.setBudget': 'Budget festlegen',
  'keysAdmin.teams.setLabel': 'Budget von {{team}} festlegen',
  'keysAdmin.teams.remove': 'Entfernen',
  'keysAdmin.teams.removeLabel': 'Budget von {{team}} entfernen',
  'keysAdmin.teams.removeTitle': 'Budget von {{team}} entfernen?',
  'keysAdmin.teams.removeConfirm': 'Budget entfernen',
  'keysAdmin.teams.removeText':
    'Die Schlüssel des Teams sind dann nur noch durch ihre eigenen Budgets begrenzt. Die bisherigen Ausgaben bleiben erfasst.',
  'keysAdmin.teams.saved': 'Budget von {{team}} auf {{budget}} gesetzt.',
  'keysAdmin.teams.removed': 'Budget von {{team}} entfernt.',
  'keysAdmin.held.title': '{{n}} zurückgehaltene Reparaturen',
  'keysAdmin.held.explanation':
    'Ein Abgleich hätte mehr Schlüssel auf einmal geändert, als sicher ist (LiteLLM leer neu gestartet oder seine Schlüsselliste unvollständig?), und hat deshalb nichts getan. Bestätigen Sie, was richtig ist; jede Aktion wird vorher erneut mit LiteLLM geprüft.',
  'keysAdmin.held.tableLabel': 'Zurückgehaltene Reparaturen',
  'keysAdmin.held.columns.action': 'Aktion',
  'keysAdmin.held.columns.key': 'Schlüssel',
  'keysAdmin.held.columns.owner': 'Inhaber',
  'keysAdmin.held.columns.why': 'Grund',
  'keysAdmin.held.columns.since': 'Zurückgehalten',
  'keysAdmin.held.actions.markRevoked': 'Als widerrufen markieren',
  'keysAdmin.held.actions.deleteFromGateway': 'Aus LiteLLM löschen',
  'keysAdmin.held.select': '{{key}} auswählen',
  'keysAdmin.held.confirmAll': 'Alle {{n}} bestätigen',
  'keysAdmin.held.confirmSelected': '{{n}} ausgewählte bestätigen',
  'keysAdmin.held.dismissAll': 'Alle {{n}} verwerfen',
  'keysAdmin.held.dismissSelected': '{{n}} ausgewählte verwerfen',
  'keysAdmin.held.confirmTitle': 'Zurückgehaltene Reparaturen bestätigen',
  'keysAdmin.held.dismissTitle': 'Reparaturen verwerfen',
  'keysAdmin.held.confirm': 'Bestätigen',
  'keysAdmin.held.dismiss': 'Verwerfen',
  'keysAdmin.held.confirmText':
    'Das Portal prüft jede der {{n}} erneut, markiert dann die Schlüssel, die LiteLLM nicht hat, als widerrufen und löscht verwaiste Schlüssel, die niemandem gehören. Das lässt sich nicht rückgängig machen.',
  'keysAdmin.held.dismissText':
    'Die {{n}} bleiben, wie sie sind, und werden nicht erneut vorgeschlagen.',
  'keysAdmin.held.confirmed':
    '{{done}} von {{total}} erledigt; {{rest}} nicht mehr nötig oder fehlgeschlagen (jede wurde erneut geprüft).',
  'keysAdmin.held.dismissed': '{{n}} verworfen: Alles bleibt, wie es ist.',
  'keysAdmin.provision.title': 'Workshop-Schlüssel bereitstellen',
  'keysAdmin.provision.submit': '{{n}} Schlüssel bereitstellen',
  'keysAdmin.provision.submitNone': 'Schlüssel bereitstellen',
  'keysAdmin.provision.explanation':
    'Ein Schlüssel pro Person, benannt als Präfix + Teilnehmer. Die Werte werden einmal angezeigt, nach der Bereitstellung. Ein erneuter Lauf mit demselben Präfix überspringt Teilnehmende, die schon einen Schlüssel haben, und wiederholt die fehlgeschlagenen.',
  'keysAdmin.provision.prefix': 'Alias-Präfix',
  'keysAdmin.provision.prefixHint':
    'Damit beendet „Nach Präfix widerrufen“ auch den Workshop',
  'keysAdmin.provision.prefixRequired':
    'Geben Sie den Schlüsseln ein gemeinsames Präfix',
  'keysAdmin.provision.prefixPattern':
    'Nur Buchstaben, Ziffern, . _ und -, am Anfang ein Buchstabe oder eine Ziffer',
  'keysAdmin.provision.days': 'Läuft ab in (Tagen)',
  'keysAdmin.provision.daysInvalid': 'Eine ganze Zahl von Tagen, ab 1',
  'keysAdmin.provision.daysMax': 'Höchstens {{n}} Tage',
  'keysAdmin.provision.daysHint': 'Höchstens {{n}}',
  'keysAdmin.provision.budget': 'Budget pro Schlüssel (USD)',
  'keysAdmin.provision.budgetHint': 'Leer: kein Budget',
  'keysAdmin.provision.participants': 'Teilnehmende',
  'keysAdmin.provision.participantsHint':
    'Eine Person pro Zeile (bisher {{n}})',
  'keysAdmin.provision.participantsRequired':
    'Fügen Sie mindestens eine teilnehmende Person hinzu',
  'keysAdmin.provision.participantsInvalid':
    'Ungültig: {{list}} (nur Buchstaben, Ziffern und . _ @ + -)',
  'keysAdmin.provision.chooseModel': 'Wählen Sie mindestens ein Modell',
  'keysAdmin.provision.modelsHint':
    'Die Schlüssel gehören Ihnen (dem Admin); sie dürfen diese Modelle aufrufen.',
  'keysAdmin.provision.noModels': 'Derzeit sind keine Modelle verfügbar.',
  'keysAdmin.provision.resultTitle': 'Workshop-Schlüssel',
  'keysAdmin.provision.summary':
    '{{created}} erstellt · {{existing}} hatten schon einen Schlüssel · {{failed}} fehlgeschlagen',
  'keysAdmin.provision.existingTitle':
    'Hatten schon einen Schlüssel (nicht neu erstellt)',
  'keysAdmin.provision.failedTitle':
    'Fehlgeschlagen: Mit demselben Präfix erneut ausführen, um sie zu wiederholen',
  'keysAdmin.provision.notCopied':
    'Sie haben die Schlüssel nicht kopiert. Nach dem Schließen können sie nicht mehr angezeigt werden.',
  'keysAdmin.settings.description':
    'Was neue Schlüssel erhalten und wie weit ihre Inhaber gehen dürfen. Standardwerte füllen Felder, die leer bleiben; Maxima begrenzen, was gesetzt werden darf, und gelten, wenn ein Limit mit Maximum keinen Wert hat. Bestehende Schlüssel behalten ihre Limits.',
  'keysAdmin.settings.maxActive': 'Max. aktive Schlüssel pro Inhaber',
  'keysAdmin.settings.maxActiveHint': 'Pro Person und pro Team',
  'keysAdmin.settings.longest': 'Längste Laufzeit (Tage)',
  'keysAdmin.settings.longestHint': 'Kein Schlüssel darf länger gelten',
  'keysAdmin.settings.allowNever': 'Schlüssel ohne Ablauf erlauben',
  'keysAdmin.settings.personal': 'Persönliche Schlüssel',
  'keysAdmin.settings.personalExplanation':
    'Schlüssel, die Personen für sich selbst erstellen; sie nutzen die eigenen Zugänge der Person.',
  'keysAdmin.settings.team': 'Team-Schlüssel',
  'keysAdmin.settings.teamExplanation':
    'Schlüssel für ein Team; sie nutzen die Zugänge des Teams, und alle Mitglieder können sie verwalten.',
  'keysAdmin.settings.defaultExpiry': 'Standardlaufzeit (Tage)',
  'keysAdmin.settings.defaults': 'Standardwerte',
  'keysAdmin.settings.maximums': 'Maxima',
  'keysAdmin.settings.defaultsOf': '{{kind}}: Standardwerte',
  'keysAdmin.settings.maximumsOf': '{{kind}}: Maxima',
  'keysAdmin.settings.wholeNumber': 'Eine ganze Zahl, ab 1',
  'keysAdmin.settings.atMostLongest':
    'Höchstens die längste Laufzeit ({{n}} Tage)',
  'keysAdmin.settings.fixFields':
    'Korrigieren Sie zuerst die rot markierten Felder.',
  'keysAdmin.settings.save': 'Speichern',
  'keysAdmin.settings.discard': 'Änderungen verwerfen',
  'keysAdmin.settings.saved':
    'Schlüsseleinstellungen gespeichert. Sie gelten für alle ab jetzt erstellten Schlüssel.',
  'keysAdmin.reconcile.description':
    'Alle zwei Minuten vergleicht das Portal seine Schlüssel mit denen von LiteLLM und repariert, was ein Absturz oder eine Änderung in LiteLLM hinterlassen hat. Es rät nie destruktiv: Ein Schlüssel wird erst als widerrufen markiert, wenn er in zwei Läufen fehlt und LiteLLM bestätigt, dass er weg ist, und ein Lauf, der viele Schlüssel auf einmal ändern würde, wartet auf einen Admin. Direkt in LiteLLM erstellte Schlüssel werden nur übernommen, wenn ihr Benutzer genau die Entitätsreferenz oder E-Mail-Adresse eines Katalogbenutzers ist; die übrigen warten hier.',
  'keysAdmin.reconcile.now': 'Jetzt abgleichen',
  'keysAdmin.reconcile.counts.gatewayKeys': '{{n}} Schlüssel in LiteLLM',
  'keysAdmin.reconcile.counts.completed':
    '{{n}} unvollendete Änderungen abgeschlossen',
  'keysAdmin.reconcile.counts.removedFromGateway': '{{n}} aus LiteLLM entfernt',
  'keysAdmin.reconcile.counts.markedRevoked': '{{n}} als widerrufen markiert',
  'keysAdmin.reconcile.counts.resynced': '{{n}} neu synchronisiert',
  'keysAdmin.reconcile.counts.adopted': '{{n}} übernommen',
  'keysAdmin.reconcile.counts.waiting': '{{n}} warten auf eine zweite Sichtung',
  'keysAdmin.reconcile.counts.unmanaged': '{{n}} nicht verwaltet',
  'keysAdmin.reconcile.failed':
    'Der letzte Abgleich ist {{when}} fehlgeschlagen: {{error}}. Er hat nichts geändert.',
  'keysAdmin.reconcile.lastSuccessful':
    'Der letzte erfolgreiche, {{when}}: {{summary}}.',
  'keysAdmin.reconcile.none':
    'Es lief noch kein Abgleich; der erste ist unterwegs.',
  'keysAdmin.reconcile.last': 'Letzter Abgleich {{when}}:',
  'keysAdmin.reconcile.summary': '{{summary}}.',
  'keysAdmin.reconcile.unstable':
    'Die Schlüsselliste von LiteLLM hat sich beim Lesen geändert: Für nichts, was darin fehlte, wurde gehandelt, ohne den Schlüssel einzeln nachzuschlagen.',
  'keysAdmin.reconcile.missingFromList':
    '{{n}} Schlüssel fehlten in der Liste von LiteLLM, existieren aber: unverändert gelassen.',
  'keysAdmin.reconcile.paused':
    'Schlüsseländerungen wurden {{when}} angehalten',
  'keysAdmin.reconcile.pausedText':
    'Bis das gelöst ist, wird nichts repariert und hier kann kein Schlüssel erstellt, rotiert oder widerrufen werden.',
  'keysAdmin.reconcile.takeOver': 'Übernehmen …',
  'keysAdmin.reconcile.takeOverTitle': 'Diese Installation übernehmen?',
  'keysAdmin.reconcile.takeOverConfirm': 'Übernehmen',
  'keysAdmin.reconcile.takeOverText':
    'Nur wenn die Datenbank dieses Portals diejenige ist, die für diese Schlüssel zuständig ist. Stoppen Sie zuerst die andere Kopie oder geben Sie ihr eine eigene {{setting}}: Zwei Datenbanken, die für eine Installation handeln, machen gegenseitig ihre Änderungen rückgängig.',
  'keysAdmin.reconcile.portalKeysOne':
    '{{n}} Schlüssel der Portal-Installation {{id}}',
  'keysAdmin.reconcile.portalKeysMany':
    '{{n}} Schlüssel der Portal-Installation {{id}}',
  'keysAdmin.reconcile.listSeparator': ', ',
  'keysAdmin.reconcile.otherPortals':
    'Dieses LiteLLM teilen sich auch: {{portals}}. Dieses Portal ({{id}}) rührt sie nie an.',
  'keysAdmin.reconcile.attention': '{{n}} Schlüssel brauchen einen Blick',
  'keysAdmin.reconcile.madeOutside':
    'Außerhalb des Portals erstellte Schlüssel',
  'keysAdmin.reconcile.allKnown':
    'Jeder Schlüssel in LiteLLM ist dem Portal bekannt (oder von einem Admin ignoriert).',
  'keysAdmin.reconcile.tableLabel': 'Nicht verwaltete Schlüssel',
  'keysAdmin.reconcile.columns.alias': 'Alias',
  'keysAdmin.reconcile.columns.tokenHash': 'Token-Hash',
  'keysAdmin.reconcile.columns.user': 'LiteLLM-Benutzer',
  'keysAdmin.reconcile.columns.team': 'LiteLLM-Team',
  'keysAdmin.reconcile.columns.made': 'Erstellt',
  'keysAdmin.reconcile.columns.decide': 'Entscheiden',
  'keysAdmin.reconcile.legacy':
    'von einem Portal vor Installations-IDs erstellt',
  'keysAdmin.reconcile.adopt': 'Übernehmen …',
  'keysAdmin.reconcile.adoptLabel': '{{key}} übernehmen',
  'keysAdmin.reconcile.leave': 'Ignorieren',
  'keysAdmin.reconcile.leaveLabel': '{{key}} ignorieren',
  'keysAdmin.reconcile.asked':
    'Abgleich angefordert: Er läuft auf einem Replikat und erscheint hier, sobald er fertig ist.',
  'keysAdmin.reconcile.runFailed': 'Abgleich fehlgeschlagen: {{error}}',
  'keysAdmin.reconcile.left':
    '{{key}} wird ignoriert und ist nicht mehr auf dieser Liste.',
  'keysAdmin.reconcile.leftUnnamed':
    'Der Schlüssel wird ignoriert und ist nicht mehr auf dieser Liste.',
  'keysAdmin.reconcile.leaveFailed':
    'Der Schlüssel konnte nicht ignoriert werden: {{error}}',
  'keysAdmin.reconcile.adopted': '{{name}} gehört jetzt {{owner}}.',
};
