/** German: words of My access, requesting access and the review queue. */
export default {
  'access.title': 'Meine Zugänge',
  'access.tableTitle': 'Meine Zugänge ({{total}})',
  'access.me': 'Mich',
  'access.columns.history': 'Verlauf',
  'access.columns.model': 'Modell',
  'access.columns.for': 'Für',
  'access.columns.status': 'Status',
  'access.columns.requested': 'Angefragt',
  'access.columns.limits': 'Limits',
  'access.columns.actions': 'Aktionen',
  'access.showHistory': 'Verlauf von {{model}} anzeigen',
  'access.showHistoryFor': 'Verlauf von {{model}} für {{team}} anzeigen',
  'access.hideHistory': 'Verlauf von {{model}} ausblenden',
  'access.hideHistoryFor': 'Verlauf von {{model}} für {{team}} ausblenden',
  'access.decidedBy': 'von {{actor}}, {{when}}',
  'access.deniedPrefix': 'Abgelehnt:',
  'access.requestedBy': 'von {{name}}',
  'access.statusFilter': 'Status',
  'access.allStatuses': 'Alle',
  'access.reload': 'Neu laden',
  'access.noMatch': 'Keine Anfragen mit diesem Status.',
  'access.cancelRequest': 'Anfrage zurückziehen',
  'access.askForReview': 'Erneut prüfen lassen',
  'access.giveUpAccess': 'Zugang aufgeben',
  'access.cancelled': 'Anfrage für {{model}} zurückgezogen.',
  'access.cancelledFor': 'Anfrage für {{model}} für {{team}} zurückgezogen.',
  'access.cancelFailed':
    'Die Anfrage für {{model}} konnte nicht zurückgezogen werden: {{error}}',
  'access.empty.title': 'Sie haben noch keinen Zugang zu Modellen',
  'access.empty.description':
    'Sehen Sie sich die Modelle an und fragen Sie Zugang zu denen an, die Sie brauchen. Offene Modelle werden sofort freigegeben; beschränkte gehen zur Prüfung an ihre Verantwortlichen.',
  'access.empty.action': 'Modelle ansehen',
  'access.deniedOne':
    'Eine Anfrage wurde abgelehnt. Die Begründung steht unten; wenn sich etwas geändert hat, lassen Sie sie erneut prüfen.',
  'access.deniedMany':
    '{{total}} Anfragen wurden abgelehnt. Die Begründungen stehen unten; wenn sich etwas geändert hat, lassen Sie sie erneut prüfen.',
  'access.giveUp.title': 'Zugang zu {{model}} aufgeben?',
  'access.giveUp.body':
    'Sie können {{model}} dann nicht mehr nutzen. Um es wieder zu nutzen, müssen Sie erneut Zugang anfragen.',
  'access.giveUp.bodyFor':
    '{{team}} kann {{model}} dann nicht mehr nutzen. Um es wieder zu nutzen, muss erneut Zugang angefragt werden.',
  'access.giveUp.done': 'Zugang zu {{model}} aufgegeben.',
  'access.giveUp.doneFor': 'Zugang zu {{model}} für {{team}} aufgegeben.',
  'access.askReview.title': '{{model}} erneut prüfen lassen',
  'access.askReview.submit': 'Erneut prüfen lassen',
  'access.askReview.denied': 'Abgelehnt: {{reason}}',
  'access.askReview.deniedBy': 'Abgelehnt von {{actor}}: {{reason}}',
  'access.askReview.explanation':
    'Die Anfrage geht mit Ihren Angaben hier zurück an die Verantwortlichen des Modells und die Admins.',
  'access.askReview.justification': 'Begründung',
  'access.askReview.justificationHelp':
    'Was sich geändert hat oder was die Prüfenden wissen sollten.',
  'access.askReview.sent':
    'Die Anfrage für {{model}} wird erneut geprüft. Sie werden über die Entscheidung benachrichtigt.',
  'access.systemReasons.openModelGranted':
    'Offenes Modell: auf Anfrage gewährt',
  'access.systemReasons.modelRestricted': 'Das Modell wurde eingeschränkt',
  'access.systemReasons.keyHeldToGrants':
    'An die Zugänge des Inhabers angepasst',
  'access.history.loading': 'Verlauf wird geladen',
  'access.history.failed': 'Der Verlauf konnte nicht geladen werden: {{error}}',
  'access.history.justification': 'Begründung',
  'access.history.title': 'Verlauf',
  'access.history.label': 'Verlauf der Anfrage',
  'access.history.none': 'Kein Verlauf vorhanden.',
  'access.history.events.requested': '{{actor}} hat Zugang angefragt',
  'access.history.events.granted': '{{actor}} hat den Zugang gewährt',
  'access.history.events.denied': '{{actor}} hat die Anfrage abgelehnt',
  'access.history.events.cancelled': '{{actor}} hat die Anfrage zurückgezogen',
  'access.history.events.reviewRequested':
    '{{actor}} hat eine erneute Prüfung angefragt',
  'access.history.events.revoked': '{{actor}} hat den Zugang beendet',
  'access.history.events.movedToReview':
    '{{actor}} hat den Zugang zurück in die Prüfung gegeben',
  'access.history.events.limitsChanged':
    '{{actor}} hat die Limits des Zugangs geändert',
  'access.request.title': 'Zugang zu {{model}} anfragen',
  'access.request.submit': 'Anfrage senden',
  'access.request.granted':
    'Zugang zu {{model}} gewährt. Sie können es sofort nutzen.',
  'access.request.grantedFor':
    'Zugang zu {{model}} für {{team}} gewährt. Das Modell ist sofort nutzbar.',
  'access.request.pending':
    'Anfrage für {{model}} gesendet. Sie wartet auf die Prüfung durch den Modellverantwortlichen oder einen Admin; Sie werden über die Entscheidung benachrichtigt.',
  'access.request.pendingFor':
    'Anfrage für {{model}} für {{team}} gesendet. Sie wartet auf die Prüfung durch den Modellverantwortlichen oder einen Admin; Sie werden über die Entscheidung benachrichtigt.',
  'access.request.openInfo':
    '{{model}} ist ein offenes Modell: Der Zugang wird beim Absenden sofort gewährt.',
  'access.request.restrictedInfo':
    '{{model}} ist beschränkt: Ihre Anfrage wartet, bis der Modellverantwortliche oder ein Admin sie freigibt. Sie werden über die Entscheidung benachrichtigt.',
  'access.request.who': 'Wer braucht Zugang?',
  'access.request.myself': 'Ich selbst',
  'access.request.myselfStatus': 'Ich selbst ({{status}})',
  'access.request.aTeam': 'Ein Team',
  'access.request.noTeams':
    'Sie sind in keinem Team und können daher nur für sich selbst anfragen.',
  'access.request.team': 'Team',
  'access.request.teamHelp': 'Alle im Team können den Zugang nutzen.',
  'access.request.teamStatus': '{{team}} ({{status}})',
  'access.request.loadingTeams': 'Ihre Teams werden geladen …',
  'access.request.selfHasAccess': 'Sie haben bereits Zugang zu {{model}}.',
  'access.request.selfHasPending':
    'Sie haben bereits eine offene Anfrage für {{model}}.',
  'access.request.chooseTeam': 'Wählen Sie ein Team.',
  'access.request.teamHasAccess': '{{team}} hat bereits Zugang.',
  'access.request.teamHasPending': '{{team}} hat bereits eine offene Anfrage.',
  'access.request.justification': 'Begründung',
  'access.request.justificationOptional':
    'Optional: wofür Sie das Modell nutzen werden.',
  'access.request.justificationRequired':
    'Pflichtfeld: Sagen Sie den Prüfenden, wofür Sie das Modell nutzen werden.',
  'access.request.limits': 'Limits (optional)',
  'access.request.limitsDefault':
    'Leer lassen für die Standardwerte des Modells ({{limits}}).',
  'access.request.modelDefault': 'Modellstandard',
  'review.empty.title': 'Keine Anfragen warten auf Sie',
  'review.empty.description':
    'Wenn jemand Zugang zu einem Modell anfragt, das Sie prüfen, erscheint die Anfrage hier und Sie erhalten eine Benachrichtigung.',
  'review.tableLabel': 'Anfragen, die auf Prüfung warten',
  'review.tableTitle': 'Warten auf Prüfung ({{total}})',
  'review.selected': '{{total}} ausgewählt',
  'review.selectAll': 'Alle Anfragen auswählen',
  'review.select': '{{request}} auswählen',
  'review.columns.model': 'Modell',
  'review.columns.for': 'Für',
  'review.columns.justification': 'Begründung',
  'review.columns.requestedLimits': 'Angefragte Limits',
  'review.columns.waitingSince': 'Wartet seit',
  'review.teamPrefix': 'Team',
  'review.requestedBy': 'angefragt von {{name}}',
  'review.noJustification': 'Keine angegeben',
  'review.noMatch': 'Keine Anfrage passt zu diesen Filtern',
  'review.clearFilters': 'Filter zurücksetzen',
  'review.filters.model': 'Modell',
  'review.filters.allModels': 'Alle Modelle',
  'review.filters.requester': 'Angefragt von',
  'review.filters.team': 'Team',
  'review.filters.olderThan': 'Älter als (Tage)',
  'review.filters.olderThanError': 'Geben Sie eine ganze Zahl von Tagen ein',
  'review.approve': 'Freigeben',
  'review.deny': 'Ablehnen',
  'review.reload': 'Neu laden',
  'review.unknownError': 'Unbekannter Fehler',
  'review.approvedOne': '1 Anfrage freigegeben.',
  'review.approvedMany': '{{total}} Anfragen freigegeben.',
  'review.deniedOne': '1 Anfrage abgelehnt.',
  'review.deniedMany': '{{total}} Anfragen abgelehnt.',
  'review.approvedPartly':
    '{{done}} von {{total}} Anfragen freigegeben; {{failed}} fehlgeschlagen.',
  'review.deniedPartly':
    '{{done}} von {{total}} Anfragen abgelehnt; {{failed}} fehlgeschlagen.',
  'review.approvedOutcome': '{{done}} freigegeben; {{failed}} fehlgeschlagen',
  'review.deniedOutcome': '{{done}} abgelehnt; {{failed}} fehlgeschlagen',
  'review.describeUser': '{{model}} für {{user}}',
  'review.describeTeam': '{{model}} für Team {{team}}',
  'review.listSeparator': ', ',
  'review.targets': '{{list}}.',
  'review.targetsMore': '{{list}} und {{more}} weitere.',
  'review.askedBy': 'Angefragt von {{name}}:',
  'review.askedByWithout': 'Angefragt von {{name}}, ohne Begründung.',
  'review.approveOne': '{{request}} freigeben',
  'review.approveMany': '{{total}} Anfragen freigeben',
  'review.denyOne': '{{request}} ablehnen',
  'review.denyMany': '{{total}} Anfragen ablehnen',
  'review.limits': 'Limits',
  'review.approveHintOne':
    'Passen Sie das Angefragte bei Bedarf an. Ein leeres Feld behält den angefragten Wert.',
  'review.approveHintMany':
    'Ein leeres Feld behält, was jede Anfrage angefragt hat; ein Wert hier gilt für alle.',
  'review.note': 'Notiz (optional)',
  'review.noteHelp': 'Die anfragende Person sieht diese Notiz.',
  'review.denyExplanation':
    'Nennen Sie den Grund, damit die anfragende Person weiß, was sie vor einer erneuten Prüfung ändern muss.',
  'review.reason': 'Grund',
  'review.reasonHelp': 'Pflichtfeld. Die anfragende Person sieht diesen Grund.',
  'review.grants.title': 'Erteilte Zugänge',
  'review.grants.description':
    'Wer die Modelle, die Sie prüfen, mit welchen Limits nutzen darf. Engere Limits gelten auch für die Schlüssel des Zugangs; ein beendeter Zugang entfernt das Modell aus ihnen.',
  'review.grants.none': 'Niemand hat Zugang zu den Modellen, die Sie prüfen.',
  'review.grants.columns.model': 'Modell',
  'review.grants.columns.for': 'Für',
  'review.grants.columns.limits': 'Limits',
  'review.grants.columns.lastDecided': 'Zuletzt entschieden',
  'review.grants.columns.change': 'Ändern',
  'review.grants.changeLimits': 'Limits …',
  'review.grants.changeLimitsLabel':
    'Limits von {{model}} für {{subject}} ändern',
  'review.grants.end': 'Beenden …',
  'review.grants.endLabel': 'Zugang zu {{model}} für {{subject}} beenden',
  'review.grants.limitsTitle': 'Limits von {{model}} für {{subject}}',
  'review.grants.saveLimits': 'Limits speichern',
  'review.grants.limitsExplanation':
    'Die Schlüssel des Zugangs übernehmen diese Werte als Standard und Obergrenze. Schlüssel über einem engeren Limit werden sofort eingeschränkt, auch in LiteLLM; ein leeres Feld entfernt dieses Limit aus dem Zugang.',
  'review.grants.why': 'Grund (optional)',
  'review.grants.whyHelp':
    'Die Inhaber des Zugangs sehen ihn im Verlauf des Zugangs.',
  'review.grants.saved':
    'Limits von {{model}} für {{subject}} gespeichert; die Schlüssel folgen ihnen.',
  'review.grants.endTitle': 'Zugang zu {{model}} beenden?',
  'review.grants.endConfirm': 'Zugang beenden',
  'review.grants.endExplanation':
    'Die Schlüssel von {{subject}} verlieren {{model}}; ein Schlüssel ohne Modell wird widerrufen.',
  'review.grants.ended':
    '{{subject}} hat keinen Zugang mehr zu {{model}}; die Schlüssel haben das Modell verloren.',
  'access.askToExtend': 'Verlängern',
  'access.askToExtendLabel': 'Verlängerung von {{model}} anfragen',
  'access.askToExtendLabelFor':
    'Verlängerung von {{model}} für {{team}} anfragen',
  'access.systemReasons.grantExpired': 'Der Zugang hat sein Enddatum erreicht',
  'access.systemReasons.modelMaxGrantSet':
    'Das Modell begrenzt jetzt die Dauer von Zugängen',
  'access.systemReasons.subjectDeparted':
    'Hat die Organisation verlassen: nicht mehr im Katalog',
  'access.systemReasons.modelRetired':
    'Das Modell wurde außer Betrieb genommen',
  'access.end.endsOn': 'Endet am {{date}}',
  'access.end.endedOn': 'Endete am {{date}}',
  'access.end.today': 'Endet heute',
  'access.end.inOneDay': 'Endet in 1 Tag',
  'access.end.inDays': 'Endet in {{days}} Tagen',
  'access.end.extensionAsked': 'Verlängerung bis {{date}} angefragt',
  'access.endDate.label': 'Enddatum',
  'access.endDate.endOfDay': 'Der Zugang endet am Ende dieses Tages.',
  'access.endDate.required': 'Wählen Sie ein Enddatum',
  'access.endDate.invalid': 'Geben Sie ein Datum ein',
  'access.endDate.tooEarly': 'Wählen Sie den {{date}} oder später',
  'access.endDate.tooLate': 'Wählen Sie den {{date}} oder früher',
  'access.extend.title': 'Verlängerung von {{model}} anfragen',
  'access.extend.titleFor': 'Verlängerung von {{model}} für {{team}} anfragen',
  'access.extend.currentEnd': 'Der Zugang endet am {{date}}.',
  'access.extend.explanation':
    'Die Verantwortlichen des Modells oder ein Admin entscheiden; bis dahin behält der Zugang sein Enddatum.',
  'access.extend.until': 'Neues Enddatum',
  'access.extend.untilHelpMax':
    'Zugänge zu diesem Modell dauern höchstens {{days}} Tage, also bis spätestens {{date}}.',
  'access.extend.atLongest':
    'Der Zugang endet bereits so spät, wie das Modell erlaubt ({{days}} Tage ab heute). Fragen Sie näher am Enddatum erneut an.',
  'access.extend.justification': 'Begründung',
  'access.extend.justificationHelp': 'Warum Sie das Modell länger brauchen.',
  'access.extend.submit': 'Verlängerung anfragen',
  'access.extend.sent':
    'Verlängerung von {{model}} angefragt. Sie werden über die Entscheidung benachrichtigt.',
  'access.extend.loadingModel': 'Die Regeln des Modells werden geladen',
  'access.extend.linkNotFound':
    'Der Zugang aus dem Link gehört nicht mehr zu Ihren Zugängen.',
  'access.extend.linkNotGranted':
    'Der Zugang zu {{model}} ist {{status}}: Nur ein bestehender Zugang kann verlängert werden.',
  'access.extend.linkNoEnd':
    'Der Zugang zu {{model}} endet nicht: Es gibt nichts zu verlängern.',
  'access.extend.linkAlreadyAsked':
    'Eine Verlängerung von {{model}} wartet bereits auf Prüfung.',
  'access.extend.linkClose': 'Schließen',
  'access.history.events.expired':
    '{{actor}} hat den Zugang zum Enddatum beendet',
  'access.history.events.extensionRequested':
    '{{actor}} hat eine Verlängerung angefragt',
  'access.history.events.extended': '{{actor}} hat den Zugang verlängert',
  'access.history.events.extensionDenied':
    '{{actor}} hat die Verlängerung abgelehnt',
  'access.history.events.endSet':
    '{{actor}} hat dem Zugang ein Enddatum gegeben',
  'access.request.endOptional':
    'Optional: Der Zugang endet am Ende dieses Tages.',
  'access.request.endMax':
    'Zugänge zu diesem Modell dauern höchstens {{days}} Tage.',
  'review.requestedEnd': 'Bis {{date}}',
  'review.endOptional':
    'Der Zugang endet am Ende dieses Tages. Leer: Er endet nicht.',
  'review.endMax':
    'Höchstens {{days}} Tage ab heute. Leer: {{days}} Tage ab heute.',
  'review.extensions.title': 'Verlängerungen ({{total}})',
  'review.extensions.heading': 'Verlängerungen',
  'review.extensions.description':
    'Inhaber befristeter Zugänge möchten sie länger behalten. Geben Sie das angefragte oder ein anderes Datum frei oder lehnen Sie mit Begründung ab.',
  'review.extensions.none': 'Keine Verlängerungen offen',
  'review.extensions.columns.model': 'Modell',
  'review.extensions.columns.for': 'Für',
  'review.extensions.columns.ends': 'Endet',
  'review.extensions.columns.askedUntil': 'Angefragt bis',
  'review.extensions.columns.justification': 'Begründung',
  'review.extensions.columns.asked': 'Angefragt',
  'review.extensions.columns.decide': 'Entscheiden',
  'review.extensions.askedBy': 'von {{name}}',
  'review.extensions.approve': 'Freigeben …',
  'review.extensions.approveLabel':
    'Verlängerung von {{model}} für {{subject}} freigeben',
  'review.extensions.deny': 'Ablehnen …',
  'review.extensions.denyLabel':
    'Verlängerung von {{model}} für {{subject}} ablehnen',
  'review.extensions.approveTitle': '{{model}} für {{subject}} verlängern',
  'review.extensions.approveExplanation':
    '{{subject}} möchte {{model}} bis {{until}} behalten; der Zugang endet jetzt am {{end}}. Geben Sie dieses Datum frei oder wählen Sie ein anderes.',
  'review.extensions.until': 'Neues Enddatum',
  'review.extensions.approveSubmit': 'Verlängern',
  'review.extensions.approved':
    '{{model}} für {{subject}} endet jetzt am {{date}}.',
  'review.extensions.denyTitle':
    'Verlängerung von {{model}} für {{subject}} ablehnen',
  'review.extensions.denyExplanation':
    'Der Zugang behält sein Enddatum {{end}}. Nennen Sie den Grund, damit die Inhaber ihn kennen.',
  'review.extensions.denySubmit': 'Ablehnen',
  'review.extensions.denied':
    'Verlängerung von {{model}} für {{subject}} abgelehnt; der Zugang behält sein Enddatum.',
  'review.grants.columns.ends': 'Endet',
  'review.grants.noEnd': 'Kein Ende',
};
