/** German: words of budget top-ups, on the keys, usage and Review pages. */
export default {
  'topUps.ask': 'Mehr Budget anfragen',
  'topUps.askLabel': 'Mehr Budget für {{name}} anfragen',
  'topUps.pending': 'Aufstockung um {{amount}} wartet',
  'topUps.applying': 'Aufstockung um {{amount}} wird angewendet',
  'topUps.active': '+{{amount}} bis {{date}}',
  'topUps.ending': '+{{amount}} läuft aus',
  'topUps.cancel': 'Zurückziehen',
  'topUps.cancelLabel': 'Aufstockung für {{name}} zurückziehen',
  'topUps.cancelled': 'Aufstockung für {{name}} zurückgezogen.',
  'topUps.cancelFailed':
    'Die Aufstockung für {{name}} konnte nicht zurückgezogen werden: {{error}}',
  'topUps.loadWhat': 'die Budgetaufstockungen',
  'topUps.status.pending': 'Wartet',
  'topUps.status.applying': 'Wird angewendet',
  'topUps.status.active': 'Läuft',
  'topUps.status.ending': 'Läuft aus',
  'topUps.status.ended': 'Beendet',
  'topUps.status.denied': 'Abgelehnt',
  'topUps.status.cancelled': 'Zurückgezogen',
  'topUps.dialog.title': 'Mehr Budget für {{name}}',
  'topUps.dialog.intro':
    'Ein Admin oder die Verantwortlichen der Modelle des Schlüssels entscheiden, wie bei einer Zugangsanfrage; Sie werden über die Entscheidung benachrichtigt.',
  'topUps.dialog.amount': 'Betrag (USD)',
  'topUps.dialog.amountHelp': 'Kommt zum Budget von {{budget}} hinzu',
  'topUps.dialog.amountRequired': 'Geben Sie einen Betrag ein',
  'topUps.dialog.amountAboveZero': 'Geben Sie einen Betrag über 0 ein',
  'topUps.dialog.amountTooHigh': 'Höchstens {{max}}',
  'topUps.dialog.days': 'Tage',
  'topUps.dialog.daysHelp': 'Ab der Freigabe, {{min}} bis {{max}}',
  'topUps.dialog.daysInvalid':
    'Geben Sie eine ganze Zahl von {{min}} bis {{max}} ein',
  'topUps.dialog.justification': 'Begründung',
  'topUps.dialog.justificationHelp':
    'Warum der Schlüssel mehr braucht, für die Entscheidenden.',
  'topUps.dialog.justificationRequired':
    'Sagen Sie, warum der Schlüssel mehr braucht',
  'topUps.dialog.effect':
    'Nach der Freigabe steigt das Budget des Schlüssels von {{from}} auf {{to}}, bis {{date}}; danach sinkt es wieder.',
  'topUps.dialog.submit': 'Anfragen',
  'topUps.dialog.sent':
    'Mehr Budget für {{name}} angefragt. Sie werden über die Entscheidung benachrichtigt.',
  'topUps.link.close': 'Schließen',
  'topUps.link.teamNotFound':
    'Das Team des Links gehört nicht zu Ihren Teams mit Budget; es gibt nichts aufzustocken.',
  'topUps.link.notFound':
    'Der Schlüssel aus dem Link ist nicht unter Ihren Schlüsseln (vielleicht wurde er widerrufen), es gibt also nichts aufzustocken.',
  'topUps.link.noBudget':
    '{{name}} hat kein Budget, es gibt also nichts aufzustocken.',
  'topUps.link.notWorking':
    '{{name}} hat den Status „{{status}}“: Nur ein funktionierender Schlüssel kann mehr Budget erhalten.',
  'topUps.link.playground':
    '{{name}} ist ein Schlüssel der Testumgebung: Er kann kein zusätzliches Budget erhalten.',
  'topUps.link.pending':
    'Für {{name}} wartet bereits eine Aufstockung auf eine Entscheidung.',
  'topUps.link.running':
    'Für {{name}} läuft bereits eine Aufstockung: Fragen Sie erneut, wenn sie beendet ist.',
  'topUps.details.column': 'Einzelheiten',
  'topUps.details.show': 'Einzelheiten zu {{name}} anzeigen',
  'topUps.details.hide': 'Einzelheiten zu {{name}} ausblenden',
  'topUps.details.title': 'Budgetaufstockungen',
  'topUps.details.label': 'Budgetaufstockungen von {{name}}',
  'topUps.details.none':
    'Für diesen Schlüssel wurde noch keine Aufstockung angefragt.',
  'topUps.details.loading': 'Budgetaufstockungen werden geladen',
  'topUps.details.failed':
    'Die Budgetaufstockungen konnten nicht geladen werden: {{error}}',
  'topUps.history.amountFor': '{{amount}} für {{period}}',
  'topUps.history.budgetChange': 'Budget {{from}} → {{to}}',
  'topUps.history.ran': 'Von {{from}} bis {{until}}',
  'topUps.history.runs': 'Ab {{from}}, bis {{until}}',
  'topUps.history.askedBy': 'Angefragt von {{who}}, {{when}}',
  'topUps.history.approvedBy': 'Freigegeben von {{who}}, {{when}}',
  'topUps.history.deniedBy': 'Abgelehnt von {{who}}, {{when}}',
  'topUps.history.justification': 'Begründung: {{text}}',
  'topUps.history.reason': 'Grund: {{text}}',
  'topUps.history.note': 'Notiz: {{text}}',
  'topUps.review.tab': 'Budgetaufstockungen',
  'topUps.team.name': 'Team {{name}}',
  'topUps.team.intro':
    'Ein Admin entscheidet, wie bei einer Zugangsanfrage; alle im Team werden über die Entscheidung benachrichtigt. Das Budget des Teams gilt für alle Modelle, die seine Mitglieder nutzen.',
  'topUps.team.justificationHelp':
    'Warum das Team mehr braucht, für die Entscheidenden.',
  'topUps.team.justificationRequired': 'Sagen Sie, warum das Team mehr braucht',
  'topUps.team.effect':
    'Nach der Freigabe steigt das Budget des Teams von {{from}} auf {{to}}, bis {{date}}; danach sinkt es wieder.',
  'topUps.team.approveEffect':
    'Das Budget des Teams steigt von {{from}} auf {{to}}, bis {{date}}; danach sinkt es wieder.',
  'topUps.team.approveEffectRaise':
    'Das Budget des Teams steigt um {{amount}}, bis {{date}}; danach sinkt es um ebenso viel.',
  'topUps.team.denyExplanation':
    'Das Team behält sein Budget. Nennen Sie den Grund, damit seine Mitglieder ihn kennen.',
  'topUps.usage.title': 'Budgetaufstockungen',
  'topUps.usage.description':
    'Aufstockungen Ihrer Schlüssel und der Budgets Ihrer Teams, die neuesten zuerst: was angefragt wurde, wer warum entschied und wann sie enden.',
  'topUps.usage.descriptionAll':
    'Die Aufstockungen aller, für Schlüssel und Team-Budgets, die neuesten zuerst.',
  'topUps.usage.tableTitle': 'Budgetaufstockungen ({{total}})',
  'topUps.usage.none':
    'Noch keine Aufstockung angefragt. Fragen Sie auf einer Budgetkarte oben danach, wenn ein Budget knapp wird.',
  'topUps.usage.noneAll': 'Noch niemand hat eine Aufstockung angefragt.',
  'topUps.usage.loading': 'Die Budgetaufstockungen werden geladen',
  'topUps.usage.columns.target': 'Schlüssel oder Team',
  'topUps.usage.columns.amount': 'Betrag',
  'topUps.usage.columns.status': 'Status',
  'topUps.usage.columns.decision': 'Entscheidung',
  'topUps.usage.columns.ends': 'Ende',
  'topUps.usage.key': 'Schlüssel',
  'topUps.usage.team': 'Team-Budget',
  'topUps.usage.waiting': 'Noch nicht entschieden',
  'topUps.usage.endsOn': 'Endet am {{date}}',
  'topUps.usage.endedOn': 'Beendet am {{date}}',
  'topUps.review.heading': 'Budgetaufstockungen',
  'topUps.review.title': 'Wartende Budgetaufstockungen ({{total}})',
  'topUps.review.description':
    'Inhaber von Schlüsseln für die Modelle, die Sie prüfen, bitten für eine Weile um mehr Budget. Eine Freigabe erhöht das Budget des Schlüssels sofort, für die angegebenen Tage; danach sinkt es wieder. Eine Ablehnung braucht einen Grund.',
  'topUps.review.none': 'Keine Aufstockungen warten auf Sie.',
  'topUps.review.columns.key': 'Schlüssel oder Team',
  'topUps.review.columns.owner': 'Inhaber',
  'topUps.review.columns.budget': 'Budget',
  'topUps.review.columns.justification': 'Begründung',
  'topUps.review.columns.asked': 'Angefragt',
  'topUps.review.columns.decide': 'Entscheiden',
  'topUps.review.budgetChange': '{{from}} → {{to}}',
  'topUps.review.plus': '+{{amount}}',
  'topUps.review.forDays': 'für {{period}}',
  'topUps.review.askedBy': 'von {{name}}',
  'topUps.review.approve': 'Freigeben …',
  'topUps.review.approveLabel': 'Aufstockung für {{name}} freigeben',
  'topUps.review.deny': 'Ablehnen …',
  'topUps.review.denyLabel': 'Aufstockung für {{name}} ablehnen',
  'topUps.review.approveTitle': 'Aufstockung für {{name}} freigeben',
  'topUps.review.approveIntro':
    '{{who}} bittet um {{amount}} mehr für {{period}}.',
  'topUps.review.approveHelp':
    'Geben Sie frei wie angefragt, oder weniger bzw. kürzer.',
  'topUps.review.approveEffect':
    'Das Budget des Schlüssels steigt von {{from}} auf {{to}}, bis {{date}}; danach sinkt es wieder.',
  'topUps.review.approveEffectRaise':
    'Das Budget des Schlüssels steigt um {{amount}}, bis {{date}}; danach sinkt es um denselben Betrag.',
  'topUps.review.approveSubmit': 'Freigeben',
  'topUps.review.approved':
    'Aufstockung für {{name}} freigegeben: +{{amount}} bis {{date}}.',
  'topUps.review.denyTitle': 'Aufstockung für {{name}} ablehnen',
  'topUps.review.denyExplanation':
    'Der Schlüssel behält sein Budget. Sagen Sie, warum, damit seine Inhaber es wissen.',
  'topUps.review.denySubmit': 'Ablehnen',
  'topUps.review.denied': 'Aufstockung für {{name}} abgelehnt.',
};
