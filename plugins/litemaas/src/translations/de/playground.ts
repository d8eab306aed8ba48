/** German: words of a model's playground. */
export default {
  'playground.title': 'Testumgebung',
  'playground.subtitle':
    'Probieren Sie {{model}} hier aus. Ihr Browser ruft das Gateway mit einem Schlüssel für diese Sitzung auf: Er gilt nur für dieses Modell, gibt höchstens {{budget}} aus und läuft nach spätestens {{minutes}} Minuten ab.',
  'playground.transcript': 'Unterhaltung',
  'playground.emptyTranscript':
    'Stellen Sie eine Frage, um zu beginnen. Antworten erscheinen, während das Modell sie schreibt.',
  'playground.you': 'Sie',
  'playground.message': 'Nachricht',
  'playground.messageHelp':
    'Eingabe sendet; Umschalt+Eingabe fügt eine Zeile ein.',
  'playground.send': 'Senden',
  'playground.stop': 'Anhalten',
  'playground.clear': 'Chat leeren',
  'playground.thinking': 'Warte auf die ersten Tokens…',
  'playground.stopped': 'Angehalten',
  'playground.settings': 'Einstellungen',
  'playground.systemPrompt': 'Systemprompt',
  'playground.systemPromptHelp':
    'Anweisungen, die das Modell vor der Unterhaltung liest.',
  'playground.temperature': 'Temperatur',
  'playground.maxTokens': 'Max. Tokens',
  'playground.maxTokensHelp': 'Längste Antwort in Tokens (1–{{max}}).',
  'playground.answerTokens': '{{prompt}} ein · {{completion}} aus',
  'playground.answerCost': '{{cost}}',
  'playground.totals': 'Diese Sitzung: {{tokens}} Tokens, etwa {{cost}}',
  'playground.copyAsCode': 'Als Code kopieren',
  'playground.codeTitle': 'Diese Anfrage als Code',
  'playground.codeHelp':
    'Führen Sie ihn mit einem eigenen Schlüssel aus „API-Schlüssel“ in der Umgebungsvariable {{variable}} aus. Der Sitzungsschlüssel wird nie angezeigt.',
  'playground.close': 'Schließen',
  'playground.session.none':
    'Noch keine Sitzung: Sie beginnt mit Ihrer ersten Nachricht.',
  'playground.session.starting': 'Sitzung wird gestartet…',
  'playground.session.active': 'Sitzungsschlüssel läuft {{when}} ab',
  'playground.session.end': 'Sitzung beenden',
  'playground.session.ended': 'Sitzung beendet; ihr Schlüssel ist widerrufen.',
  'playground.errors.start': 'Die Sitzung konnte nicht gestartet werden',
  'playground.errors.expired':
    'Der Schlüssel dieser Sitzung ist abgelaufen. Senden Sie erneut, um eine neue Sitzung zu starten.',
  'playground.errors.budget':
    'Das Budget dieser Sitzung ist aufgebraucht. Senden Sie erneut, um eine neue Sitzung zu starten.',
  'playground.errors.rateLimited':
    'Zu viele Anfragen in dieser Sitzung: Warten Sie eine Minute.',
  'playground.errors.gateway':
    'Das Gateway hat die Anfrage abgelehnt ({{status}})',
  'playground.errors.network':
    'Das Gateway unter {{url}} ist nicht erreichbar. Es muss Anfragen von diesem Portal erlauben (CORS).',
  'playground.noAccess':
    'Sie brauchen Zugang zu {{model}}, um es hier auszuprobieren.',
  'playground.off': 'Die Testumgebung ist in diesem Portal ausgeschaltet.',
  'playground.componentHint':
    'Optional: Die Ausgaben der Sitzung zählen für diese Komponente, ihr System und ihre Domäne.',
  'playground.componentLocked':
    'Beenden Sie die Sitzung, um die nächste einer anderen Komponente zuzuordnen.',
};
