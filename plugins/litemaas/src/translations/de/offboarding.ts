/** German: words of offboarding, on its admin page. */
export default {
  'offboarding.title': 'Offboarding',
  'offboarding.description':
    'Personen mit eigenen Schlüsseln oder Zugängen, die nicht mehr im Katalog stehen.',
  'offboarding.rule.title': 'So funktioniert es',
  'offboarding.rule.read':
    'Regelmäßig sucht das Portal jede Person mit eigenen Schlüsseln oder Zugängen im Katalog.',
  'offboarding.rule.twice':
    'Wer einmal im Katalog stand und bei zwei Abfragen nacheinander fehlt, scheidet aus: Die Admins werden benachrichtigt, und nach der Schonfrist werden die eigenen Schlüssel widerrufen und Zugänge sowie offene Anfragen beendet.',
  'offboarding.rule.holdBack':
    'Fehlen auf einmal mehr Personen, als die Zurückhaltegrenze erlaubt, ändert der Lauf nichts und benachrichtigt die Admins.',
  'offboarding.rule.safe':
    'Ist der Katalog nicht lesbar, passiert nichts. Wer nie im Katalog stand (etwa in einem Workshop), gilt nie als ausgeschieden, und wer in den Katalog zurückkehrt, wird vergessen.',
  'offboarding.rule.teams':
    'Team-Schlüssel und -Zugänge brauchen keinen Schritt: Die Mitgliedschaft wird bei jeder Anfrage aus dem Katalog gelesen.',
  'offboarding.run.now': 'Jetzt ausführen',
  'offboarding.run.none':
    'Das Offboarding ist seit dem Start des Portals noch nicht gelaufen.',
  'offboarding.run.last': 'Letzter Lauf {{when}}:',
  'offboarding.run.summary':
    'Personen mit Zugang: {{checked}} · fehlend: {{missing}} · jetzt ausscheidend: {{confirmed}} · offboardet: {{offboarded}} · zurück im Katalog: {{returned}}',
  'offboarding.run.heldBack':
    'Der letzte Lauf wurde zurückgehalten: Es fehlten auf einmal mehr Personen im Katalog, als die Zurückhaltegrenze erlaubt, daher wurde nichts geändert. Prüfen Sie den Benutzer-Provider des Katalogs.',
  'offboarding.run.failed':
    'Der letzte Lauf ist {{when}} fehlgeschlagen und hat nichts geändert: {{error}}',
  'offboarding.run.asked': 'Offboarding angestoßen; es läuft in Kürze.',
  'offboarding.run.done': 'Offboarding ausgeführt.',
  'offboarding.run.runFailed':
    'Das Offboarding konnte nicht ausgeführt werden: {{error}}',
  'offboarding.run.loadWhat': 'letzter Lauf des Offboardings',
  'offboarding.table.title': 'Im Katalog fehlende Personen',
  'offboarding.table.user': 'Person',
  'offboarding.table.status': 'Status',
  'offboarding.table.since': 'Fehlt seit',
  'offboarding.table.next': 'Was geschieht',
  'offboarding.table.holds': 'Hat noch',
  'offboarding.table.empty':
    'Niemand mit eigenen Schlüsseln oder Zugängen hat den Katalog verlassen.',
  'offboarding.table.loadWhat': 'die im Katalog fehlenden Personen',
  'offboarding.status.suspected': 'Einmal fehlend',
  'offboarding.status.departing': 'Scheidet aus',
  'offboarding.status.kept': 'Behalten',
  'offboarding.status.offboarded': 'Offboardet',
  'offboarding.holds.keys': 'Eigene Schlüssel: {{n}}',
  'offboarding.holds.grants': 'Zugänge und Anfragen: {{n}}',
  'offboarding.departingSince': 'scheidet aus seit {{date}}',
  'offboarding.next.suspected': 'Wird beim nächsten Lauf erneut geprüft',
  'offboarding.next.departing': 'Schlüssel und Zugänge enden am {{date}}',
  'offboarding.next.due': 'Schlüssel und Zugänge enden beim nächsten Lauf',
  'offboarding.next.kept': 'Behalten von {{who}}: nichts endet',
  'offboarding.next.offboarded': 'Offboardet {{date}}',
  'offboarding.next.counts':
    'Widerrufene Schlüssel: {{keys}} · beendete Zugänge und Anfragen: {{grants}}',
  'offboarding.keep.button': 'Behalten',
  'offboarding.keep.label': '{{user}} behalten',
  'offboarding.keep.title': '{{user}} behalten?',
  'offboarding.keep.text':
    '{{user}} behält die eigenen Schlüssel und Zugänge, obwohl der Katalog die Person nicht mehr führt, und das Portal lässt sie, wie sie sind. Behalten Sie eine Person, wenn der Katalog sich irrt, nicht wenn sie gegangen ist.',
  'offboarding.keep.confirm': 'Behalten',
  'offboarding.keep.done': '{{user}} wird behalten.',
  'offboarding.audit': 'Offboarding im Audit-Protokoll',
};
