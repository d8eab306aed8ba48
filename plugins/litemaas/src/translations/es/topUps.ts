/** Spanish: words of budget top-ups, on the keys, usage and Review pages. */
export default {
  'topUps.ask': 'Pedir más presupuesto',
  'topUps.askLabel': 'Pedir más presupuesto para {{name}}',
  'topUps.pending': 'Ampliación de {{amount}} en espera',
  'topUps.applying': 'Aplicando la ampliación de {{amount}}',
  'topUps.active': '+{{amount}} hasta el {{date}}',
  'topUps.ending': '+{{amount}} volviendo al presupuesto anterior',
  'topUps.cancel': 'Retirar',
  'topUps.cancelLabel': 'Retirar la ampliación de {{name}}',
  'topUps.cancelled': 'Ampliación de {{name}} retirada.',
  'topUps.cancelFailed':
    'No se pudo retirar la ampliación de {{name}}: {{error}}',
  'topUps.loadWhat': 'las ampliaciones de presupuesto',
  'topUps.status.pending': 'En espera',
  'topUps.status.applying': 'Aplicándose',
  'topUps.status.active': 'En curso',
  'topUps.status.ending': 'Terminando',
  'topUps.status.ended': 'Terminada',
  'topUps.status.denied': 'Denegada',
  'topUps.status.cancelled': 'Retirada',
  'topUps.dialog.title': 'Más presupuesto para {{name}}',
  'topUps.dialog.intro':
    'Lo decide un administrador o los responsables de los modelos de la clave, como en una solicitud de acceso; se le notificará la decisión.',
  'topUps.dialog.amount': 'Importe (USD)',
  'topUps.dialog.amountHelp': 'Se suma al presupuesto de {{budget}}',
  'topUps.dialog.amountRequired': 'Introduzca un importe',
  'topUps.dialog.amountAboveZero': 'Introduzca un importe mayor que 0',
  'topUps.dialog.amountTooHigh': 'Como máximo {{max}}',
  'topUps.dialog.days': 'Días',
  'topUps.dialog.daysHelp': 'Desde la aprobación, de {{min}} a {{max}}',
  'topUps.dialog.daysInvalid':
    'Introduzca un número entero de {{min}} a {{max}}',
  'topUps.dialog.justification': 'Justificación',
  'topUps.dialog.justificationHelp':
    'Por qué la clave necesita más, para quien decide.',
  'topUps.dialog.justificationRequired':
    'Explique por qué la clave necesita más',
  'topUps.dialog.effect':
    'Una vez aprobada, el presupuesto de la clave pasa de {{from}} a {{to}} hasta el {{date}}; después vuelve al anterior.',
  'topUps.dialog.submit': 'Pedir',
  'topUps.dialog.sent':
    'Más presupuesto pedido para {{name}}. Se le notificará la decisión.',
  'topUps.link.close': 'Cerrar',
  'topUps.link.teamNotFound':
    'El equipo del enlace no es uno de sus equipos con presupuesto, así que no hay nada que ampliar.',
  'topUps.link.notFound':
    'La clave del enlace no está entre sus claves (quizá se revocó), así que no hay nada que ampliar.',
  'topUps.link.noBudget':
    '{{name}} no tiene presupuesto, así que no hay nada que ampliar.',
  'topUps.link.notWorking':
    '{{name}} está en estado «{{status}}»: solo una clave que funciona puede recibir más presupuesto.',
  'topUps.link.playground':
    '{{name}} es una clave de la zona de pruebas: no puede recibir más presupuesto.',
  'topUps.link.pending':
    '{{name}} ya tiene una ampliación esperando una decisión.',
  'topUps.link.running':
    '{{name}} ya tiene una ampliación en curso: vuelva a pedir cuando haya terminado.',
  'topUps.details.column': 'Detalles',
  'topUps.details.show': 'Mostrar los detalles de {{name}}',
  'topUps.details.hide': 'Ocultar los detalles de {{name}}',
  'topUps.details.title': 'Ampliaciones de presupuesto',
  'topUps.details.label': 'Ampliaciones de presupuesto de {{name}}',
  'topUps.details.none':
    'Todavía no se ha pedido ninguna ampliación para esta clave.',
  'topUps.details.loading': 'Cargando las ampliaciones de presupuesto',
  'topUps.details.failed':
    'No se pudieron cargar las ampliaciones de presupuesto: {{error}}',
  'topUps.history.amountFor': '{{amount}} durante {{period}}',
  'topUps.history.budgetChange': 'Presupuesto {{from}} → {{to}}',
  'topUps.history.ran': 'Del {{from}} al {{until}}',
  'topUps.history.runs': 'Desde el {{from}}, hasta el {{until}}',
  'topUps.history.askedBy': 'Pedida por {{who}}, {{when}}',
  'topUps.history.approvedBy': 'Aprobada por {{who}}, {{when}}',
  'topUps.history.deniedBy': 'Denegada por {{who}}, {{when}}',
  'topUps.history.justification': 'Justificación: {{text}}',
  'topUps.history.reason': 'Motivo: {{text}}',
  'topUps.history.note': 'Nota: {{text}}',
  'topUps.review.tab': 'Ampliaciones de presupuesto',
  'topUps.team.name': 'equipo {{name}}',
  'topUps.team.intro':
    'Lo decide un administrador, como en una solicitud de acceso; todo el equipo recibe un aviso de la decisión. El presupuesto del equipo cubre todos los modelos que usan sus miembros.',
  'topUps.team.justificationHelp':
    'Por qué el equipo necesita más, para quien decide.',
  'topUps.team.justificationRequired': 'Diga por qué el equipo necesita más',
  'topUps.team.effect':
    'Una vez aprobada, el presupuesto del equipo pasa de {{from}} a {{to}} hasta el {{date}}; después vuelve a bajar.',
  'topUps.team.approveEffect':
    'El presupuesto del equipo pasa de {{from}} a {{to}} hasta el {{date}}; después vuelve a bajar.',
  'topUps.team.approveEffectRaise':
    'El presupuesto del equipo sube {{amount}} hasta el {{date}}; después baja lo mismo.',
  'topUps.team.denyExplanation':
    'El equipo conserva su presupuesto. Diga por qué, para que sus miembros lo sepan.',
  'topUps.usage.title': 'Ampliaciones de presupuesto',
  'topUps.usage.description':
    'Ampliaciones de sus claves y de los presupuestos de sus equipos, las más recientes primero: qué se pidió, quién decidió y por qué, y cuándo termina cada una.',
  'topUps.usage.descriptionAll':
    'Las ampliaciones de todos, de claves y de presupuestos de equipo, las más recientes primero.',
  'topUps.usage.tableTitle': 'Ampliaciones de presupuesto ({{total}})',
  'topUps.usage.none':
    'Aún no se ha pedido ninguna ampliación. Pida una desde una tarjeta de presupuesto de arriba cuando un presupuesto se agote.',
  'topUps.usage.noneAll': 'Nadie ha pedido aún una ampliación.',
  'topUps.usage.loading': 'Cargando las ampliaciones de presupuesto',
  'topUps.usage.columns.target': 'Clave o equipo',
  'topUps.usage.columns.amount': 'Importe',
  'topUps.usage.columns.status': 'Estado',
  'topUps.usage.columns.decision': 'Decisión',
  'topUps.usage.columns.ends': 'Fin',
  'topUps.usage.key': 'Clave',
  'topUps.usage.team': 'Presupuesto de equipo',
  'topUps.usage.waiting': 'Aún sin decidir',
  'topUps.usage.endsOn': 'Termina el {{date}}',
  'topUps.usage.endedOn': 'Terminó el {{date}}',
  'topUps.review.heading': 'Ampliaciones de presupuesto',
  'topUps.review.title': 'Ampliaciones de presupuesto en espera ({{total}})',
  'topUps.review.description':
    'Los propietarios de claves de los modelos que usted revisa piden más presupuesto durante un tiempo. Aprobar sube el presupuesto de la clave al momento, durante los días indicados; después vuelve al anterior. Para denegar hace falta un motivo.',
  'topUps.review.none': 'No hay ampliaciones esperando su decisión.',
  'topUps.review.columns.key': 'Clave o equipo',
  'topUps.review.columns.owner': 'Propietario',
  'topUps.review.columns.budget': 'Presupuesto',
  'topUps.review.columns.justification': 'Justificación',
  'topUps.review.columns.asked': 'Pedida',
  'topUps.review.columns.decide': 'Decidir',
  'topUps.review.budgetChange': '{{from}} → {{to}}',
  'topUps.review.plus': '+{{amount}}',
  'topUps.review.forDays': 'durante {{period}}',
  'topUps.review.askedBy': 'por {{name}}',
  'topUps.review.approve': 'Aprobar…',
  'topUps.review.approveLabel': 'Aprobar la ampliación de {{name}}',
  'topUps.review.deny': 'Denegar…',
  'topUps.review.denyLabel': 'Denegar la ampliación de {{name}}',
  'topUps.review.approveTitle': 'Aprobar la ampliación de {{name}}',
  'topUps.review.approveIntro':
    '{{who}} pide {{amount}} más durante {{period}}.',
  'topUps.review.approveHelp':
    'Apruébela tal como se pidió, o por menos o menos tiempo.',
  'topUps.review.approveEffect':
    'El presupuesto de la clave pasa de {{from}} a {{to}} hasta el {{date}}; después vuelve al anterior.',
  'topUps.review.approveEffectRaise':
    'El presupuesto de la clave sube {{amount}} hasta el {{date}}; después baja lo mismo.',
  'topUps.review.approveSubmit': 'Aprobar',
  'topUps.review.approved':
    'Ampliación de {{name}} aprobada: +{{amount}} hasta el {{date}}.',
  'topUps.review.denyTitle': 'Denegar la ampliación de {{name}}',
  'topUps.review.denyExplanation':
    'La clave conserva su presupuesto. Explique por qué, para que sus propietarios lo sepan.',
  'topUps.review.denySubmit': 'Denegar',
  'topUps.review.denied': 'Ampliación de {{name}} denegada.',
};
