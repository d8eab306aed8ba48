/** German: words of approval rules (editor, check, review chips, history). */
export default {
  'rules.action': 'Freigaberegeln',
  'rules.tableAction': 'Regeln',
  'rules.actionLabel': 'Freigaberegeln von {{model}}',
  'rules.title': 'Freigaberegeln von {{model}}',
  'rules.intro':
    'Regeln entscheiden Anfragen für dieses Modell, bevor eine Person es tut. Zuerst wird eine Ablehnungsregel geprüft, dann zwei Freigaben, dann automatische Freigaben in der Reihenfolge unten; alles andere wartet auf eine prüfende Person.',
  'rules.openModel':
    '{{model}} ist offen: Anfragen werden sofort gewährt, Regeln gelten erst, wenn es eingeschränkt ist.',
  'rules.fromConfig':
    'Diese Regeln stammen aus der Konfiguration des Portals (app-config) und können hier nicht geändert werden. Ändern Sie sie dort unter litemaas.models.',
  'rules.updated': 'Zuletzt gespeichert von {{who}} {{when}}.',
  'rules.none': 'Keine Regeln: Jede Anfrage wartet auf eine prüfende Person.',
  'rules.add': 'Regel hinzufügen',
  'rules.editLabel': 'Regel {{name}} bearbeiten',
  'rules.removeLabel': 'Regel {{name}} entfernen',
  'rules.up': 'Regel {{name}} nach oben',
  'rules.down': 'Regel {{name}} nach unten',
  'rules.save': 'Regeln speichern',
  'rules.close': 'Schließen',
  'rules.saved': 'Freigaberegeln von {{model}} gespeichert.',
  'rules.notSaved': 'Die Regeln wurden nicht gespeichert:',
  'rules.unsaved': 'Änderungen noch nicht gespeichert.',
  'rules.adminOnly': 'Nur Admins',
  'rules.adminOnlyHelp':
    'Von einem Admin gesetzt: nur Admins ändern oder entfernen diese Regel.',
  'rules.kinds.autoApprove': 'Automatisch freigeben',
  'rules.kinds.twoApprovals': 'Zwei Freigaben',
  'rules.kinds.escalate': 'Eskalieren',
  'rules.kinds.deny': 'Ablehnen',
  'rules.say.autoApprove':
    'Sofort freigeben, wenn die Limits höchstens {{ceiling}} betragen und die anfragende Person in {{groups}} ist',
  'rules.say.autoApproveMany':
    'Sofort freigeben, wenn die Limits höchstens {{ceiling}} betragen und die anfragende Person in einer von {{groups}} ist',
  'rules.say.noGroups': 'noch keiner Gruppe',
  'rules.say.twoApprovals':
    'Zwei verschiedene Prüfende verlangen, wenn das Budget über {{amount}} liegt oder unbegrenzt ist',
  'rules.say.escalate':
    'Die Admins benachrichtigen, wenn eine Anfrage {{duration}} gewartet hat',
  'rules.say.deny':
    'Sofort ablehnen, es sei denn, {{who}} besitzt eine Entität vom Typ {{kind}}',
  'rules.say.denyWith':
    'Sofort ablehnen, es sei denn, {{who}} besitzt eine Entität vom Typ {{kind}} mit {{filter}}',
  'rules.say.subject': 'die Person oder das Team, für die der Zugang ist,',
  'rules.say.requester': 'die anfragende Person',
  'rules.form.addTitle': 'Neue Regel',
  'rules.form.editTitle': 'Regel {{name}}',
  'rules.form.name': 'Name',
  'rules.form.nameHelp':
    'Entscheidungen nennen die Regel: Buchstaben, Ziffern, Leerzeichen, _ . -',
  'rules.form.adminOnly': 'Nur Admins dürfen diese Regel ändern oder entfernen',
  'rules.form.kind': 'Art',
  'rules.form.groups': 'Gruppen',
  'rules.form.groupsHelp':
    'Gruppen-Refs durch Kommas getrennt, z. B. group:default/ml-platform',
  'rules.form.ceiling':
    'Höchstens freigegeben: ein Budget, dazu nach Wunsch TPM oder RPM. Eine Anfrage über mehr oder ohne Limit wartet auf eine prüfende Person.',
  'rules.form.maxBudget': 'Budget höchstens (USD)',
  'rules.form.budgetDuration': 'Budgetzeitraum mindestens',
  'rules.form.budgetDurationHelp':
    'z. B. 30d, 1w, 1mo. Leer: Standard des Modells',
  'rules.form.tpm': 'TPM höchstens',
  'rules.form.rpm': 'RPM höchstens',
  'rules.form.aboveBudget': 'Budget über (USD)',
  'rules.form.aboveBudgetHelp':
    'Eine Anfrage mit mehr Budget als diesem, oder ohne, braucht zwei Prüfende.',
  'rules.form.afterDays': 'Wartetage',
  'rules.form.afterDaysHelp':
    'Die Admins werden einmal benachrichtigt, 1 bis 365 Tage nach der Anfrage.',
  'rules.form.requireKind': 'Besitzt eine Entität vom Typ',
  'rules.form.requireOwner': 'Wer sie besitzen muss',
  'rules.form.filter': 'Wo {{field}} ist',
  'rules.form.filterHelp': 'Leer: beliebig',
  'rules.form.reason': 'Begründung der Ablehnung (optional)',
  'rules.form.apply': 'Übernehmen',
  'rules.form.cancel': 'Abbrechen',
  'rules.form.nameRequired': 'Geben Sie einen Namen ein',
  'rules.form.nameTaken': 'Eine andere Regel hat diesen Namen',
  'rules.form.number': 'Geben Sie eine Zahl ab 0 ein',
  'rules.form.wholeNumber': 'Geben Sie eine ganze Zahl ein',
  'rules.form.days': 'Geben Sie eine ganze Zahl von Tagen von 1 bis 365 ein',
  'rules.form.duration': 'Etwa 30d, 1w oder 1mo',
  'rules.form.needCeiling':
    'Budget angeben: Eine automatische Freigabe braucht eines',
  'rules.form.needGroups': 'Geben Sie mindestens einen Gruppen-Ref ein',
  'rules.form.oneEscalate': 'Ein Modell hat höchstens eine Eskalationsregel',
  'rules.check.title': 'Was würde passieren',
  'rules.check.intro':
    'Probiert die Regeln oben, gespeichert oder nicht, an einer Anfrage aus. Es wird nichts geschrieben.',
  'rules.check.subject': 'Für (Personen- oder Gruppen-Ref)',
  'rules.check.subjectHelp':
    'z. B. user:default/alice oder group:default/ml-platform',
  'rules.check.requester': 'Angefragt von (Personen-Ref, optional)',
  'rules.check.requesterHelp': 'Leer: die Person, für die es ist, oder Sie',
  'rules.check.limits': 'Angefragte Limits (leer: Standards des Modells)',
  'rules.check.maxBudget': 'Budget (USD)',
  'rules.check.budgetDuration': 'Budgetzeitraum',
  'rules.check.tpm': 'TPM',
  'rules.check.rpm': 'RPM',
  'rules.check.run': 'Prüfen',
  'rules.check.failed': 'Prüfung nicht möglich: {{error}}',
  'rules.check.outcome.granted': 'Sofort gewährt durch Regel „{{rule}}“',
  'rules.check.outcome.denied': 'Sofort abgelehnt durch Regel „{{rule}}“',
  'rules.check.outcome.twoApprovals':
    'Wartet auf zwei verschiedene Prüfende (Regel „{{rule}}“)',
  'rules.check.outcome.people': 'Wartet auf eine prüfende Person',
  'rules.check.why': 'Warum: {{reason}}',
  'rules.check.looked': 'Betrachtete Limits: {{limits}}',
  'rules.check.escalate':
    'Die Admins werden nach {{duration}} ohne Entscheidung benachrichtigt.',
  'rules.chips.approvals': '{{done}} von {{required}} Freigaben',
  'rules.chips.approvalsRule':
    '{{done}} von {{required}} Freigaben (Regel {{rule}})',
  'rules.chips.approvalsBy':
    'Freigegeben von {{who}}; die nächste Freigabe muss von einer anderen Person kommen',
  'rules.chips.escalated': 'Eskaliert',
  'rules.chips.escalatedTitle':
    'Die Admins wurden am {{date}} benachrichtigt: Die Anfrage wartet zu lange',
  'rules.history.approvalRecorded':
    '{{actor}} gab die erste von zwei Freigaben',
  'rules.history.escalated': '{{actor}} eskalierte die Anfrage an die Admins',
  'rules.history.ruleSkipped': '{{actor}} konnte eine Regel nicht prüfen',
  'rules.reasons.approved':
    'Freigegeben durch Regel „{{rule}}“: Limits innerhalb ihrer Obergrenze, {{who}} in {{group}}',
  'rules.reasons.denied': 'Abgelehnt durch Regel „{{rule}}“: {{why}}',
  'rules.reasons.twoApprovals':
    'Braucht zwei Freigaben (Regel „{{rule}}“): Das Budget von {{amount}} liegt über {{above}}',
  'rules.reasons.twoApprovalsUnlimited':
    'Braucht zwei Freigaben (Regel „{{rule}}“): Das Budget ist unbegrenzt, über {{above}}',
  'rules.reasons.approvals': '{{n}} von 2 Freigaben (Regel „{{rule}}“)',
  'rules.reasons.approvalsWith':
    '{{n}} von 2 Freigaben (Regel „{{rule}}“): {{reason}}',
  'rules.reasons.escalated':
    'Keine Entscheidung innerhalb von {{days}} Tagen: an die Admins eskaliert (Regel „{{rule}}“)',
  'rules.reasons.skipped':
    'Regel „{{rule}}“ konnte den Katalog nicht lesen ({{error}}): Personen entscheiden',
  'rules.reasons.noRule':
    'Keine Regel entscheidet: Eine prüfende Person entscheidet',
  'rules.reasons.noRules':
    'Das Modell hat keine Freigaberegeln: Eine prüfende Person entscheidet',
};
