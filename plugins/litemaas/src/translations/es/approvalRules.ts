/** Spanish: words of approval rules (editor, check, review chips, history). */
export default {
  'rules.action': 'Reglas de aprobación',
  'rules.tableAction': 'Reglas',
  'rules.actionLabel': 'Reglas de aprobación de {{model}}',
  'rules.title': 'Reglas de aprobación de {{model}}',
  'rules.intro':
    'Las reglas deciden las solicitudes de este modelo antes que una persona. Primero se comprueba una regla de denegación, después las dos aprobaciones y luego las aprobaciones automáticas en el orden de abajo; todo lo demás espera a un revisor.',
  'rules.openModel':
    '{{model}} es abierto: las solicitudes se conceden al instante y las reglas solo se aplican cuando esté restringido.',
  'rules.fromConfig':
    'Estas reglas vienen de la configuración del portal (app-config) y no se pueden cambiar aquí. Cámbielas allí, en litemaas.models.',
  'rules.updated': 'Guardadas por última vez por {{who}} {{when}}.',
  'rules.none': 'Sin reglas: cada solicitud espera a un revisor.',
  'rules.add': 'Añadir regla',
  'rules.editLabel': 'Editar la regla {{name}}',
  'rules.removeLabel': 'Quitar la regla {{name}}',
  'rules.up': 'Subir la regla {{name}}',
  'rules.down': 'Bajar la regla {{name}}',
  'rules.save': 'Guardar reglas',
  'rules.close': 'Cerrar',
  'rules.saved': 'Reglas de aprobación de {{model}} guardadas.',
  'rules.notSaved': 'Las reglas no se guardaron:',
  'rules.unsaved': 'Cambios aún sin guardar.',
  'rules.adminOnly': 'Solo administradores',
  'rules.adminOnlyHelp':
    'La fijó un administrador: solo los administradores la cambian o la quitan.',
  'rules.kinds.autoApprove': 'Aprobación automática',
  'rules.kinds.twoApprovals': 'Dos aprobaciones',
  'rules.kinds.escalate': 'Escalar',
  'rules.kinds.deny': 'Denegar',
  'rules.say.autoApprove':
    'Aprobar al instante cuando los límites sean como mucho {{ceiling}} y quien solicita esté en {{groups}}',
  'rules.say.autoApproveMany':
    'Aprobar al instante cuando los límites sean como mucho {{ceiling}} y quien solicita esté en uno de {{groups}}',
  'rules.say.noGroups': 'ningún grupo todavía',
  'rules.say.twoApprovals':
    'Pedir dos revisores distintos cuando el presupuesto supere {{amount}} o sea ilimitado',
  'rules.say.escalate':
    'Avisar a los administradores cuando una solicitud lleve {{duration}} esperando',
  'rules.say.deny':
    'Denegar al instante salvo que {{who}} sea propietario de un {{kind}}',
  'rules.say.denyWith':
    'Denegar al instante salvo que {{who}} sea propietario de un {{kind}} con {{filter}}',
  'rules.say.subject': 'el usuario o equipo para el que es el acceso',
  'rules.say.requester': 'quien solicita',
  'rules.form.addTitle': 'Nueva regla',
  'rules.form.editTitle': 'Regla {{name}}',
  'rules.form.name': 'Nombre',
  'rules.form.nameHelp':
    'Las decisiones nombran la regla: letras, dígitos, espacios, _ . -',
  'rules.form.adminOnly':
    'Solo los administradores pueden cambiar o quitar esta regla',
  'rules.form.kind': 'Tipo',
  'rules.form.groups': 'Grupos',
  'rules.form.groupsHelp':
    'Refs de grupo separadas por comas, p. ej. group:default/ml-platform',
  'rules.form.ceiling':
    'Lo máximo que aprueba: un presupuesto y, si quiere, TPM o RPM. Una solicitud que pida más, o sin límite, espera a un revisor.',
  'rules.form.maxBudget': 'Presupuesto máximo (USD)',
  'rules.form.budgetDuration': 'Periodo de presupuesto mínimo',
  'rules.form.budgetDurationHelp': 'p. ej. 30d, 1w, 1mo. Vacío: el del modelo',
  'rules.form.tpm': 'TPM máximo',
  'rules.form.rpm': 'RPM máximo',
  'rules.form.aboveBudget': 'Presupuesto por encima de (USD)',
  'rules.form.aboveBudgetHelp':
    'Una solicitud con más presupuesto que este, o sin él, necesita dos revisores.',
  'rules.form.afterDays': 'Días de espera',
  'rules.form.afterDaysHelp':
    'Se avisa una vez a los administradores, de 1 a 365 días tras la solicitud.',
  'rules.form.requireKind': 'Es propietario de un',
  'rules.form.requireOwner': 'Quién debe ser propietario',
  'rules.form.filter': 'Donde {{field}} es',
  'rules.form.filterHelp': 'Vacío: cualquiera',
  'rules.form.reason': 'Motivo mostrado en la denegación (opcional)',
  'rules.form.apply': 'Aplicar',
  'rules.form.cancel': 'Cancelar',
  'rules.form.nameRequired': 'Escriba un nombre',
  'rules.form.nameTaken': 'Otra regla tiene este nombre',
  'rules.form.number': 'Escriba un número de 0 o más',
  'rules.form.wholeNumber': 'Escriba un número entero',
  'rules.form.days': 'Escriba un número entero de días entre 1 y 365',
  'rules.form.duration': 'Como 30d, 1w o 1mo',
  'rules.form.needCeiling':
    'Indique el presupuesto: una aprobación automática lo necesita',
  'rules.form.needGroups': 'Escriba al menos una ref de grupo',
  'rules.form.oneEscalate': 'Un modelo tiene como mucho una regla de escalado',
  'rules.check.title': 'Qué pasaría',
  'rules.check.intro':
    'Prueba las reglas de arriba, guardadas o no, con una solicitud. No se escribe nada.',
  'rules.check.subject': 'Para (ref de usuario o grupo)',
  'rules.check.subjectHelp':
    'p. ej. user:default/alice o group:default/ml-platform',
  'rules.check.requester': 'Solicitado por (ref de usuario, opcional)',
  'rules.check.requesterHelp': 'Vacío: el usuario para el que es, o usted',
  'rules.check.limits': 'Límites pedidos (vacío: los del modelo)',
  'rules.check.maxBudget': 'Presupuesto (USD)',
  'rules.check.budgetDuration': 'Periodo de presupuesto',
  'rules.check.tpm': 'TPM',
  'rules.check.rpm': 'RPM',
  'rules.check.run': 'Comprobar',
  'rules.check.failed': 'No se pudo comprobar: {{error}}',
  'rules.check.outcome.granted':
    'Concedido al instante por la regla «{{rule}}»',
  'rules.check.outcome.denied': 'Denegado al instante por la regla «{{rule}}»',
  'rules.check.outcome.twoApprovals':
    'Espera a dos revisores distintos (regla «{{rule}}»)',
  'rules.check.outcome.people': 'Espera a un revisor',
  'rules.check.why': 'Por qué: {{reason}}',
  'rules.check.looked': 'Límites considerados: {{limits}}',
  'rules.check.escalate':
    'Se avisa a los administradores tras {{duration}} sin decisión.',
  'rules.chips.approvals': '{{done}} de {{required}} aprobaciones',
  'rules.chips.approvalsRule':
    '{{done}} de {{required}} aprobaciones (regla {{rule}})',
  'rules.chips.approvalsBy':
    'Aprobado por {{who}}; la siguiente aprobación debe ser de otro revisor',
  'rules.chips.escalated': 'Escalada',
  'rules.chips.escalatedTitle':
    'Se avisó a los administradores el {{date}}: lleva demasiado esperando',
  'rules.history.approvalRecorded':
    '{{actor}} dio la primera de dos aprobaciones',
  'rules.history.escalated':
    '{{actor}} escaló la solicitud a los administradores',
  'rules.history.ruleSkipped': '{{actor}} no pudo comprobar una regla',
  'rules.reasons.approved':
    'Aprobado por la regla «{{rule}}»: límites dentro de su máximo, {{who}} en {{group}}',
  'rules.reasons.denied': 'Denegado por la regla «{{rule}}»: {{why}}',
  'rules.reasons.twoApprovals':
    'Necesita dos aprobaciones (regla «{{rule}}»): el presupuesto de {{amount}} supera {{above}}',
  'rules.reasons.twoApprovalsUnlimited':
    'Necesita dos aprobaciones (regla «{{rule}}»): el presupuesto es ilimitado, por encima de {{above}}',
  'rules.reasons.approvals': '{{n}} de 2 aprobaciones (regla «{{rule}}»)',
  'rules.reasons.approvalsWith':
    '{{n}} de 2 aprobaciones (regla «{{rule}}»): {{reason}}',
  'rules.reasons.escalated':
    'Sin decisión en {{days}} días: escalada a los administradores (regla «{{rule}}»)',
  'rules.reasons.skipped':
    'La regla «{{rule}}» no pudo leer el catálogo ({{error}}): deciden personas',
  'rules.reasons.noRule': 'Ninguna regla decide: decide un revisor',
  'rules.reasons.noRules':
    'El modelo no tiene reglas de aprobación: decide un revisor',
};
