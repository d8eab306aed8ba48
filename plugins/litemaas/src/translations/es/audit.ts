/** Spanish: words of the Audit page. */
export default {
  'audit.title': 'Registro de auditoría',
  'audit.titleTotal': 'Registro de auditoría ({{total}})',
  'audit.reload': 'Recargar',
  'audit.denied.title': 'No tiene un registro de auditoría',
  'audit.denied.message':
    'El registro de auditoría muestra a los administradores todas las acciones de gobierno, y a los responsables de modelos las acciones sobre sus modelos.',
  'audit.filters.search': 'Buscar',
  'audit.filters.searchPlaceholder':
    'Autor, destinatario, modelo, objeto o motivo',
  'audit.filters.action': 'Acción',
  'audit.filters.anyAction': 'Todas las acciones',
  'audit.filters.actor': 'Autor',
  'audit.filters.actorPlaceholder': 'alice o user:default/alice',
  'audit.filters.model': 'Modelo',
  'audit.filters.anyModel': 'Todos los modelos',
  'audit.filters.outcome': 'Resultado',
  'audit.filters.anyOutcome': 'Cualquier resultado',
  'audit.filters.from': 'Desde',
  'audit.filters.to': 'Hasta',
  'audit.filters.toBeforeFrom':
    'La fecha final es anterior a la fecha inicial.',
  'audit.filters.clear': 'Quitar filtros',
  'audit.columns.details': 'Detalles',
  'audit.columns.when': 'Cuándo',
  'audit.columns.action': 'Acción',
  'audit.columns.actor': 'Autor',
  'audit.columns.subject': 'Destinatario',
  'audit.columns.model': 'Modelo',
  'audit.columns.reason': 'Motivo',
  'audit.columns.outcome': 'Resultado',
  'audit.outcome.succeeded': 'Correcto',
  'audit.outcome.failed': 'Fallido',
  'audit.outcome.failedWith': 'Fallido: {{error}}',
  'audit.system': 'LiteMaaS',
  'audit.showDetails': 'Mostrar los detalles de {{action}}, {{when}}',
  'audit.hideDetails': 'Ocultar los detalles de {{action}}, {{when}}',
  'audit.detail.event': 'Evento',
  'audit.detail.id': 'ID del evento',
  'audit.detail.at': 'Hora',
  'audit.detail.action': 'ID de la acción',
  'audit.detail.target': 'Objeto',
  'audit.detail.error': 'Motivo del fallo',
  'audit.detail.before': 'Antes',
  'audit.detail.after': 'Después',
  'audit.detail.details': 'Datos',
  'audit.detail.nothing': 'No se registró nada más sobre esta acción.',
  'audit.empty.title': 'Todavía no hay eventos de auditoría',
  'audit.empty.description':
    'Las solicitudes de acceso y sus decisiones, los cambios en claves y en la configuración y la conciliación aparecen aquí en cuanto ocurren.',
  'audit.noMatch.title': 'Ningún evento de auditoría coincide',
  'audit.noMatch.description':
    'Pruebe con menos filtros o con un intervalo de fechas más amplio.',
  'audit.export.button': 'Exportar {{format}}',
  'audit.export.failed':
    'No se pudo exportar el registro de auditoría como {{format}}: {{error}}',
  'audit.actions.access-request': 'Solicitó acceso',
  'audit.actions.access-approve': 'Aprobó el acceso',
  'audit.actions.access-deny': 'Denegó el acceso',
  'audit.actions.access-cancel': 'Retiró una solicitud de acceso',
  'audit.actions.access-review-request': 'Pidió otra revisión',
  'audit.actions.access-revoke': 'Terminó el acceso',
  'audit.actions.access-limits': 'Cambió los límites de acceso',
  'audit.actions.model-register': 'Registró un modelo',
  'audit.actions.model-update': 'Modificó un modelo',
  'audit.actions.model-delete': 'Eliminó un modelo',
  'audit.actions.model-policy': 'Cambió la política de acceso',
  'audit.actions.key-create': 'Creó una clave',
  'audit.actions.key-update': 'Modificó una clave',
  'audit.actions.key-rotate': 'Rotó una clave',
  'audit.actions.key-revoke': 'Revocó una clave',
  'audit.actions.key-block': 'Bloqueó una clave',
  'audit.actions.key-unblock': 'Desbloqueó una clave',
  'audit.actions.key-provision': 'Preparó claves de taller',
  'audit.actions.key-revoke-prefix': 'Revocó claves por prefijo',
  'audit.actions.key-adopt': 'Adoptó una clave de LiteLLM',
  'audit.actions.key-leave': 'Dejó una clave de LiteLLM como estaba',
  'audit.actions.key-settings': 'Cambió la configuración de claves',
  'audit.actions.key-narrow': 'Ajustó una clave a sus accesos',
  'audit.actions.litemaas-team-budget-set': 'Fijó un presupuesto de equipo',
  'audit.actions.usage-hold-accept': 'Aceptó las cifras de consumo de LiteLLM',
  'audit.actions.usage-hold-dismiss':
    'Conservó las cifras de consumo del portal',
  'audit.actions.playground-session-start':
    'Inició una sesión en la zona de pruebas',
  'audit.actions.playground-session-end':
    'Terminó una sesión en la zona de pruebas',
  'audit.actions.gateway-model-publish': 'Publicó un modelo en una pasarela',
  'audit.actions.gateway-model-withdraw': 'Retiró un modelo de una pasarela',
  'audit.actions.reconcile-mark-revoked':
    'Marcó una clave como revocada (conciliación)',
  'audit.actions.reconcile-delete-from-gateway':
    'Eliminó una clave de LiteLLM (conciliación)',
  'audit.actions.reconcile-dismiss': 'Descartó reparaciones retenidas',
  'audit.actions.reconcile-take-over':
    'Tomó el control de esta instalación (conciliación)',
  'audit.actions.access-extension-request': 'Pidió prorrogar un acceso',
  'audit.actions.access-extension-approve': 'Prorrogó un acceso',
  'audit.actions.access-extension-deny': 'Denegó la prórroga de un acceso',
  'audit.actions.access-expire': 'Terminó un acceso en su fecha de fin',
  'audit.actions.offboarding-departing':
    'Marcó a un usuario de salida (ya no está en el catálogo)',
  'audit.actions.offboarding-offboard':
    'Dio de baja a un usuario que salió del catálogo',
  'audit.actions.offboarding-keep':
    'Conservó a un usuario que salió del catálogo',
  'audit.actions.access-recertification-start': 'Inició una recertificación',
  'audit.actions.access-recertification-keep':
    'Conservó un acceso en una recertificación',
  'audit.actions.access-recertification-close': 'Cerró una recertificación',
  'audit.actions.key-top-up-request': 'Pidió más presupuesto para una clave',
  'audit.actions.key-top-up-approve': 'Aprobó una ampliación de presupuesto',
  'audit.actions.key-top-up-deny': 'Denegó una ampliación de presupuesto',
  'audit.actions.key-top-up-cancel': 'Retiró una ampliación de presupuesto',
  'audit.actions.key-top-up-end':
    'Terminó una ampliación de presupuesto (presupuesto restablecido)',
  'audit.actions.team-top-up-request': 'Pidió más presupuesto para un equipo',
  'audit.actions.team-top-up-approve':
    'Aprobó una ampliación del presupuesto de un equipo',
  'audit.actions.team-top-up-deny':
    'Denegó una ampliación del presupuesto de un equipo',
  'audit.actions.team-top-up-cancel':
    'Retiró una ampliación del presupuesto de un equipo',
  'audit.actions.team-top-up-end':
    'Terminó una ampliación del presupuesto de un equipo (presupuesto restablecido)',
  'audit.actions.access-escalate':
    'Escaló una solicitud en espera a los administradores',
  'audit.actions.model-approval-rules': 'Cambió las reglas de aprobación',
  'audit.actions.model-deprecate': 'Marcó un modelo como obsoleto',
  'audit.actions.model-deprecation-cancel':
    'Canceló la obsolescencia de un modelo',
  'audit.actions.model-deprecation-remind':
    'Recordó la obsolescencia a sus usuarios',
  'audit.actions.model-retire': 'Retiró un modelo',
};
