/** Spanish for the catalog's shared parts: filters, pickers, dialogs. */
export default {
  'catalogFilter.title': 'Filtros',
  'catalogFilter.buttonTitle': 'Filtros',
  'entityKindPicker.title': 'Clase',
  'entityKindPicker.errorMessage':
    'No se pudieron cargar las clases de entidad',
  'entityLifecyclePicker.title': 'Ciclo de vida',
  'entityNamespacePicker.title': 'Espacio de nombres',
  'entityOwnerPicker.title': 'Responsable',
  'entityProcessingStatusPicker.title': 'Estado de procesamiento',
  'entityTagPicker.title': 'Etiquetas',
  'entityPeekAheadPopover.title':
    'Abra la entidad para ver todas sus etiquetas.',
  'entityPeekAheadPopover.emailCardAction.title':
    'Enviar un correo a {{email}}',
  'entityPeekAheadPopover.emailCardAction.subTitle': 'mailto {{email}}',
  'entityPeekAheadPopover.emailCardAction.ariaLabel': 'Correo electrónico',
  'entityPeekAheadPopover.entityCardActionsAriaLabel': 'Mostrar',
  'entityPeekAheadPopover.entityCardActionsTitle': 'Mostrar detalles',
  'entitySearchBar.placeholder': 'Buscar',
  'entityTypePicker.title': 'Tipo',
  'entityTypePicker.errorMessage': 'No se pudieron cargar los tipos de entidad',
  'entityTypePicker.optionAllTitle': 'todos',
  'favoriteEntity.addToFavorites': 'Añadir a favoritos',
  'favoriteEntity.removeFromFavorites': 'Quitar de favoritos',
  'inspectEntityDialog.title': 'Inspector de entidades',
  'inspectEntityDialog.closeButtonTitle': 'Cerrar',
  'inspectEntityDialog.ancestryPage.title': 'Ascendencia',
  'inspectEntityDialog.ancestryPage.description':
    'Esta es la ascendencia de la entidad: la cadena (o cadenas) de entidades hasta la actual, en la que {{processorsLink}} entidades hijas que acabaron dando lugar a la actual. Es un mecanismo completamente distinto de las relaciones.',
  'inspectEntityDialog.ancestryPage.processorsLink':
    'los procesadores emitieron',
  'inspectEntityDialog.colocatedPage.title': 'Misma ubicación',
  'inspectEntityDialog.colocatedPage.description':
    'Estas son las entidades que comparten ubicación con esta: proceden de la misma fuente de datos (p. ej., el mismo archivo YAML) o del mismo origen (p. ej., la URL registrada originalmente).',
  'inspectEntityDialog.colocatedPage.alertNoLocation':
    'La entidad no tenía información de ubicación.',
  'inspectEntityDialog.colocatedPage.alertNoEntity':
    'No había otras entidades en esta ubicación.',
  'inspectEntityDialog.colocatedPage.locationHeader': 'En la misma ubicación',
  'inspectEntityDialog.colocatedPage.originHeader': 'Del mismo origen',
  'inspectEntityDialog.colocatedPage.entityListAriaLabel':
    'Entidades en la misma ubicación',
  'inspectEntityDialog.jsonPage.title': 'Entidad en JSON',
  'inspectEntityDialog.jsonPage.description':
    'Los datos sin procesar de la entidad, tal como los devuelve el catálogo, en formato JSON.',
  'inspectEntityDialog.overviewPage.title': 'Resumen',
  'inspectEntityDialog.overviewPage.relation.title': 'Relaciones',
  'inspectEntityDialog.overviewPage.status.title': 'Estado',
  'inspectEntityDialog.overviewPage.identity.title': 'Identidad',
  'inspectEntityDialog.overviewPage.metadata.title': 'Metadatos',
  'inspectEntityDialog.overviewPage.annotations': 'Anotaciones',
  'inspectEntityDialog.overviewPage.labels': 'Etiquetas',
  'inspectEntityDialog.overviewPage.tags': 'Etiquetas (tags)',
  'inspectEntityDialog.overviewPage.copyAriaLabel': 'Copiar {{label}}',
  'inspectEntityDialog.overviewPage.copiedStatus': 'Copiado',
  'inspectEntityDialog.overviewPage.helpLinkAriaLabel': 'Más información',
  'inspectEntityDialog.yamlPage.title': 'Entidad en YAML',
  'inspectEntityDialog.yamlPage.description':
    'Los datos sin procesar de la entidad, tal como los devuelve el catálogo, en formato YAML.',
  'inspectEntityDialog.tabNames.overview': 'Resumen',
  'inspectEntityDialog.tabNames.ancestry': 'Ascendencia',
  'inspectEntityDialog.tabNames.colocated': 'Misma ubicación',
  'inspectEntityDialog.tabNames.json': 'JSON sin procesar',
  'inspectEntityDialog.tabNames.yaml': 'YAML sin procesar',
  'inspectEntityDialog.tabsAriaLabel': 'Vistas del inspector',
  'unregisterEntityDialog.title':
    '¿Seguro que quiere anular el registro de esta entidad?',
  'unregisterEntityDialog.cancelButtonTitle': 'Cancelar',
  'unregisterEntityDialog.deleteButtonTitle': 'Eliminar entidad',
  'unregisterEntityDialog.deleteEntitySuccessMessage':
    'Se eliminó la entidad {{entityName}}',
  'unregisterEntityDialog.bootstrapState.title':
    'No puede anular el registro de esta entidad porque procede de una configuración protegida de Backstage (ubicación «{{location}}»). Si cree que es un error, póngase en contacto con quien integra {{appTitle}}.',
  'unregisterEntityDialog.bootstrapState.advancedDescription':
    'Puede eliminar la propia entidad del catálogo. Hágalo solo si sabe que el archivo del catálogo se ha eliminado de su ubicación de origen o se ha movido de ella. De lo contrario, la entidad volverá a aparecer en breve, cuando el catálogo haga la siguiente actualización.',
  'unregisterEntityDialog.bootstrapState.advancedOptions': 'Opciones avanzadas',
  'unregisterEntityDialog.onlyDeleteStateTitle':
    'Esta entidad no parece proceder de una ubicación registrada, así que solo puede eliminarla directamente del catálogo.',
  'unregisterEntityDialog.unregisterState.title':
    'Esta acción anulará el registro de las siguientes entidades:',
  'unregisterEntityDialog.unregisterState.subTitle':
    'Ubicadas en la siguiente ubicación:',
  'unregisterEntityDialog.unregisterState.description':
    'Para deshacerlo, basta con volver a registrar la entidad en {{appTitle}}.',
  'unregisterEntityDialog.unregisterState.unregisterButtonTitle':
    'Anular el registro de la ubicación',
  'unregisterEntityDialog.unregisterState.advancedOptions':
    'Opciones avanzadas',
  'unregisterEntityDialog.unregisterState.advancedDescription':
    'También puede eliminar la propia entidad del catálogo. Hágalo solo si sabe que el archivo del catálogo se ha eliminado de su ubicación de origen o se ha movido de ella. De lo contrario, la entidad volverá a aparecer en breve, cuando el catálogo haga la siguiente actualización.',
  'unregisterEntityDialog.errorStateTitle': 'Error interno: estado desconocido',
  'userListPicker.defaultOrgName': 'Empresa',
  'userListPicker.personalFilter.title': 'Personal',
  'userListPicker.personalFilter.ownedLabel': 'Propias',
  'userListPicker.personalFilter.starredLabel': 'Favoritas',
  'userListPicker.orgFilterAllLabel': 'Todas',
  'entityTableColumnTitle.name': 'Nombre',
  'entityTableColumnTitle.system': 'Sistema',
  'entityTableColumnTitle.owner': 'Responsable',
  'entityTableColumnTitle.type': 'Tipo',
  'entityTableColumnTitle.lifecycle': 'Ciclo de vida',
  'entityTableColumnTitle.namespace': 'Espacio de nombres',
  'entityTableColumnTitle.description': 'Descripción',
  'entityTableColumnTitle.tags': 'Etiquetas',
  'entityTableColumnTitle.targets': 'Destinos',
  'entityTableColumnTitle.title': 'Título',
  'entityTableColumnTitle.label': 'Etiqueta',
  'entityTableColumnTitle.domain': 'Dominio',
  'entityRelationCard.emptyHelpLinkTitle': 'Descubra cómo cambiarlo.',
  'missingAnnotationEmptyState.title': 'Falta la anotación',
  'missingAnnotationEmptyState.readMore': 'Más información',
  'missingAnnotationEmptyState.annotationYaml':
    'Añada la anotación al YAML de su entidad de clase {{entityKind}} como se muestra en el ejemplo resaltado a continuación:',
  'missingAnnotationEmptyState.generateDescription_one':
    'Falta la anotación {{annotations}}. Añádala a su entidad de clase {{entityKind}} para activar esta herramienta.',
  'missingAnnotationEmptyState.generateDescription_other':
    'Faltan las anotaciones {{annotations}}. Añádalas a su entidad de clase {{entityKind}} para activar esta herramienta.',
};
