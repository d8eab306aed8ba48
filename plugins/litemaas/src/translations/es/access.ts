/** Spanish: words of My access, requesting access and the review queue. */
export default {
  'access.title': 'Mis accesos',
  'access.tableTitle': 'Mis accesos ({{total}})',
  'access.me': 'Yo',
  'access.columns.history': 'Historial',
  'access.columns.model': 'Modelo',
  'access.columns.for': 'Titular',
  'access.columns.status': 'Estado',
  'access.columns.requested': 'Solicitado',
  'access.columns.limits': 'Límites',
  'access.columns.actions': 'Acciones',
  'access.showHistory': 'Mostrar el historial de {{model}}',
  'access.showHistoryFor': 'Mostrar el historial de {{model}} para {{team}}',
  'access.hideHistory': 'Ocultar el historial de {{model}}',
  'access.hideHistoryFor': 'Ocultar el historial de {{model}} para {{team}}',
  'access.decidedBy': 'por {{actor}}, {{when}}',
  'access.deniedPrefix': 'Denegado:',
  'access.requestedBy': 'por {{name}}',
  'access.statusFilter': 'Estado',
  'access.allStatuses': 'Todos',
  'access.reload': 'Recargar',
  'access.noMatch': 'No hay solicitudes con este estado.',
  'access.cancelRequest': 'Cancelar solicitud',
  'access.askForReview': 'Pedir revisión',
  'access.giveUpAccess': 'Renunciar al acceso',
  'access.cancelled': 'Solicitud de {{model}} cancelada.',
  'access.cancelledFor': 'Solicitud de {{model}} para {{team}} cancelada.',
  'access.cancelFailed':
    'No se pudo cancelar la solicitud de {{model}}: {{error}}',
  'access.empty.title': 'Todavía no tiene acceso a ningún modelo',
  'access.empty.description':
    'Explore los modelos y solicite acceso a los que necesite. Los modelos abiertos se conceden al instante; los restringidos pasan a revisión de su responsable.',
  'access.empty.action': 'Ver los modelos',
  'access.deniedOne':
    'Se denegó 1 solicitud. El motivo del revisor aparece abajo; si algo ha cambiado, pida una revisión.',
  'access.deniedMany':
    'Se denegaron {{total}} solicitudes. El motivo del revisor aparece abajo; si algo ha cambiado, pida una revisión.',
  'access.giveUp.title': '¿Renunciar al acceso a {{model}}?',
  'access.giveUp.body':
    'Ya no podrá usar {{model}}. Para volver a usarlo, tendrá que solicitar acceso de nuevo.',
  'access.giveUp.bodyFor':
    '{{team}} ya no podrá usar {{model}}. Para volver a usarlo, habrá que solicitar acceso de nuevo.',
  'access.giveUp.done': 'Ha renunciado al acceso a {{model}}.',
  'access.giveUp.doneFor': 'Ha renunciado al acceso a {{model}} para {{team}}.',
  'access.askReview.title': 'Pedir una revisión de {{model}}',
  'access.askReview.submit': 'Pedir revisión',
  'access.askReview.denied': 'Denegado: {{reason}}',
  'access.askReview.deniedBy': 'Denegado por {{actor}}: {{reason}}',
  'access.askReview.explanation':
    'La solicitud vuelve al responsable del modelo y a los administradores, con lo que añada aquí.',
  'access.askReview.justification': 'Justificación',
  'access.askReview.justificationHelp':
    'Qué ha cambiado o qué debería saber el revisor.',
  'access.askReview.sent':
    'La solicitud de {{model}} vuelve a estar en revisión. Se le notificará la decisión.',
  'access.systemReasons.openModelGranted':
    'Modelo abierto: concedido al solicitarlo',
  'access.systemReasons.modelRestricted': 'El modelo pasó a ser restringido',
  'access.systemReasons.keyHeldToGrants':
    'Ajustada a los accesos de su propietario',
  'access.history.loading': 'Cargando el historial',
  'access.history.failed': 'No se pudo cargar el historial: {{error}}',
  'access.history.justification': 'Justificación',
  'access.history.title': 'Historial',
  'access.history.label': 'Historial de la solicitud',
  'access.history.none': 'No hay historial registrado.',
  'access.history.events.requested': '{{actor}} solicitó acceso',
  'access.history.events.granted': '{{actor}} concedió el acceso',
  'access.history.events.denied': '{{actor}} denegó la solicitud',
  'access.history.events.cancelled': '{{actor}} canceló la solicitud',
  'access.history.events.reviewRequested': '{{actor}} pidió una revisión',
  'access.history.events.revoked': '{{actor}} retiró el acceso',
  'access.history.events.movedToReview':
    '{{actor}} devolvió el acceso a revisión',
  'access.history.events.limitsChanged':
    '{{actor}} cambió los límites del acceso',
  'access.request.title': 'Solicitar acceso a {{model}}',
  'access.request.submit': 'Enviar solicitud',
  'access.request.granted': 'Acceso a {{model}} concedido. Ya puede usarlo.',
  'access.request.grantedFor':
    'Acceso a {{model}} concedido para {{team}}. Ya se puede usar.',
  'access.request.pending':
    'Solicitud de {{model}} enviada. Queda pendiente de revisión por el responsable del modelo o un administrador; se le notificará la decisión.',
  'access.request.pendingFor':
    'Solicitud de {{model}} para {{team}} enviada. Queda pendiente de revisión por el responsable del modelo o un administrador; se le notificará la decisión.',
  'access.request.openInfo':
    '{{model}} es un modelo abierto: el acceso se concede en cuanto envíe la solicitud.',
  'access.request.restrictedInfo':
    '{{model}} está restringido: su solicitud espera hasta que el responsable del modelo o un administrador la apruebe. Se le notificará la decisión.',
  'access.request.who': '¿Quién necesita acceso?',
  'access.request.myself': 'Yo',
  'access.request.myselfStatus': 'Yo ({{status}})',
  'access.request.aTeam': 'Un equipo',
  'access.request.noTeams':
    'No pertenece a ningún equipo, así que solo puede solicitarlo para usted.',
  'access.request.team': 'Equipo',
  'access.request.teamHelp':
    'Todos los miembros del equipo pueden usar el acceso.',
  'access.request.teamStatus': '{{team}} ({{status}})',
  'access.request.loadingTeams': 'Cargando sus equipos…',
  'access.request.selfHasAccess': 'Ya tiene acceso a {{model}}.',
  'access.request.selfHasPending':
    'Ya tiene una solicitud pendiente para {{model}}.',
  'access.request.chooseTeam': 'Elija un equipo.',
  'access.request.teamHasAccess': '{{team}} ya tiene acceso.',
  'access.request.teamHasPending': '{{team}} ya tiene una solicitud pendiente.',
  'access.request.justification': 'Justificación',
  'access.request.justificationOptional': 'Opcional: para qué usará el modelo.',
  'access.request.justificationRequired':
    'Obligatorio: explique al revisor para qué usará el modelo.',
  'access.request.limits': 'Límites (opcional)',
  'access.request.limitsDefault':
    'Déjelos en blanco para usar los valores predeterminados del modelo ({{limits}}).',
  'access.request.modelDefault': 'Predeterminado del modelo',
  'review.empty.title': 'No hay solicitudes pendientes para usted',
  'review.empty.description':
    'Cuando alguien solicite acceso a un modelo que usted revisa, la solicitud aparecerá aquí y recibirá una notificación.',
  'review.tableLabel': 'Solicitudes pendientes de revisión',
  'review.tableTitle': 'Pendientes de revisión ({{total}})',
  'review.selected': '{{total}} seleccionadas',
  'review.selectAll': 'Seleccionar todas las solicitudes',
  'review.select': 'Seleccionar {{request}}',
  'review.columns.model': 'Modelo',
  'review.columns.for': 'Titular',
  'review.columns.justification': 'Justificación',
  'review.columns.requestedLimits': 'Límites solicitados',
  'review.columns.waitingSince': 'En espera desde',
  'review.teamPrefix': 'Equipo',
  'review.requestedBy': 'solicitado por {{name}}',
  'review.noJustification': 'Sin justificación',
  'review.noMatch': 'Ninguna solicitud cumple estos filtros',
  'review.clearFilters': 'Quitar filtros',
  'review.filters.model': 'Modelo',
  'review.filters.allModels': 'Todos los modelos',
  'review.filters.requester': 'Solicitante',
  'review.filters.team': 'Equipo',
  'review.filters.olderThan': 'Con más de (días)',
  'review.filters.olderThanError': 'Introduzca un número entero de días',
  'review.approve': 'Aprobar',
  'review.deny': 'Denegar',
  'review.reload': 'Recargar',
  'review.unknownError': 'Error desconocido',
  'review.approvedOne': '1 solicitud aprobada.',
  'review.approvedMany': '{{total}} solicitudes aprobadas.',
  'review.deniedOne': '1 solicitud denegada.',
  'review.deniedMany': '{{total}} solicitudes denegadas.',
  'review.approvedPartly':
    '{{done}} de {{total}} solicitudes aprobadas; {{failed}} fallaron.',
  'review.deniedPartly':
    '{{done}} de {{total}} solicitudes denegadas; {{failed}} fallaron.',
  'review.approvedOutcome': '{{done}} aprobadas; {{failed}} fallaron',
  'review.deniedOutcome': '{{done}} denegadas; {{failed}} fallaron',
  'review.describeUser': '{{model}} para {{user}}',
  'review.describeTeam': '{{model}} para el equipo {{team}}',
  'review.listSeparator': ', ',
  'review.targets': '{{list}}.',
  'review.targetsMore': '{{list}} y {{more}} más.',
  'review.askedBy': 'Solicitado por {{name}}:',
  'review.askedByWithout': 'Solicitado por {{name}} sin justificación.',
  'review.approveOne': 'Aprobar {{request}}',
  'review.approveMany': 'Aprobar {{total}} solicitudes',
  'review.denyOne': 'Denegar {{request}}',
  'review.denyMany': 'Denegar {{total}} solicitudes',
  'review.limits': 'Límites',
  'review.approveHintOne':
    'Ajuste lo solicitado si hace falta. Un campo en blanco conserva el valor solicitado.',
  'review.approveHintMany':
    'Deje un campo en blanco para conservar lo que pidió cada solicitud; un valor aquí se aplica a todas.',
  'review.note': 'Nota (opcional)',
  'review.noteHelp': 'El solicitante verá esta nota.',
  'review.denyExplanation':
    'Explique el motivo, para que el solicitante sepa qué cambiar antes de pedir una revisión.',
  'review.reason': 'Motivo',
  'review.reasonHelp': 'Obligatorio. El solicitante verá este motivo.',
  'review.grants.title': 'Accesos concedidos',
  'review.grants.description':
    'Quién puede usar los modelos que usted revisa y con qué límites. Restringir un acceso restringe sus claves; retirarlo les quita el modelo.',
  'review.grants.none':
    'Nadie tiene acceso concedido a los modelos que usted revisa.',
  'review.grants.columns.model': 'Modelo',
  'review.grants.columns.for': 'Titular',
  'review.grants.columns.limits': 'Límites',
  'review.grants.columns.lastDecided': 'Última decisión',
  'review.grants.columns.change': 'Cambiar',
  'review.grants.changeLimits': 'Límites…',
  'review.grants.changeLimitsLabel':
    'Cambiar los límites de {{model}} para {{subject}}',
  'review.grants.end': 'Retirar…',
  'review.grants.endLabel': 'Retirar el acceso a {{model}} de {{subject}}',
  'review.grants.limitsTitle': 'Límites de {{model}} para {{subject}}',
  'review.grants.saveLimits': 'Guardar límites',
  'review.grants.limitsExplanation':
    'Las claves del acceso toman estos valores como predeterminados y máximos. Las claves que superen un límite más estricto se restringen ahora, también en LiteLLM; un campo en blanco quita ese límite del acceso.',
  'review.grants.why': 'Motivo (opcional)',
  'review.grants.whyHelp': 'Los titulares del acceso lo verán en su historial.',
  'review.grants.saved':
    'Límites de {{model}} para {{subject}} guardados; sus claves se ajustan a ellos.',
  'review.grants.endTitle': '¿Retirar el acceso a {{model}}?',
  'review.grants.endConfirm': 'Retirar acceso',
  'review.grants.endExplanation':
    'Las claves de {{subject}} dejan de incluir {{model}}; una clave que se quede sin modelos se revoca.',
  'review.grants.ended':
    '{{subject}} ya no tiene acceso a {{model}}; sus claves perdieron el modelo.',
  'access.askToExtend': 'Pedir prórroga',
  'access.askToExtendLabel': 'Pedir prórroga de {{model}}',
  'access.askToExtendLabelFor': 'Pedir prórroga de {{model}} para {{team}}',
  'access.systemReasons.grantExpired': 'El acceso llegó a su fecha de fin',
  'access.systemReasons.modelMaxGrantSet':
    'El modelo ahora limita cuánto dura un acceso',
  'access.systemReasons.subjectDeparted':
    'Dejó la organización: ya no está en el catálogo',
  'access.systemReasons.modelRetired': 'El modelo fue retirado',
  'access.end.endsOn': 'Termina el {{date}}',
  'access.end.endedOn': 'Terminó el {{date}}',
  'access.end.today': 'Termina hoy',
  'access.end.inOneDay': 'Termina en 1 día',
  'access.end.inDays': 'Termina en {{days}} días',
  'access.end.extensionAsked': 'Prórroga pedida hasta el {{date}}',
  'access.endDate.label': 'Fecha de fin',
  'access.endDate.endOfDay': 'El acceso termina al final de este día.',
  'access.endDate.required': 'Elija una fecha de fin',
  'access.endDate.invalid': 'Introduzca una fecha',
  'access.endDate.tooEarly': 'Elija el {{date}} o después',
  'access.endDate.tooLate': 'Elija el {{date}} o antes',
  'access.extend.title': 'Pedir prórroga de {{model}}',
  'access.extend.titleFor': 'Pedir prórroga de {{model}} para {{team}}',
  'access.extend.currentEnd': 'El acceso termina el {{date}}.',
  'access.extend.explanation':
    'Lo decide el responsable del modelo o un administrador; mientras tanto, el acceso mantiene su fecha de fin.',
  'access.extend.until': 'Nueva fecha de fin',
  'access.extend.untilHelpMax':
    'Los accesos a este modelo duran como máximo {{days}} días, así que hasta el {{date}} como muy tarde.',
  'access.extend.atLongest':
    'El acceso ya termina tan tarde como el modelo permite ({{days}} días desde hoy). Vuelva a pedirlo más cerca de su fin.',
  'access.extend.justification': 'Justificación',
  'access.extend.justificationHelp':
    'Por qué necesita el modelo durante más tiempo.',
  'access.extend.submit': 'Pedir prórroga',
  'access.extend.sent':
    'Prórroga de {{model}} pedida. Se le notificará la decisión.',
  'access.extend.loadingModel': 'Cargando las reglas del modelo',
  'access.extend.linkNotFound':
    'El acceso al que apunta el enlace ya no está entre sus accesos.',
  'access.extend.linkNotGranted':
    'El acceso a {{model}} está {{status}}: solo se puede prorrogar un acceso vigente.',
  'access.extend.linkNoEnd':
    'El acceso a {{model}} no termina: no hay nada que prorrogar.',
  'access.extend.linkAlreadyAsked':
    'Ya hay una prórroga de {{model}} esperando revisión.',
  'access.extend.linkClose': 'Cerrar',
  'access.history.events.expired':
    '{{actor}} terminó el acceso en su fecha de fin',
  'access.history.events.extensionRequested':
    '{{actor}} pidió una prórroga del acceso',
  'access.history.events.extended': '{{actor}} prorrogó el acceso',
  'access.history.events.extensionDenied': '{{actor}} denegó la prórroga',
  'access.history.events.endSet': '{{actor}} dio al acceso una fecha de fin',
  'access.request.endOptional':
    'Opcional: el acceso termina al final de este día.',
  'access.request.endMax':
    'Los accesos a este modelo duran como máximo {{days}} días.',
  'review.requestedEnd': 'Hasta el {{date}}',
  'review.endOptional':
    'El acceso termina al final de este día. En blanco: no termina.',
  'review.endMax':
    'Como máximo {{days}} días desde hoy. En blanco: {{days}} días desde hoy.',
  'review.extensions.title': 'Prórrogas pendientes ({{total}})',
  'review.extensions.heading': 'Prórrogas',
  'review.extensions.description':
    'Quienes tienen accesos con fecha de fin piden mantenerlos más tiempo. Apruebe la fecha pedida u otra, o deniegue con un motivo.',
  'review.extensions.none': 'No hay prórrogas pendientes',
  'review.extensions.columns.model': 'Modelo',
  'review.extensions.columns.for': 'Para',
  'review.extensions.columns.ends': 'Termina',
  'review.extensions.columns.askedUntil': 'Pedida hasta',
  'review.extensions.columns.justification': 'Justificación',
  'review.extensions.columns.asked': 'Pedida',
  'review.extensions.columns.decide': 'Decidir',
  'review.extensions.askedBy': 'por {{name}}',
  'review.extensions.approve': 'Aprobar…',
  'review.extensions.approveLabel':
    'Aprobar la prórroga de {{model}} para {{subject}}',
  'review.extensions.deny': 'Denegar…',
  'review.extensions.denyLabel':
    'Denegar la prórroga de {{model}} para {{subject}}',
  'review.extensions.approveTitle': 'Prorrogar {{model}} para {{subject}}',
  'review.extensions.approveExplanation':
    '{{subject}} pidió mantener {{model}} hasta el {{until}}; ahora termina el {{end}}. Apruebe esa fecha o elija otra.',
  'review.extensions.until': 'Nueva fecha de fin',
  'review.extensions.approveSubmit': 'Prorrogar',
  'review.extensions.approved':
    '{{model}} para {{subject}} termina ahora el {{date}}.',
  'review.extensions.denyTitle':
    'Denegar la prórroga de {{model}} para {{subject}}',
  'review.extensions.denyExplanation':
    'El acceso mantiene su fin del {{end}}. Diga por qué, para que sus titulares lo sepan.',
  'review.extensions.denySubmit': 'Denegar',
  'review.extensions.denied':
    'Prórroga de {{model}} para {{subject}} denegada; el acceso mantiene su fecha de fin.',
  'review.grants.columns.ends': 'Termina',
  'review.grants.noEnd': 'Sin fin',
};
