/** Spanish: words of API keys: the list, its dialogs and key delivery. */
export default {
  'keys.title': 'Claves de API',
  'keys.titleWithTotal': 'Claves de API ({{total}})',
  'keys.create': 'Crear clave',
  'keys.showRevoked': 'Mostrar revocadas',
  'keys.attentionOne':
    '1 clave ha superado su presupuesto o caduca en menos de una semana.',
  'keys.attentionMany':
    '{{total}} claves han superado su presupuesto o caducan en menos de una semana.',
  'keys.actions.edit': 'Editar',
  'keys.actions.rotate': 'Rotar',
  'keys.actions.revoke': 'Revocar',
  'keys.empty.title': 'Todavía no hay claves de API',
  'keys.empty.intro':
    'Una clave de API permite que su código llame a modelos a través de la pasarela de modelos de la empresa. Dos pasos:',
  'keys.empty.step1':
    '1. {{action}} en la pestaña {{models}}. Los modelos abiertos se conceden al momento; los restringidos, cuando su responsable lo aprueba.',
  'keys.empty.step1Action': 'Obtenga acceso a un modelo',
  'keys.empty.modelsTab': 'Modelos',
  'keys.empty.step2':
    '2. {{action}} aquí para los modelos a los que tiene acceso, para usted o para un equipo. Su valor se muestra una sola vez, con ejemplos para probarla.',
  'keys.empty.step2Action': 'Cree una clave',
  'keys.empty.browse': 'Ver los modelos',
  'keys.rotation.oldStopped': 'El valor anterior ya no funciona.',
  'keys.rotation.oldWorksUntil':
    'El valor anterior sigue funcionando hasta el {{date}} ({{relative}}); después deja de funcionar. Cambie todo lo que use la clave al nuevo valor antes de esa fecha.',
  'keys.rotation.oldWorksFor':
    'El valor anterior sigue funcionando durante {{period}}; después deja de funcionar. Cambie todo lo que use la clave al nuevo valor antes de ese momento.',
  'keys.revoke.title': '¿Revocar {{name}}?',
  'keys.revoke.confirm': 'Revocar',
  'keys.revoke.done': '{{name}} revocada.',
  'keys.revoke.body':
    'Las solicitudes con esta clave dejan de funcionar al instante y no se puede deshacer: para volver a llamar a los modelos, cree una clave nueva.',
  'keys.revoke.team':
    'Pertenece a {{team}}: deja de funcionar para todo el equipo.',
  'keys.table.name': 'Nombre',
  'keys.table.owner': 'Propietario',
  'keys.table.models': 'Modelos',
  'keys.table.status': 'Estado',
  'keys.table.spend': 'Gasto',
  'keys.table.created': 'Creada',
  'keys.table.actions': 'Acciones',
  'keys.table.me': 'Yo',
  'keys.table.team': 'equipo',
  'keys.table.oldValueUntil': 'El valor anterior caduca {{when}}',
  'keys.table.createdBy': 'por {{who}}',
  'keys.table.expires': 'caduca {{when}}',
  'keys.table.neverExpires': 'no caduca',
  'keys.table.reload': 'Recargar',
  'keys.status.active': 'Activa',
  'keys.status.activeHelp': 'Lista para usar.',
  'keys.status.expiringSoon': 'Caduca pronto',
  'keys.status.expiringSoonHelp':
    'Caduca en menos de una semana: cree una clave nueva a tiempo.',
  'keys.status.expired': 'Caducada',
  'keys.status.expiredHelp':
    'Ha pasado su fecha de caducidad: las solicitudes con ella se rechazan.',
  'keys.status.blocked': 'Bloqueada',
  'keys.status.blockedHelp':
    'Un administrador la ha bloqueado: las solicitudes con ella se rechazan.',
  'keys.status.overBudget': 'Presupuesto superado',
  'keys.status.overBudgetHelp':
    'Su gasto ha alcanzado el presupuesto: las solicitudes se rechazan hasta que empiece el siguiente periodo del presupuesto.',
  'keys.status.revoking': 'Revocando',
  'keys.status.revokingHelp':
    'Revocada en el portal, pero la pasarela aún no lo ha confirmado (no estaba disponible): puede seguir funcionando hasta que el portal lo reintente, cosa que hace automáticamente.',
  'keys.status.revoked': 'Revocada',
  'keys.status.revokedHelp': 'Eliminada de la pasarela: ya no funciona.',
  'keys.status.creating': 'Creando',
  'keys.status.creatingHelp': 'Se está creando en la pasarela.',
  'keys.status.failed': 'Fallida',
  'keys.status.failedHelp': 'La pasarela no pudo crearla. Nunca ha funcionado.',
  'keys.origin.provisioned': 'Aprovisionada',
  'keys.origin.provisionedHelp':
    'Creada por un administrador en lote, p. ej. para un taller',
  'keys.origin.adopted': 'Adoptada',
  'keys.origin.adoptedHelp': 'Encontrada en LiteLLM y asumida por el portal',
  'keys.origin.playground': 'Zona de pruebas',
  'keys.origin.playgroundHelp':
    'Emitida para una sesión de la zona de pruebas: de corta duración, se revoca al terminar la sesión',
  'keys.budget.usedUp': 'Presupuesto agotado',
  'keys.budget.used': '{{percent}} usado',
  'keys.budget.within': 'Dentro del presupuesto',
  'keys.budget.none': 'Sin presupuesto',
  'keys.budget.spendOf': '{{spend}} de {{budget}}',
  'keys.budget.spendLabel': 'Gasto: {{amount}}',
  'keys.budget.per': 'por {{period}}',
  'keys.form.name': 'Nombre',
  'keys.form.models': 'Modelos',
  'keys.form.noAccessAnyMore': '{{model}} (ya sin acceso)',
  'keys.form.nameRequired': 'Ponga un nombre a la clave',
  'keys.form.nameTooLong': 'Como máximo 100 caracteres',
  'keys.form.chooseModel': 'Elija al menos un modelo',
  'keys.form.modelsOfTeam': 'Modelos a los que {{team}} tiene acceso.',
  'keys.form.modelsOfYou': 'Modelos a los que tiene acceso.',
  'keys.form.limits': 'Límites',
  'keys.expiry.label': 'Caduca',
  'keys.expiry.inDays': 'En {{days}} días',
  'keys.expiry.inDaysDefault': 'En {{days}} días (predeterminado)',
  'keys.expiry.onDate': 'En una fecha…',
  'keys.expiry.never': 'Nunca',
  'keys.expiry.date': 'Fecha de caducidad',
  'keys.expiry.endOfDay': 'La clave deja de funcionar al final de ese día.',
  'keys.expiry.atMostDays': 'Como máximo {{days}} días.',
  'keys.expiry.atMostDaysFromToday': 'Como máximo {{days}} días desde hoy',
  'keys.expiry.neverHint': 'La clave funciona hasta que alguien la revoque.',
  'keys.expiry.pickDate': 'Elija una fecha',
  'keys.expiry.pickFutureDate': 'Elija una fecha futura',
  'keys.noGrants.you':
    'Todavía no tiene acceso a ningún modelo, así que una clave no podría llamar a nada.',
  'keys.noGrants.team':
    '{{team}} todavía no tiene acceso a ningún modelo, así que una clave no podría llamar a nada.',
  'keys.noGrants.next':
    'Primero, {{link}}: los modelos abiertos se conceden al momento; los restringidos, tras una revisión.',
  'keys.noGrants.link': 'solicite acceso a un modelo',
  'keys.limits.wholeNumber': 'Introduzca un número entero igual o mayor que 0',
  'keys.limits.amount': 'Introduzca un número igual o mayor que 0',
  'keys.limits.duration': 'Use una duración como 7d, 30d o 1mo',
  'keys.limits.durationHint': 'p. ej. 7d, 30d o 1mo',
  'keys.limits.tpm': 'Tokens por minuto (TPM)',
  'keys.limits.rpm': 'Solicitudes por minuto (RPM)',
  'keys.limits.budget': 'Presupuesto (USD)',
  'keys.limits.budgetPeriod': 'Periodo del presupuesto',
  'keys.limits.default': 'Predeterminado',
  'keys.limits.fallback': '{{label}}: {{value}}',
  'keys.limits.maxBudget': 'Presupuesto máx. (USD)',
  'keys.limits.maxBudgetHint':
    'Las solicitudes se detienen cuando el gasto lo alcanza',
  'keys.limits.budgetPeriodHint':
    'p. ej. 7d, 30d o 1mo; vacío: no se reinicia nunca',
  'keys.limits.softBudget': 'Presupuesto de aviso (USD)',
  'keys.limits.softBudgetHint': 'Solo un aviso; las solicitudes siguen',
  'keys.limits.maxParallel': 'Máx. de solicitudes en paralelo',
  'keys.limits.max': 'Máx. {{value}}',
  'keys.limits.maxOfGrant': 'Máx. {{value}} (acceso)',
  'keys.limits.overMax': 'Supera el máximo de {{value}}',
  'keys.limits.overGrant': 'Supera el límite del acceso ({{value}})',
  'keys.limits.softOverMax':
    'Póngalo por debajo del presupuesto máximo o el aviso no llegará nunca',
  'keys.limits.atLeastGrantPeriod':
    'Al menos {{period}}, el periodo del acceso',
  'keys.limits.perModel': 'Límites por modelo',
  'keys.limits.perModelSet': 'Límites por modelo ({{n}} definidos)',
  'keys.limits.chooseModelsFirst': 'Elija primero los modelos de la clave.',
  'keys.limits.perModelHelp':
    'Límites más estrictos para modelos concretos, dentro de los de la clave. Vacío: se aplica el acceso del propietario al modelo cuando fija uno (en gris); si no, solo los límites de la clave.',
  'keys.limits.perModelField': '{{limit}} para {{model}}',
  'keys.createDialog.title': 'Crear una clave de API',
  'keys.createDialog.submit': 'Crear',
  'keys.createDialog.intro':
    'Una clave permite que el código llame a los modelos elegidos a través de la pasarela, dentro de sus límites. Su valor se muestra una sola vez, justo después de crearla.',
  'keys.createDialog.nameHint':
    'Para qué sirve, p. ej. «ci-pipeline» o «mi portátil»',
  'keys.createDialog.owner': 'Propietario',
  'keys.createDialog.myself': 'Yo',
  'keys.createDialog.teamOption': '{{team}} (equipo)',
  'keys.createDialog.ownerOnlyYou': 'Solo usted puede verla y usarla.',
  'keys.createDialog.ownerNoTeam':
    'No pertenece a ningún equipo, así que la clave es suya.',
  'keys.createDialog.ownerTeam':
    'Todos en {{team}} pueden verla, rotarla y revocarla; usa los accesos del equipo.',
  'keys.createDialog.accessError':
    'No se pudieron cargar sus accesos: {{error}}',
  'keys.createDialog.expiry': 'Caducidad',
  'keys.createDialog.theDefault': 'La predeterminada',
  'keys.createDialog.limitsHelp':
    'Los campos vacíos toman el valor predeterminado que se muestra en gris; si hay un máximo pero no un valor predeterminado, se aplica el máximo. Los accesos del propietario a los modelos elegidos los limitan.',
  'keys.createDialog.budgetForGood':
    'Uno de los accesos tiene un presupuesto único: el presupuesto de la clave no se reinicia.',
  'keys.createDialog.settingsError':
    'No se pudo cargar la configuración de claves, así que no se muestran los valores predeterminados ni los máximos; se siguen aplicando. {{error}}',
  'keys.editDialog.title': 'Editar {{name}}',
  'keys.editDialog.submit': 'Guardar',
  'keys.editDialog.saved': '{{name}} guardada.',
  'keys.editDialog.untick':
    'Desmarque {{models}}: el propietario de la clave ya no tiene acceso',
  'keys.editDialog.grantsError':
    'No se pudieron cargar los accesos, así que solo se ofrecen los modelos actuales de la clave. {{error}}',
  'keys.editDialog.keepExpires': 'Mantener: caduca {{when}}',
  'keys.editDialog.keepNever': 'Mantener: no caduca',
  'keys.editDialog.limitsHelp':
    'Un campo vacío significa sin límite, salvo que haya un máximo o que el acceso del propietario fije uno (en gris): entonces se aplica ese.',
  'keys.rotateDialog.title': '¿Rotar {{name}}?',
  'keys.rotateDialog.submit': 'Rotar',
  'keys.rotateDialog.intro':
    'La clave recibe un valor nuevo, que se muestra una sola vez. Su nombre, modelos, límites y gasto no cambian. Todo lo que use la clave necesitará el nuevo valor.',
  'keys.rotateDialog.grace': 'Periodo de gracia del valor anterior',
  'keys.rotateDialog.none': 'Ninguno',
  'keys.rotateDialog.atOnce':
    'El valor anterior deja de funcionar al instante. Elija esta opción si puede haberse filtrado.',
  'keys.rotateDialog.keepsFor':
    'El valor anterior sigue funcionando durante {{period}}, tiempo para desplegar el nuevo; después deja de funcionar.',
  'keys.issued.title': 'Copie esta clave ahora',
  'keys.issued.onlyTime': 'Es la única vez que se muestra la clave.',
  'keys.issued.onlyTimeDetail':
    'El portal no la guarda y no puede volver a mostrarla. Guárdela en un lugar seguro, como un gestor de secretos; si la pierde, rote la clave para obtener un valor nuevo.',
  'keys.issued.expires': 'caduca {{when}}',
  'keys.issued.neverExpires': 'no caduca',
  'keys.issued.apiKey': 'Clave de API',
  'keys.issued.copyFailed':
    'El navegador no permitió copiar: seleccione el valor y cópielo a mano.',
  'keys.issued.copy': 'Copiar',
  'keys.issued.copied': 'Copiada',
  'keys.issued.tryIt': 'Pruébela',
  'keys.issued.callsAt':
    'Llamadas compatibles con OpenAI a {{model}} a través de la pasarela en {{url}}.',
  'keys.issued.calls':
    'Llamadas compatibles con OpenAI a {{model}} a través de la pasarela.',
  'keys.issued.noGateway':
    'La URL de la pasarela no está configurada (litemaas.gatewayBaseUrl): sustituya <gateway> por la dirección que le indique su equipo de plataforma.',
  'keys.issued.codeExamples': 'Ejemplos de código',
  'keys.issued.copySnippet': 'Copiar ejemplo',
  'keys.issued.notCopied':
    'No ha copiado la clave. Una vez cerrado, no se podrá volver a mostrar.',
  'keys.doneOnceCopied.done': 'Hecho',
  'keys.doneOnceCopied.goBack': 'Volver',
  'keys.doneOnceCopied.closeWithoutCopying': 'Cerrar sin copiar',
  'keys.issuedValues.copyNow': 'Copie estas claves ahora.',
  'keys.issuedValues.copyNowDetail':
    'Es la única vez que se muestran sus valores; el portal no puede volver a mostrarlos.',
  'keys.issuedValues.copyAll': 'Copiar todo como CSV',
  'keys.issuedValues.copied': 'Copiado',
  'keys.issuedValues.copyFailed':
    'El navegador no permitió copiar: seleccione la tabla y cópiela a mano.',
  'keys.issuedValues.tableLabel': 'Claves creadas',
  'keys.issuedValues.participant': 'Participante',
  'keys.issuedValues.alias': 'Alias',
  'keys.issuedValues.apiKey': 'Clave de API',
  'keys.delivery.title': 'Claves del taller',
  'keys.delivery.intro':
    'Una plantilla que ejecutó emitió claves de API y dejó aquí sus valores, solo para usted. Se muestran una sola vez: después, este enlace deja de funcionar y nadie puede volver a verlas.',
  'keys.delivery.failed':
    '{{error}}. Si no las copió, revoque las claves (Gestión de claves → Revocar por prefijo) y vuelva a ejecutar la plantilla.',
  'keys.delivery.show': 'Mostrar las claves',
  'keys.delivery.noToken':
    'El enlace no tiene token: ábralo tal como lo dio la plantilla.',
  'keys.delivery.shownOne':
    '1 clave con el prefijo de alias {{prefix}}. El portal ha olvidado su valor: cópielo antes de salir de esta página.',
  'keys.delivery.shownMany':
    '{{total}} claves con el prefijo de alias {{prefix}}. El portal ha olvidado sus valores: cópielos antes de salir de esta página.',
  'keys.component.label': 'Componente',
  'keys.component.none': 'Ninguno',
  'keys.component.hint':
    'Opcional: un Componente del catálogo que pertenezca a usted o a sus equipos. El gasto cuenta para él, su Sistema y su Dominio.',
  'keys.component.hintAdmin':
    'Opcional: cualquier Componente del catálogo. El gasto cuenta para él, su Sistema y su Dominio.',
  'keys.component.loading': 'Cargando Componentes',
  'keys.component.noOptions':
    'Ningún Componente del catálogo pertenece a usted o a sus equipos',
  'keys.component.loadFailed':
    'No se pudieron cargar los Componentes del catálogo: {{error}}',
  'keys.component.clear': 'Quitar el Componente',
  'keys.component.open': 'Mostrar los Componentes',
  'keys.component.close': 'Ocultar los Componentes',
};
