/** Spanish: words of the Review page's sections and its recertifications. */
export default {
  'reviewTabs.label': 'Secciones de la revisión',
  'reviewTabs.requests': 'Solicitudes y accesos',
  'reviewTabs.recertification': 'Recertificación',
  'recertification.title': 'Recertificaciones ({{total}})',
  'recertification.description':
    'Confirme quién sigue necesitando los modelos que revisa: cada recertificación lista todos los accesos de sus modelos, para mantenerlos o retirarlos antes de una fecha límite.',
  'recertification.start.button': 'Iniciar una recertificación',
  'recertification.start.noModels':
    'No revisa ningún modelo, así que no hay nada que recertificar.',
  'recertification.start.title': 'Iniciar una recertificación',
  'recertification.start.explanation':
    'Todos los accesos vigentes de los modelos elegidos se presentan a sus revisores para mantenerlos o retirarlos. Los revisores reciben un aviso ahora y un recordatorio antes de la fecha límite.',
  'recertification.start.name': 'Nombre',
  'recertification.start.nameHelp': 'Opcional. En blanco: «{{name}}».',
  'recertification.start.defaultNameOne': 'Revisión de {{model}} del {{date}}',
  'recertification.start.defaultNameMany':
    'Revisión de {{total}} modelos del {{date}}',
  'recertification.start.models': 'Modelos',
  'recertification.start.allModels': 'Todos los modelos que reviso',
  'recertification.start.modelsRequired': 'Elija al menos un modelo',
  'recertification.start.deadline': 'Fecha límite',
  'recertification.start.deadlineHelp':
    'Los accesos que nadie haya confirmado al final de este día se tratan como se elija abajo.',
  'recertification.start.deadlineRequired': 'Elija una fecha límite',
  'recertification.start.onDeadline': 'Al vencer la fecha límite',
  'recertification.start.onDeadlineEnd':
    'Retirar los accesos que nadie confirmó',
  'recertification.start.onDeadlineEndHelp':
    'Sus modelos salen de las claves de los titulares.',
  'recertification.start.onDeadlineFlag': 'Solo marcarlos',
  'recertification.start.onDeadlineFlagHelp':
    'Siguen activos, marcados para que usted haga el seguimiento.',
  'recertification.start.submit': 'Iniciar',
  'recertification.start.started':
    'Recertificación iniciada: {{total}} accesos por revisar.',
  'recertification.start.startedOne':
    'Recertificación iniciada: 1 acceso por revisar.',
  'recertification.empty.title': 'Aún no hay recertificaciones',
  'recertification.empty.description':
    'Una recertificación lista todos los accesos de los modelos que elija, con su último uso y su gasto, para que los mantenga o retire antes de una fecha límite.',
  'recertification.listColumns.name': 'Nombre',
  'recertification.listColumns.models': 'Modelos',
  'recertification.listColumns.deadline': 'Fecha límite',
  'recertification.listColumns.onDeadline': 'Al vencer',
  'recertification.listColumns.status': 'Estado',
  'recertification.listColumns.progress': 'Progreso',
  'recertification.listColumns.createdBy': 'Iniciada por',
  'recertification.modelsMore': '+{{more}}',
  'recertification.inDays': 'en {{days}} días',
  'recertification.withinADay': 'en menos de un día',
  'recertification.tomorrow': 'mañana',
  'recertification.passed': 'Vencida',
  'recertification.closedOn': 'Cerrada el {{date}}',
  'recertification.onDeadline.end': 'Retirarlos',
  'recertification.onDeadline.flag': 'Marcarlos',
  'recertification.status.open': 'Abierta',
  'recertification.status.closed': 'Cerrada',
  'recertification.progress.decided': '{{decided}} de {{total}} decididos',
  'recertification.progress.label': 'Accesos decididos',
  'recertification.progress.none': 'Sin accesos',
  'recertification.progress.count': '{{decision}}: {{number}}',
  'recertification.decision.pending': 'Pendiente',
  'recertification.decision.keep': 'Mantenido',
  'recertification.decision.end': 'Retirado',
  'recertification.decision.expired': 'Retirado al vencer',
  'recertification.decision.flagged': 'Marcado',
  'recertification.decision.gone': 'Ya terminado',
  'recertification.decision.by': 'por {{name}}, {{when}}',
  'recertification.decision.notConfirmed':
    'Nadie lo confirmó antes de la fecha límite',
  'recertification.decision.goneExplanation': 'El acceso terminó por otra vía',
  'recertification.detail.back': 'Todas las recertificaciones',
  'recertification.detail.loading': 'Cargando la recertificación',
  'recertification.detail.deadline': 'Fecha límite: {{date}}',
  'recertification.detail.onDeadlineEnd':
    'Entonces se retiran los accesos que nadie confirmó.',
  'recertification.detail.onDeadlineFlag':
    'Entonces se marcan los accesos que nadie confirmó.',
  'recertification.detail.models': 'Modelos: {{list}}',
  'recertification.detail.startedBy': 'Iniciada por {{name}} el {{date}}',
  'recertification.detail.closed':
    'Esta recertificación se cerró el {{date}}. Sus decisiones son definitivas y solo se pueden consultar y exportar.',
  'recertification.detail.flaggedNote':
    'Los accesos marcados siguen activos: retire los que nadie necesite en «Solicitudes y accesos».',
  'recertification.detail.tableTitle': 'Accesos ({{total}})',
  'recertification.detail.tableLabel': 'Accesos en revisión',
  'recertification.detail.none':
    'Esta recertificación no incluye accesos de los modelos que usted revisa.',
  'recertification.detail.undecidedOnly': 'Solo sin decidir',
  'recertification.detail.allDecided':
    'Todos los accesos de esta recertificación están decididos.',
  'recertification.detail.showAll': 'Mostrar todos',
  'recertification.detail.reload': 'Recargar',
  'recertification.detail.selectAll': 'Seleccionar todos los accesos',
  'recertification.detail.select': 'Seleccionar {{model}} para {{subject}}',
  'recertification.detail.selected': '{{total}} seleccionados',
  'recertification.detail.keepSelected': 'Mantener la selección',
  'recertification.detail.endSelected': 'Retirar la selección…',
  'recertification.columns.subject': 'Titular',
  'recertification.columns.model': 'Modelo',
  'recertification.columns.limits': 'Límites',
  'recertification.columns.granted': 'Concedido',
  'recertification.columns.lastUsed': 'Último uso',
  'recertification.columns.usage': '90 días',
  'recertification.columns.decision': 'Decisión',
  'recertification.columns.actions': 'Acciones',
  'recertification.never': 'Nunca',
  'recertification.neverHelp':
    'Sin uso en los datos de consumo que guarda el portal',
  'recertification.notRecently': 'No en los últimos 90 días',
  'recertification.requests': '{{requests}} peticiones',
  'recertification.requestsOne': '1 petición',
  'recertification.keep': 'Mantener',
  'recertification.keepLabel': 'Mantener {{model}} para {{subject}}',
  'recertification.end': 'Retirar…',
  'recertification.endLabel': 'Retirar {{model}} a {{subject}}',
  'recertification.endDialog.titleOne': '¿Retirar {{model}} a {{subject}}?',
  'recertification.endDialog.titleMany': '¿Retirar {{total}} accesos?',
  'recertification.endDialog.explanationOne':
    '{{model}} sale de las claves de {{subject}}; una clave que se queda sin modelos se revoca.',
  'recertification.endDialog.explanationMany':
    'Cada modelo sale de las claves de su titular; una clave que se queda sin modelos se revoca.',
  'recertification.endDialog.reason': 'Motivo (opcional)',
  'recertification.endDialog.reasonHelp':
    'Se guarda con la decisión; los titulares del acceso lo verán en su historial.',
  'recertification.endDialog.submitOne': 'Retirar acceso',
  'recertification.endDialog.submitMany': 'Retirar accesos',
  'recertification.keptOne': '{{model}} se mantiene para {{subject}}.',
  'recertification.keptMany': '{{total}} accesos mantenidos.',
  'recertification.endedOne':
    '{{subject}} ya no tiene {{model}}; sus claves perdieron el modelo.',
  'recertification.endedMany':
    '{{total}} accesos retirados; sus claves perdieron los modelos.',
  'recertification.keptPartly':
    '{{done}} de {{total}} accesos mantenidos; {{failed}} fallaron.',
  'recertification.endedPartly':
    '{{done}} de {{total}} accesos retirados; {{failed}} fallaron.',
  'recertification.keptOutcome': '{{done}} mantenidos; {{failed}} fallaron',
  'recertification.endedOutcome': '{{done}} retirados; {{failed}} fallaron',
  'recertification.keepFailed':
    'No se pudieron mantener los accesos: {{error}}',
  'recertification.unknownError': 'Error desconocido',
  'recertification.describe': '{{model}} para {{subject}}',
  'recertification.export.button': 'Exportar {{format}}',
  'recertification.export.failed':
    'No se pudieron exportar las decisiones como {{format}}: {{error}}',
};
