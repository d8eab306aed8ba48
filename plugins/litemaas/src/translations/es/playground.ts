/** Spanish: words of a model's playground. */
export default {
  'playground.title': 'Zona de pruebas',
  'playground.subtitle':
    'Pruebe {{model}} aquí. Su navegador llama a la pasarela con una clave creada para esta sesión: solo sirve para este modelo, gasta como máximo {{budget}} y caduca en {{minutes}} minutos como mucho.',
  'playground.transcript': 'Conversación',
  'playground.emptyTranscript':
    'Pregunte algo para empezar. Las respuestas aparecen a medida que el modelo las escribe.',
  'playground.you': 'Usted',
  'playground.message': 'Mensaje',
  'playground.messageHelp': 'Intro envía; Mayús+Intro añade una línea.',
  'playground.send': 'Enviar',
  'playground.stop': 'Detener',
  'playground.clear': 'Vaciar chat',
  'playground.thinking': 'Esperando los primeros tokens…',
  'playground.stopped': 'Detenido',
  'playground.settings': 'Ajustes',
  'playground.systemPrompt': 'Prompt del sistema',
  'playground.systemPromptHelp':
    'Instrucciones que el modelo lee antes de la conversación.',
  'playground.temperature': 'Temperatura',
  'playground.maxTokens': 'Máx. de tokens',
  'playground.maxTokensHelp': 'Respuesta más larga, en tokens (1–{{max}}).',
  'playground.answerTokens': '{{prompt}} entrada · {{completion}} salida',
  'playground.answerCost': '{{cost}}',
  'playground.totals': 'Esta sesión: {{tokens}} tokens, unos {{cost}}',
  'playground.copyAsCode': 'Copiar como código',
  'playground.codeTitle': 'Esta solicitud como código',
  'playground.codeHelp':
    'Ejecútelo con una clave propia de «Claves de API» en la variable de entorno {{variable}}. La clave de la sesión nunca se muestra.',
  'playground.close': 'Cerrar',
  'playground.session.none':
    'Aún no hay sesión: empieza con su primer mensaje.',
  'playground.session.starting': 'Iniciando la sesión…',
  'playground.session.active': 'La clave de la sesión caduca {{when}}',
  'playground.session.end': 'Terminar sesión',
  'playground.session.ended': 'Sesión terminada; su clave está revocada.',
  'playground.errors.start': 'No se pudo iniciar la sesión',
  'playground.errors.expired':
    'La clave de esta sesión ha caducado. Envíe de nuevo para iniciar otra sesión.',
  'playground.errors.budget':
    'El presupuesto de esta sesión está agotado. Envíe de nuevo para iniciar otra sesión.',
  'playground.errors.rateLimited':
    'Demasiadas solicitudes en esta sesión: espere un minuto.',
  'playground.errors.gateway': 'La pasarela rechazó la solicitud ({{status}})',
  'playground.errors.network':
    'No se pudo contactar con la pasarela en {{url}}. Debe permitir solicitudes desde este portal (CORS).',
  'playground.noAccess': 'Necesita acceso a {{model}} para probarlo aquí.',
  'playground.off': 'La zona de pruebas está desactivada en este portal.',
  'playground.componentHint':
    'Opcional: el gasto de la sesión cuenta para este Componente, su Sistema y su Dominio.',
  'playground.componentLocked':
    'Termine la sesión para vincular la siguiente a otro Componente.',
};
