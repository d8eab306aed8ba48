/** Spanish: words of Keys admin. */
export default {
  'keysAdmin.title': 'Administración de claves',
  'keysAdmin.tabsLabel': 'Administración de claves',
  'keysAdmin.sections.all': 'Todas las claves',
  'keysAdmin.sections.settings': 'Ajustes de claves',
  'keysAdmin.sections.teams': 'Presupuestos de equipo',
  'keysAdmin.sections.reconcile': 'Conciliación',
  'keysAdmin.sections.offboarding': 'Bajas',
  'keysAdmin.denied.title': 'Solo los administradores pueden gestionar claves',
  'keysAdmin.denied.message':
    'Para gestionar todas las claves se necesita el permiso litemaas.model.manage. Sus propias claves están en la pestaña Claves de API.',
  'keysAdmin.all.titleTotal': 'Todas las claves ({{total}})',
  'keysAdmin.all.provision': 'Aprovisionar claves de taller',
  'keysAdmin.all.revokeByPrefix': 'Revocar por prefijo',
  'keysAdmin.all.search': 'Buscar claves',
  'keysAdmin.all.searchPlaceholder': 'Nombre, alias, propietario o prefijo',
  'keysAdmin.all.showRevoked': 'Mostrar revocadas',
  'keysAdmin.all.reload': 'Recargar',
  'keysAdmin.all.block': 'Bloquear',
  'keysAdmin.all.unblock': 'Desbloquear',
  'keysAdmin.all.revoke': 'Revocar',
  'keysAdmin.all.gateways': 'Pasarelas',
  'keysAdmin.all.blocked':
    '{{name}} bloqueada: las solicitudes con ella se rechazan.',
  'keysAdmin.all.unblocked': '{{name}} desbloqueada.',
  'keysAdmin.all.blockFailed': 'No se pudo bloquear {{name}}: {{error}}',
  'keysAdmin.all.unblockFailed': 'No se pudo desbloquear {{name}}: {{error}}',
  'keysAdmin.all.noMatch': 'Ninguna clave coincide',
  'keysAdmin.all.noMatchDescription':
    'Ninguna clave contiene «{{query}}» en su nombre, alias, propietario o prefijo.',
  'keysAdmin.all.empty': 'Todavía no hay claves',
  'keysAdmin.all.emptyDescription':
    'Aquí aparecen las claves que crean las personas y las que usted aprovisiona.',
  'keysAdmin.all.revokeWarning':
    'Las solicitudes con esta clave dejan de funcionar de inmediato. No se puede deshacer; para detenerla durante un tiempo, bloquéela.',
  'keysAdmin.all.revokeWarningFor':
    'Las solicitudes con esta clave de {{owner}} dejan de funcionar de inmediato. No se puede deshacer; para detenerla durante un tiempo, bloquéela.',
  'keysAdmin.adopt.title': 'Adoptar clave',
  'keysAdmin.adopt.confirm': 'Adoptar',
  'keysAdmin.adopt.explanation':
    'El propietario verá esta clave en el portal y podrá rotarla, editarla y revocarla. LiteLLM indica el usuario {{user}}: es una etiqueta que cualquiera pudo poner, así que elija usted el propietario.',
  'keysAdmin.adopt.explanationNoUser':
    'El propietario verá esta clave en el portal y podrá rotarla, editarla y revocarla. LiteLLM no indica ningún usuario: elija usted el propietario.',
  'keysAdmin.adopt.owner': 'Propietario',
  'keysAdmin.adopt.ownerNoun': 'usuario o equipo',
  'keysAdmin.adopt.ownerNounMany': 'usuarios y equipos',
  'keysAdmin.adopt.pickOwner': 'Elija un propietario',
  'keysAdmin.adopt.suggested':
    'Sugerido a partir del usuario de la clave: compruébelo',
  'keysAdmin.adopt.ownerHint': 'Un usuario o un equipo del catálogo',
  'keysAdmin.adopt.name': 'Nombre en el portal',
  'keysAdmin.gateways.title': '{{name}} en las pasarelas',
  'keysAdmin.gateways.intro':
    'Cada valor de la clave (dos durante el periodo de gracia de una rotación) y los modelos a los que la pasarela le permite llamar.',
  'keysAdmin.gateways.noValue':
    'La pasarela no tiene ningún valor de esta clave: las llamadas a través de ella se rechazan. Si la clave está activa, rótela para dar a la pasarela un valor nuevo.',
  'keysAdmin.gateways.value': '{{object}} · valor {{hash}}…',
  'keysAdmin.gateways.blocked': 'Bloqueada: ningún modelo',
  'keysAdmin.gateways.close': 'Cerrar',
  'keysAdmin.revokePrefix.title': 'Revocar claves por prefijo',
  'keysAdmin.revokePrefix.explanation':
    'Revoca todas las claves activas cuyo alias empieza por el prefijo, p. ej. todas las claves de un taller. Las solicitudes con ellas dejan de funcionar de inmediato; no se puede deshacer.',
  'keysAdmin.revokePrefix.prefix': 'Prefijo de alias',
  'keysAdmin.revokePrefix.matchesAll':
    'Este prefijo coincide con todas las claves creadas en el portal.',
  'keysAdmin.revokePrefix.minLength': 'Al menos 3 caracteres.',
  'keysAdmin.revokePrefix.count': 'Contar claves',
  'keysAdmin.revokePrefix.nothing': 'Nada que revocar',
  'keysAdmin.revokePrefix.revokeOne': 'Revocar 1 clave',
  'keysAdmin.revokePrefix.revokeMany': 'Revocar {{n}} claves',
  'keysAdmin.revokePrefix.matchedNone':
    'Ninguna clave activa tiene un alias que empiece por {{prefix}}.',
  'keysAdmin.revokePrefix.matchedOne':
    '1 clave activa tiene un alias que empieza por {{prefix}}.',
  'keysAdmin.revokePrefix.matchedMany':
    '{{n}} claves activas tienen un alias que empieza por {{prefix}}.',
  'keysAdmin.revokePrefix.revokedOne':
    '1 clave con el prefijo de alias {{prefix}} revocada.',
  'keysAdmin.revokePrefix.revokedMany':
    '{{n}} claves con el prefijo de alias {{prefix}} revocadas.',
  'keysAdmin.teamBudget.titleNew': 'Fijar presupuesto de equipo',
  'keysAdmin.teamBudget.titleEdit': 'Presupuesto de {{team}}',
  'keysAdmin.teamBudget.save': 'Guardar',
  'keysAdmin.teamBudget.explanation':
    'El gasto de todas las claves del equipo en conjunto. LiteLLM rechaza las claves del equipo cuando alcanza el presupuesto, hasta que empieza el siguiente periodo.',
  'keysAdmin.teamBudget.team': 'Equipo',
  'keysAdmin.teamBudget.teamNoun': 'equipo',
  'keysAdmin.teamBudget.teamNounMany': 'equipos',
  'keysAdmin.teamBudget.teamHint': 'Un grupo del catálogo',
  'keysAdmin.teamBudget.pickTeam': 'Elija un equipo',
  'keysAdmin.teamBudget.budgetRequired': 'Fije un presupuesto en USD',
  'keysAdmin.teamBudget.budgetPositive':
    'Fije un presupuesto mayor que {{amount}}',
  'keysAdmin.teams.description':
    'El presupuesto de un equipo limita el gasto de todas sus claves en conjunto, además del presupuesto propio de cada clave. Cuando se agota, LiteLLM rechaza las claves del equipo hasta que empieza el siguiente periodo.',
  'keysAdmin.teams.empty':
    'El portal todavía no conoce ningún equipo: los equipos aparecen aquí cuando tienen acceso a un modelo o una clave. Con el botón de arriba puede fijar un presupuesto para cualquier grupo del catálogo.',
  'keysAdmin.teams.columns.team': 'Equipo',
  'keysAdmin.teams.columns.spend': 'Gasto',
  'keysAdmin.teams.columns.budget': 'Presupuesto',
  'keysAdmin.teams.columns.period': 'Periodo',
  'keysAdmin.teams.columns.nextReset': 'Próximo reinicio',
  'keysAdmin.teams.columns.status': 'Estado',
  'keysAdmin.teams.columns.actions': 'Acciones',
  'keysAdmin.teams.notInLiteLLM': 'Aún no está en LiteLLM',
  'keysAdmin.teams.alertAt': 'aviso a partir de {{amount}}',
  'keysAdmin.teams.neverResets': 'No se reinicia',
  'keysAdmin.teams.budgetPer': '{{amount}} por {{period}}',
  'keysAdmin.teams.edit': 'Editar',
  'keysAdmin.teams.editLabel': 'Editar el presupuesto de {{team}}',
  'keysAdmin.teams.setBudget': 'Fijar presupuesto',
  'keysAdmin.teams.setLabel': 'Fijar el presupuesto de {{team}}',
  'keysAdmin.teams.remove': 'Quitar',
  'keysAdmin.teams.removeLabel': 'Quitar el presupuesto de {{team}}',
  'keysAdmin.teams.removeTitle': '¿Quitar el presupuesto de {{team}}?',
  'keysAdmin.teams.removeConfirm': 'Quitar presupuesto',
  'keysAdmin.teams.removeText':
    'Las claves del equipo quedan limitadas solo por sus propios presupuestos. El gasto hasta ahora sigue registrado.',
  'keysAdmin.teams.saved': 'Presupuesto de {{team}} fijado en {{budget}}.',
  'keysAdmin.teams.removed': 'Presupuesto de {{team}} quitado.',
  'keysAdmin.held.title': '{{n}} reparaciones retenidas',
  'keysAdmin.held.explanation':
    'Una conciliación habría cambiado más claves a la vez de lo que es seguro (¿LiteLLM se reinició vacío o su lista de claves está incompleta?), así que no hizo nada. Confirme lo que sea correcto; cada acción se vuelve a comprobar antes con LiteLLM.',
  'keysAdmin.held.tableLabel': 'Reparaciones retenidas',
  'keysAdmin.held.columns.action': 'Acción',
  'keysAdmin.held.columns.key': 'Clave',
  'keysAdmin.held.columns.owner': 'Propietario',
  'keysAdmin.held.columns.why': 'Motivo',
  'keysAdmin.held.columns.since': 'Retenida desde',
  'keysAdmin.held.actions.markRevoked': 'Marcar como revocada',
  'keysAdmin.held.actions.deleteFromGateway': 'Eliminar de LiteLLM',
  'keysAdmin.held.select': 'Seleccionar {{key}}',
  'keysAdmin.held.confirmAll': 'Confirmar las {{n}}',
  'keysAdmin.held.confirmSelected': 'Confirmar {{n}} seleccionadas',
  'keysAdmin.held.dismissAll': 'Descartar las {{n}}',
  'keysAdmin.held.dismissSelected': 'Descartar {{n}} seleccionadas',
  'keysAdmin.held.confirmTitle': 'Confirmar reparaciones retenidas',
  'keysAdmin.held.dismissTitle': 'Descartar reparaciones',
  'keysAdmin.held.confirm': 'Confirmar',
  'keysAdmin.held.dismiss': 'Descartar',
  'keysAdmin.held.confirmText':
    'El portal vuelve a comprobar cada una de las {{n}}; después marca como revocadas las claves que LiteLLM no tiene y elimina las huérfanas que nadie posee. No se puede deshacer.',
  'keysAdmin.held.dismissText':
    'Las {{n}} se quedan como están y no se vuelven a proponer.',
  'keysAdmin.held.confirmed':
    '{{done}} de {{total}} hechas; {{rest}} ya no eran necesarias o fallaron (cada una se volvió a comprobar).',
  'keysAdmin.held.dismissed': '{{n}} descartadas: todo se queda como está.',
  'keysAdmin.provision.title': 'Aprovisionar claves de taller',
  'keysAdmin.provision.submit': 'Aprovisionar {{n}} claves',
  'keysAdmin.provision.submitNone': 'Aprovisionar claves',
  'keysAdmin.provision.explanation':
    'Una clave por participante, con el nombre prefijo + participante. Los valores se muestran una sola vez, tras aprovisionarlas. Si se vuelve a ejecutar con el mismo prefijo, se omiten los participantes que ya tienen clave y se reintentan los que fallaron.',
  'keysAdmin.provision.prefix': 'Prefijo de alias',
  'keysAdmin.provision.prefixHint':
    'También es lo que pide «Revocar por prefijo» para terminar el taller',
  'keysAdmin.provision.prefixRequired': 'Dé a las claves un prefijo común',
  'keysAdmin.provision.prefixPattern':
    'Solo letras, dígitos, . _ y -, empezando por una letra o un dígito',
  'keysAdmin.provision.days': 'Caduca en (días)',
  'keysAdmin.provision.daysInvalid': 'Un número entero de días, 1 o más',
  'keysAdmin.provision.daysMax': 'Como máximo {{n}} días',
  'keysAdmin.provision.daysHint': 'Como máximo {{n}}',
  'keysAdmin.provision.budget': 'Presupuesto por clave (USD)',
  'keysAdmin.provision.budgetHint': 'En blanco: sin presupuesto',
  'keysAdmin.provision.participants': 'Participantes',
  'keysAdmin.provision.participantsHint': 'Uno por línea ({{n}} por ahora)',
  'keysAdmin.provision.participantsRequired': 'Añada al menos un participante',
  'keysAdmin.provision.participantsInvalid':
    'No válidos: {{list}} (solo letras, dígitos y . _ @ + -)',
  'keysAdmin.provision.chooseModel': 'Elija al menos un modelo',
  'keysAdmin.provision.modelsHint':
    'Las claves son suyas (del administrador); pueden llamar a estos modelos.',
  'keysAdmin.provision.noModels': 'Ahora mismo no hay modelos disponibles.',
  'keysAdmin.provision.resultTitle': 'Claves de taller',
  'keysAdmin.provision.summary':
    '{{created}} creadas · {{existing}} ya tenían clave · {{failed}} fallidas',
  'keysAdmin.provision.existingTitle':
    'Ya tenían clave (no se crearon otra vez)',
  'keysAdmin.provision.failedTitle':
    'Fallidas: vuelva a ejecutarlo con el mismo prefijo para reintentarlas',
  'keysAdmin.provision.notCopied':
    'No ha copiado las claves. Una vez cerrado, no se pueden volver a mostrar.',
  'keysAdmin.settings.description':
    'Lo que reciben las claves nuevas y hasta dónde pueden llegar sus propietarios. Los valores predeterminados rellenan los campos que se dejan en blanco; los máximos limitan lo que se puede fijar y se aplican cuando un límite con máximo se deja sin valor. Las claves existentes conservan sus límites.',
  'keysAdmin.settings.maxActive': 'Máx. de claves activas por propietario',
  'keysAdmin.settings.maxActiveHint': 'Por persona y por equipo',
  'keysAdmin.settings.longest': 'Caducidad máxima (días)',
  'keysAdmin.settings.longestHint': 'Ninguna clave puede durar más',
  'keysAdmin.settings.allowNever': 'Permitir claves que no caducan',
  'keysAdmin.settings.personal': 'Claves personales',
  'keysAdmin.settings.personalExplanation':
    'Claves que las personas crean para sí mismas; usan los accesos propios de la persona.',
  'keysAdmin.settings.team': 'Claves de equipo',
  'keysAdmin.settings.teamExplanation':
    'Claves creadas para un equipo; usan los accesos del equipo y todos sus miembros pueden gestionarlas.',
  'keysAdmin.settings.defaultExpiry': 'Caducidad predeterminada (días)',
  'keysAdmin.settings.defaults': 'Valores predeterminados',
  'keysAdmin.settings.maximums': 'Máximos',
  'keysAdmin.settings.defaultsOf': '{{kind}}: valores predeterminados',
  'keysAdmin.settings.maximumsOf': '{{kind}}: máximos',
  'keysAdmin.settings.wholeNumber': 'Un número entero, 1 o más',
  'keysAdmin.settings.atMostLongest':
    'Como máximo la caducidad máxima ({{n}} días)',
  'keysAdmin.settings.fixFields':
    'Corrija primero los campos marcados en rojo.',
  'keysAdmin.settings.save': 'Guardar',
  'keysAdmin.settings.discard': 'Descartar cambios',
  'keysAdmin.settings.saved':
    'Ajustes de claves guardados. Se aplican a las claves que se creen a partir de ahora.',
  'keysAdmin.reconcile.description':
    'Cada dos minutos el portal compara sus claves con las de LiteLLM y repara lo que haya dejado un fallo o un cambio en LiteLLM. Nunca actúa de forma destructiva por suposición: una clave solo se marca como revocada después de que dos ejecuciones no la encuentren y LiteLLM confirme que ya no existe, y una ejecución que cambiaría muchas claves a la vez espera a un administrador. Las claves creadas directamente en LiteLLM solo se adoptan cuando su usuario es exactamente la referencia de entidad o el correo de un usuario del catálogo; las demás esperan aquí.',
  'keysAdmin.reconcile.now': 'Conciliar ahora',
  'keysAdmin.reconcile.counts.gatewayKeys': '{{n}} claves en LiteLLM',
  'keysAdmin.reconcile.counts.completed':
    '{{n}} cambios pendientes completados',
  'keysAdmin.reconcile.counts.removedFromGateway':
    '{{n}} eliminadas de LiteLLM',
  'keysAdmin.reconcile.counts.markedRevoked': '{{n}} marcadas como revocadas',
  'keysAdmin.reconcile.counts.resynced': '{{n}} resincronizadas',
  'keysAdmin.reconcile.counts.adopted': '{{n}} adoptadas',
  'keysAdmin.reconcile.counts.waiting':
    '{{n}} a la espera de una segunda detección',
  'keysAdmin.reconcile.counts.unmanaged': '{{n}} sin gestionar',
  'keysAdmin.reconcile.failed':
    'La última conciliación falló {{when}}: {{error}}. No cambió nada.',
  'keysAdmin.reconcile.lastSuccessful':
    'La última correcta, {{when}}: {{summary}}.',
  'keysAdmin.reconcile.none':
    'Todavía no se ha ejecutado ninguna conciliación; la primera está en camino.',
  'keysAdmin.reconcile.last': 'Última conciliación {{when}}:',
  'keysAdmin.reconcile.summary': '{{summary}}.',
  'keysAdmin.reconcile.unstable':
    'La lista de claves de LiteLLM cambió mientras se leía: no se actuó sobre nada de lo que faltaba sin consultar antes la clave.',
  'keysAdmin.reconcile.missingFromList':
    '{{n}} claves faltaban en la lista de LiteLLM pero existen: se dejaron como estaban.',
  'keysAdmin.reconcile.paused':
    'Los cambios de claves están en pausa desde {{when}}',
  'keysAdmin.reconcile.pausedText':
    'Hasta que se resuelva, no se repara nada y aquí no se puede crear, rotar ni revocar ninguna clave.',
  'keysAdmin.reconcile.takeOver': 'Tomar el control…',
  'keysAdmin.reconcile.takeOverTitle': '¿Tomar el control de esta instalación?',
  'keysAdmin.reconcile.takeOverConfirm': 'Tomar el control',
  'keysAdmin.reconcile.takeOverText':
    'Solo si la base de datos de este portal es la responsable de estas claves. Antes, detenga la otra copia o dele su propio {{setting}}: dos bases de datos que actúan para una misma instalación deshacen los cambios de la otra.',
  'keysAdmin.reconcile.portalKeysOne':
    '{{n}} clave de la instalación del portal {{id}}',
  'keysAdmin.reconcile.portalKeysMany':
    '{{n}} claves de la instalación del portal {{id}}',
  'keysAdmin.reconcile.listSeparator': ', ',
  'keysAdmin.reconcile.otherPortals':
    'Comparten este LiteLLM: {{portals}}. Este portal ({{id}}) nunca las toca.',
  'keysAdmin.reconcile.attention': '{{n}} claves necesitan revisión',
  'keysAdmin.reconcile.madeOutside': 'Claves creadas fuera del portal',
  'keysAdmin.reconcile.allKnown':
    'El portal conoce todas las claves de LiteLLM (o un administrador decidió dejarlas).',
  'keysAdmin.reconcile.tableLabel': 'Claves sin gestionar',
  'keysAdmin.reconcile.columns.alias': 'Alias',
  'keysAdmin.reconcile.columns.tokenHash': 'Hash del token',
  'keysAdmin.reconcile.columns.user': 'Usuario de LiteLLM',
  'keysAdmin.reconcile.columns.team': 'Equipo de LiteLLM',
  'keysAdmin.reconcile.columns.made': 'Creada',
  'keysAdmin.reconcile.columns.decide': 'Decidir',
  'keysAdmin.reconcile.legacy':
    'creada por un portal antes de los ID de instalación',
  'keysAdmin.reconcile.adopt': 'Adoptar…',
  'keysAdmin.reconcile.adoptLabel': 'Adoptar {{key}}',
  'keysAdmin.reconcile.leave': 'Dejar',
  'keysAdmin.reconcile.leaveLabel': 'Dejar {{key}}',
  'keysAdmin.reconcile.asked':
    'Conciliación solicitada: se ejecuta en una réplica y aparecerá aquí cuando termine.',
  'keysAdmin.reconcile.runFailed': 'La conciliación falló: {{error}}',
  'keysAdmin.reconcile.left': '{{key}} se deja como está y sale de esta lista.',
  'keysAdmin.reconcile.leftUnnamed':
    'La clave se deja como está y sale de esta lista.',
  'keysAdmin.reconcile.leaveFailed': 'No se pudo dejar la clave: {{error}}',
  'keysAdmin.reconcile.adopted': '{{name}} pertenece ahora a {{owner}}.',
};
