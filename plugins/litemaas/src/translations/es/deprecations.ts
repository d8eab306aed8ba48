/** Spanish: words of model deprecation (chips, banners, the admins' dialog, the campaigns). */
export default {
  'deprecation.chip.deprecated': 'Obsoleto',
  'deprecation.chip.retired': 'Retirado',
  'deprecation.chip.deprecatedTitle': 'Obsoleto: se retira el {{date}}',
  'deprecation.chip.deprecatedMoveTitle':
    'Obsoleto: se retira el {{date}}; cambie a {{replacement}}',
  'deprecation.chip.retiredTitle': 'Retirado el {{date}}',
  'deprecation.chip.retiredMoveTitle':
    'Retirado el {{date}}; use {{replacement}}',
  'deprecation.when.inDays': 'en {{days}} días',
  'deprecation.when.tomorrow': 'mañana',
  'deprecation.when.today': 'hoy',
  'deprecation.when.due': 'en la próxima ejecución',
  'deprecation.banner.deprecated':
    'Obsoleto: se retira el {{date}} ({{when}}).',
  'deprecation.banner.moveTo': 'Cambie a {{replacement}}.',
  'deprecation.banner.noReplacement':
    'No se indicó ningún sustituto: pregunte al responsable del modelo.',
  'deprecation.banner.retired': 'Retirado el {{date}}.',
  'deprecation.banner.retiredText':
    'El modelo salió de todas las claves y sus accesos terminaron; ya no se puede solicitar.',
  'deprecation.banner.useInstead': 'Use {{replacement}} en su lugar.',
  'deprecation.banner.note': 'Nota: {{note}}',
  'deprecation.banner.campaign': 'Seguir la campaña',
  'deprecation.request.disabled':
    'Retirado el {{date}}: ya no se puede solicitar.',
  'deprecation.request.warning':
    '{{model}} está obsoleto y se retira el {{date}}: el acceso termina entonces.',
  'deprecation.request.warningMove':
    '{{model}} está obsoleto y se retira el {{date}}: el acceso termina entonces. Considere {{replacement}} en su lugar.',
  'deprecation.action.deprecate': 'Declarar obsoleto…',
  'deprecation.action.manage': 'Obsolescencia…',
  'deprecation.action.deprecateLabel': 'Declarar obsoleto {{model}}',
  'deprecation.action.manageLabel': 'Obsolescencia de {{model}}',
  'deprecation.dialog.titleNew': 'Declarar obsoleto {{model}}',
  'deprecation.dialog.titleEdit': 'Obsolescencia de {{model}}',
  'deprecation.dialog.explanation':
    'Todos los que tienen el modelo, y los responsables de los Components vinculados a sus claves, reciben el aviso ahora y un recordatorio 30, 7 y 1 días antes de la fecha. En la fecha el modelo sale de todas las claves y sus accesos terminan.',
  'deprecation.dialog.replacement': 'Sustituto',
  'deprecation.dialog.noReplacement': 'Ninguno',
  'deprecation.dialog.replacementHelp':
    'El modelo al que deben cambiar. Recomendado.',
  'deprecation.dialog.replacementMissing':
    'Sin sustituto, los afectados solo conocen la fecha.',
  'deprecation.dialog.retireAt': 'Fecha de retirada',
  'deprecation.dialog.retireAtHelp':
    'El modelo se retira al final de este día.',
  'deprecation.dialog.dateRequired': 'Elija una fecha de retirada',
  'deprecation.dialog.dateNotFuture': 'Elija un día posterior a hoy',
  'deprecation.dialog.note': 'Nota para los afectados',
  'deprecation.dialog.noteHelp':
    'Opcional: por qué, o qué comprobar antes de cambiar.',
  'deprecation.dialog.submitNew': 'Declarar obsoleto',
  'deprecation.dialog.submitEdit': 'Guardar cambios',
  'deprecation.dialog.created':
    '{{model}} está obsoleto; los afectados reciben el aviso.',
  'deprecation.dialog.saved': 'La obsolescencia de {{model}} se ha guardado.',
  'deprecation.dialog.retiredInfo':
    '{{model}} se retiró el {{date}}. Si se anula la obsolescencia, se podrá solicitar de nuevo; los accesos y claves que terminaron siguen terminados.',
  'deprecation.dialog.close': 'Cerrar',
  'deprecation.dialog.others': 'Más acciones',
  'deprecation.cancel.action': 'Anular obsolescencia',
  'deprecation.cancel.title': '¿Anular la obsolescencia de {{model}}?',
  'deprecation.cancel.text':
    'El modelo deja de estar obsoleto: los afectados lo conservan y nadie recibe recordatorios.',
  'deprecation.cancel.retiredText':
    'El modelo se podrá solicitar de nuevo. Los accesos y claves que terminaron siguen terminados.',
  'deprecation.cancel.confirm': 'Anular obsolescencia',
  'deprecation.cancel.done': 'Se anuló la obsolescencia de {{model}}.',
  'deprecation.retire.action': 'Retirar ahora',
  'deprecation.retire.title': '¿Retirar {{model}} ahora?',
  'deprecation.retire.text':
    'El modelo sale ahora de todas las claves y todos sus accesos terminan, sin esperar a la fecha. Las claves no lo recuperan.',
  'deprecation.retire.typeName': 'Escriba {{model}} para confirmar',
  'deprecation.retire.mismatch': 'Escriba exactamente el nombre del modelo',
  'deprecation.retire.confirm': 'Retirar ahora',
  'deprecation.retire.done': '{{model}} se ha retirado.',
  'deprecation.tab': 'Obsolescencias',
  'deprecation.list.title': 'Modelos obsoletos ({{total}})',
  'deprecation.list.description':
    'Modelos que se retiran: quién los tiene, quién cambió al sustituto y cuándo se retira cada uno.',
  'deprecation.list.empty': 'Ningún modelo está obsoleto',
  'deprecation.list.emptyText':
    'Los administradores declaran obsoleto un modelo en Gestionar modelos, con un sustituto y una fecha; su campaña aparece aquí.',
  'deprecation.list.loadWhat': 'las campañas de obsolescencia',
  'deprecation.list.reload': 'Recargar',
  'deprecation.list.columns.model': 'Modelo',
  'deprecation.list.columns.replacement': 'Sustituto',
  'deprecation.list.columns.retireAt': 'Retirada',
  'deprecation.list.columns.state': 'Estado',
  'deprecation.list.columns.progress': 'Cambiados',
  'deprecation.list.columns.reminders': 'Recordatorios',
  'deprecation.list.none': 'Ninguno',
  'deprecation.state.deprecated': 'Obsoleto',
  'deprecation.state.retiring': 'Retirándose',
  'deprecation.state.retired': 'Retirado',
  'deprecation.state.retiringHelp':
    'Retirado, pero algunas claves aún llevan el modelo: la próxima ejecución lo reintenta.',
  'deprecation.progress.moved': '{{moved}} de {{total}} cambiados',
  'deprecation.progress.label': 'Afectados que cambiaron',
  'deprecation.progress.counts': 'Inactivos: {{idle}} · Aún lo usan: {{using}}',
  'deprecation.progress.none': 'Nadie lo tiene',
  'deprecation.reminders.none': 'Ninguno aún',
  'deprecation.reminders.sent': '{{days}} días antes',
  'deprecation.subject.moved': 'Cambiado',
  'deprecation.subject.idle': 'Inactivo',
  'deprecation.subject.using': 'Aún lo usa',
  'deprecation.subject.movedHelp':
    'Ninguna petición al modelo en 7 días, y algunas al sustituto.',
  'deprecation.subject.idleHelp':
    'Ninguna petición a ninguno de los dos modelos en 7 días.',
  'deprecation.subject.usingHelp':
    'Peticiones al modelo en los últimos 7 días.',
  'deprecation.detail.back': 'Todas las obsolescencias',
  'deprecation.detail.loading': 'Cargando la campaña',
  'deprecation.detail.loadWhat': 'la campaña',
  'deprecation.detail.notFound': '{{model}} no está obsoleto.',
  'deprecation.detail.retires': 'Se retira el {{date}} ({{when}})',
  'deprecation.detail.retiredOn': 'Retirado el {{date}}',
  'deprecation.detail.replacement': 'Sustituto: {{replacement}}',
  'deprecation.detail.noReplacement': 'Sin sustituto indicado',
  'deprecation.detail.by': 'Declarado obsoleto por {{name}} el {{date}}',
  'deprecation.detail.remindersSent': 'Recordatorios enviados: {{list}}',
  'deprecation.detail.holders': 'Afectados ({{total}})',
  'deprecation.detail.holdersLabel': 'Afectados del modelo',
  'deprecation.detail.noHolders': 'Nadie tiene el modelo.',
  'deprecation.detail.columns.subject': 'Afectado',
  'deprecation.detail.columns.state': 'Estado',
  'deprecation.detail.columns.requests': 'Peticiones 7 d',
  'deprecation.detail.columns.spend': 'Gasto 7 d',
  'deprecation.detail.columns.lastUsed': 'Último uso',
  'deprecation.detail.columns.replacementRequests': 'En el sustituto 7 d',
  'deprecation.detail.columns.replacementAccess': 'Acceso al sustituto',
  'deprecation.detail.columns.keys': 'Claves',
  'deprecation.detail.never': 'Nunca',
  'deprecation.detail.yes': 'Sí',
  'deprecation.detail.no': 'No',
  'deprecation.detail.noKeys': 'Sin clave',
  'deprecation.detail.components': 'Components avisados ({{total}})',
  'deprecation.detail.componentsNone':
    'Ninguna clave del modelo está vinculada a un Component.',
  'deprecation.detail.component': 'Component',
  'deprecation.detail.owner': 'Responsable',
  'deprecation.detail.noOwner': 'Sin responsable',
  'deprecation.detail.remind': 'Recordar ahora',
  'deprecation.detail.reminded':
    'Se recordó a {{total}} afectados que no han cambiado.',
  'deprecation.detail.remindedOne':
    'Se recordó a 1 afectado que no ha cambiado.',
  'deprecation.detail.remindedNone':
    'Nadie a quien recordar: todos los afectados han cambiado o ya recibieron un recordatorio hoy.',
  'deprecation.detail.remindFailed': 'No se pudo recordar: {{error}}',
  'deprecation.detail.edit': 'Editar',
  'deprecation.detail.reload': 'Recargar la campaña',
  'deprecation.run.title': 'Tarea de obsolescencia',
  'deprecation.run.now': 'Ejecutar ahora',
  'deprecation.run.none':
    'La tarea de obsolescencia no se ha ejecutado desde que se inició el portal.',
  'deprecation.run.last': 'Última ejecución {{when}}:',
  'deprecation.run.summary':
    'avisados: {{announced}} · recordados: {{reminded}} · retirados: {{retired}} · accesos terminados: {{grants}} · claves cambiadas: {{keys}} · por reintentar: {{failed}}',
  'deprecation.run.failed': 'La última ejecución falló {{when}}: {{error}}',
  'deprecation.run.asked':
    'Se ha pedido la tarea de obsolescencia; se ejecuta en breve.',
  'deprecation.run.done': 'La tarea de obsolescencia se ha ejecutado.',
  'deprecation.run.runFailed':
    'No se pudo ejecutar la tarea de obsolescencia: {{error}}',
  'deprecation.run.loadWhat':
    'la última ejecución de la tarea de obsolescencia',
};
