/** Spanish for the Create page: templates, their forms, tasks and editor. */
export default {
  'aboutCard.launchTemplate': 'Iniciar plantilla',
  'actionsPage.title': 'Acciones instaladas',
  'actionsPage.pageTitle': 'Crear un componente nuevo',
  'actionsPage.subtitle': 'Todas las acciones instaladas',
  'actionsPage.content.emptyState.title': 'No hay información que mostrar',
  'actionsPage.content.emptyState.description':
    'No hay acciones instaladas o hubo un problema al comunicarse con el backend.',
  'actionsPage.content.searchFieldPlaceholder': 'Buscar una acción',
  'actionsPage.action.input': 'Entrada',
  'actionsPage.action.output': 'Salida',
  'actionsPage.action.examples': 'Ejemplos',
  'fields.entityNamePicker.title': 'Nombre',
  'fields.entityNamePicker.description': 'Nombre único del componente',
  'fields.entityPicker.title': 'Entidad',
  'fields.entityPicker.description': 'Una entidad del catálogo',
  'fields.entityTagsPicker.title': 'Etiquetas',
  'fields.entityTagsPicker.description':
    "Añada las etiquetas que correspondan; pulse 'Enter' para añadir una nueva. Formato válido: [a-z0-9+#] separados por [-], 63 caracteres como máximo",
  'fields.multiEntityPicker.title': 'Entidad',
  'fields.multiEntityPicker.description': 'Una entidad del catálogo',
  'fields.myGroupsPicker.title': 'Entidad',
  'fields.myGroupsPicker.description': 'Una entidad del catálogo',
  'fields.ownedEntityPicker.title': 'Entidad',
  'fields.ownedEntityPicker.description': 'Una entidad del catálogo',
  'fields.ownerPicker.title': 'Responsable',
  'fields.ownerPicker.description': 'El responsable del componente',
  'fields.azureRepoPicker.organization.title': 'Organización',
  'fields.azureRepoPicker.organization.description':
    'La organización a la que pertenecerá este repositorio',
  'fields.azureRepoPicker.project.title': 'Proyecto',
  'fields.azureRepoPicker.project.description':
    'El proyecto al que pertenecerá este repositorio',
  'fields.bitbucketRepoPicker.workspaces.title': 'Workspaces permitidos',
  'fields.bitbucketRepoPicker.workspaces.inputTitle': 'Workspaces',
  'fields.bitbucketRepoPicker.workspaces.description':
    'El workspace al que pertenecerá este repositorio',
  'fields.bitbucketRepoPicker.project.title': 'Proyectos permitidos',
  'fields.bitbucketRepoPicker.project.inputTitle': 'Proyectos',
  'fields.bitbucketRepoPicker.project.description':
    'El proyecto al que pertenecerá este repositorio',
  'fields.gerritRepoPicker.owner.title': 'Propietario',
  'fields.gerritRepoPicker.owner.description':
    'El propietario del proyecto (opcional)',
  'fields.gerritRepoPicker.parent.title': 'Proyecto principal',
  'fields.gerritRepoPicker.parent.description':
    'El proyecto principal al que pertenecerá el repositorio',
  'fields.giteaRepoPicker.owner.title': 'Propietarios disponibles',
  'fields.giteaRepoPicker.owner.inputTitle': 'Propietario',
  'fields.giteaRepoPicker.owner.description':
    'Espacio de nombres de Gitea al que pertenecerá este repositorio: el nombre de una organización, grupo, subgrupo, usuario o del proyecto.',
  'fields.githubRepoPicker.owner.title': 'Propietarios disponibles',
  'fields.githubRepoPicker.owner.inputTitle': 'Propietario',
  'fields.githubRepoPicker.owner.description':
    'La organización, el usuario o el proyecto al que pertenecerá este repositorio',
  'fields.gitlabRepoPicker.owner.title': 'Propietarios disponibles',
  'fields.gitlabRepoPicker.owner.inputTitle': 'Propietario',
  'fields.gitlabRepoPicker.owner.description':
    'Espacio de nombres de GitLab al que pertenecerá este repositorio: el nombre de una organización, grupo, subgrupo, usuario o del proyecto.',
  'fields.repoUrlPicker.host.title': 'Host',
  'fields.repoUrlPicker.host.description':
    'El host en el que se creará el repositorio',
  'fields.repoUrlPicker.repository.title': 'Repositorios disponibles',
  'fields.repoUrlPicker.repository.inputTitle': 'Repositorio',
  'fields.repoUrlPicker.repository.description': 'El nombre del repositorio',
  'fields.repoOwnerPicker.title': 'Propietario',
  'fields.repoOwnerPicker.description': 'El propietario del repositorio',
  'listTaskPage.title': 'Tareas de las plantillas',
  'listTaskPage.pageTitle': 'Tareas de las plantillas',
  'listTaskPage.subtitle': 'Todas las tareas iniciadas',
  'listTaskPage.content.emptyState.title': 'No hay información que mostrar',
  'listTaskPage.content.emptyState.description':
    'No hay tareas o hubo un problema al comunicarse con el backend.',
  'listTaskPage.content.tableTitle': 'Tareas',
  'listTaskPage.content.tableCell.taskID': 'ID de la tarea',
  'listTaskPage.content.tableCell.template': 'Plantilla',
  'listTaskPage.content.tableCell.created': 'Creada',
  'listTaskPage.content.tableCell.owner': 'Responsable',
  'listTaskPage.content.tableCell.status': 'Estado',
  'ownerListPicker.title': 'Responsable de la tarea',
  'ownerListPicker.options.owned': 'Propias',
  'ownerListPicker.options.all': 'Todas',
  'ongoingTask.title': 'Ejecución de',
  'ongoingTask.pageTitle.hasTemplateName': 'Ejecución de {{templateName}}',
  'ongoingTask.pageTitle.noTemplateName': 'Ejecución de una plantilla',
  'ongoingTask.subtitle': 'Tarea {{taskId}}',
  'ongoingTask.cancelButtonTitle': 'Cancelar',
  'ongoingTask.retryButtonTitle': 'Reintentar',
  'ongoingTask.startOverButtonTitle': 'Empezar de nuevo',
  'ongoingTask.hideLogsButtonTitle': 'Ocultar registros',
  'ongoingTask.showLogsButtonTitle': 'Mostrar registros',
  'ongoingTask.contextMenu.moreOptions': 'Más opciones',
  'ongoingTask.contextMenu.hideLogs': 'Ocultar registros',
  'ongoingTask.contextMenu.showLogs': 'Mostrar registros',
  'ongoingTask.contextMenu.hideButtonBar': 'Ocultar la barra de botones',
  'ongoingTask.contextMenu.retry': 'Reintentar',
  'ongoingTask.contextMenu.showButtonBar': 'Mostrar la barra de botones',
  'ongoingTask.contextMenu.startOver': 'Empezar de nuevo',
  'ongoingTask.contextMenu.cancel': 'Cancelar',
  'templateEditorForm.stepper.emptyText':
    'La plantilla no tiene parámetros que previsualizar.',
  'renderSchema.tableCell.name': 'Nombre',
  'renderSchema.tableCell.title': 'Título',
  'renderSchema.tableCell.description': 'Descripción',
  'renderSchema.tableCell.type': 'Tipo',
  'renderSchema.tableCell.value': 'Valor',
  'renderSchema.undefined': 'No hay ningún esquema definido',
  'templatingExtensions.title': 'Extensiones de plantillas',
  'templatingExtensions.pageTitle': 'Extensiones de plantillas',
  'templatingExtensions.subtitle':
    'Todas las extensiones de plantillas disponibles',
  'templatingExtensions.content.emptyState.title':
    'No hay información que mostrar',
  'templatingExtensions.content.emptyState.description':
    'No hay extensiones de plantillas disponibles o hubo un problema al comunicarse con el backend.',
  'templatingExtensions.content.searchFieldPlaceholder': 'Buscar una extensión',
  'templatingExtensions.content.filters.title': 'Filtros',
  'templatingExtensions.content.filters.notAvailable':
    'No hay filtros de plantilla definidos.',
  'templatingExtensions.content.filters.metadataAbsent':
    'No hay metadatos del filtro',
  'templatingExtensions.content.filters.schema.input': 'Entrada',
  'templatingExtensions.content.filters.schema.arguments': 'Argumentos',
  'templatingExtensions.content.filters.schema.output': 'Salida',
  'templatingExtensions.content.filters.examples': 'Ejemplos',
  'templatingExtensions.content.functions.title': 'Funciones',
  'templatingExtensions.content.functions.notAvailable':
    'No hay funciones globales de plantilla definidas.',
  'templatingExtensions.content.functions.metadataAbsent':
    'No hay metadatos de la función',
  'templatingExtensions.content.functions.schema.arguments': 'Argumentos',
  'templatingExtensions.content.functions.schema.output': 'Salida',
  'templatingExtensions.content.functions.examples': 'Ejemplos',
  'templatingExtensions.content.values.title': 'Valores',
  'templatingExtensions.content.values.notAvailable':
    'No hay valores globales de plantilla definidos.',
  'templateTypePicker.title': 'Categorías',
  'templateIntroPage.title': 'Gestionar plantillas',
  'templateIntroPage.subtitle':
    'Edite, previsualice y pruebe plantillas, formularios y campos personalizados',
  'templateFormPage.title': 'Editor de plantillas',
  'templateFormPage.subtitle':
    'Edite, previsualice y pruebe formularios de plantillas',
  'templateCustomFieldPage.title': 'Explorador de campos personalizados',
  'templateCustomFieldPage.subtitle':
    'Edite, previsualice y pruebe campos personalizados',
  'templateEditorPage.title': 'Editor de plantillas',
  'templateEditorPage.subtitle':
    'Edite, previsualice y pruebe plantillas y sus formularios',
  'templateEditorPage.dryRunResults.title': 'Resultados de la prueba',
  'templateEditorPage.dryRunResultsList.title': 'Resultado {{resultId}}',
  'templateEditorPage.dryRunResultsList.downloadButtonTitle':
    'Descargar como .zip',
  'templateEditorPage.dryRunResultsList.deleteButtonTitle':
    'Eliminar el resultado',
  'templateEditorPage.dryRunResultsView.tab.files': 'Archivos',
  'templateEditorPage.dryRunResultsView.tab.log': 'Registro',
  'templateEditorPage.dryRunResultsView.tab.output': 'Salida',
  'templateEditorPage.taskStatusStepper.skippedStepTitle': 'Omitido',
  'templateEditorPage.customFieldExplorer.selectFieldLabel':
    'Elija una extensión de campo personalizado',
  'templateEditorPage.customFieldExplorer.fieldForm.title':
    'Opciones del campo',
  'templateEditorPage.customFieldExplorer.fieldForm.applyButtonTitle':
    'Aplicar',
  'templateEditorPage.customFieldExplorer.fieldPreview.title':
    'Vista previa del campo',
  'templateEditorPage.customFieldExplorer.preview.title':
    'Especificación de la plantilla',
  'templateEditorPage.templateEditorBrowser.closeConfirmMessage':
    '¿Está seguro? Se perderán los cambios sin guardar',
  'templateEditorPage.templateEditorBrowser.saveIconTooltip':
    'Guardar todos los archivos',
  'templateEditorPage.templateEditorBrowser.reloadIconTooltip':
    'Recargar el directorio',
  'templateEditorPage.templateEditorBrowser.closeIconTooltip':
    'Cerrar el directorio',
  'templateEditorPage.templateEditorIntro.title':
    'Para empezar, elija una de las siguientes opciones',
  'templateEditorPage.templateEditorIntro.loadLocal.title':
    'Cargar un directorio de plantilla',
  'templateEditorPage.templateEditorIntro.loadLocal.description':
    'Cargue un directorio de plantilla local para editar su propia plantilla y probar a ejecutarla.',
  'templateEditorPage.templateEditorIntro.loadLocal.unsupportedTooltip':
    'Solo funciona en algunos navegadores basados en Chromium con la página cargada por HTTPS',
  'templateEditorPage.templateEditorIntro.createLocal.title':
    'Crear una plantilla nueva',
  'templateEditorPage.templateEditorIntro.createLocal.description':
    'Cree un directorio de plantilla local para editar su propia plantilla y probar a ejecutarla.',
  'templateEditorPage.templateEditorIntro.createLocal.unsupportedTooltip':
    'Solo funciona en algunos navegadores basados en Chromium con la página cargada por HTTPS',
  'templateEditorPage.templateEditorIntro.formEditor.title':
    'Zona de pruebas de formularios',
  'templateEditorPage.templateEditorIntro.formEditor.description':
    'Previsualice y edite el formulario de una plantilla, con una plantilla de ejemplo o con una del catálogo.',
  'templateEditorPage.templateEditorIntro.fieldExplorer.title':
    'Explorador de campos personalizados',
  'templateEditorPage.templateEditorIntro.fieldExplorer.description':
    'Consulte y pruebe las extensiones de campos personalizados instaladas.',
  'templateEditorPage.templateEditorTextArea.saveIconTooltip':
    'Guardar el archivo',
  'templateEditorPage.templateEditorTextArea.refreshIconTooltip':
    'Recargar el archivo',
  'templateEditorPage.templateEditorTextArea.emptyStateParagraph':
    'Elija una acción en el menú Archivo.',
  'templateEditorPage.templateFormPreviewer.title':
    'Cargar una plantilla existente',
  'templateListPage.title': 'Crear un componente nuevo',
  'templateListPage.subtitle':
    'Cree componentes de software nuevos con las plantillas estándar de su organización',
  'templateListPage.pageTitle': 'Crear un componente nuevo',
  'templateListPage.templateGroups.defaultTitle': 'Plantillas',
  'templateListPage.templateGroups.otherTitle': 'Otras plantillas',
  'templateListPage.contentHeader.registerExistingButtonTitle':
    'Registrar un componente existente',
  'templateListPage.contentHeader.supportButtonTitle':
    'Cree componentes de software nuevos con plantillas estándar. Cada plantilla crea un tipo de componente distinto (servicios, sitios web, documentación…).',
  'templateListPage.additionalLinksForEntity.viewTechDocsTitle': 'Ver TechDocs',
  'templateWizardPage.title': 'Crear un componente nuevo',
  'templateWizardPage.subtitle':
    'Cree componentes de software nuevos con las plantillas estándar de su organización',
  'templateWizardPage.pageTitle': 'Crear un componente nuevo',
  'templateWizardPage.templateWithTitle': 'Crear {{templateTitle}}',
  'templateWizardPage.pageContextMenu.editConfigurationTitle':
    'Editar la configuración',
  'templateEditorToolbar.customFieldExplorerTooltip':
    'Explorador de campos personalizados',
  'templateEditorToolbar.installedActionsDocumentationTooltip':
    'Documentación de las acciones instaladas',
  'templateEditorToolbar.templatingExtensionsDocumentationTooltip':
    'Documentación de las extensiones de plantillas',
  'templateEditorToolbar.addToCatalogButton': 'Publicar',
  'templateEditorToolbar.addToCatalogDialogTitle': 'Publicar los cambios',
  'templateEditorToolbar.addToCatalogDialogContent.stepsIntroduction':
    'Siga estas instrucciones para crear o actualizar una plantilla:',
  'templateEditorToolbar.addToCatalogDialogContent.stepsListItems':
    'Guarde los archivos de la plantilla en un directorio local\nCree una pull request en un repositorio Git nuevo o existente\nSi la plantilla ya existe, los cambios aparecerán en el catálogo de software en cuanto se fusione la pull request\nSi crea una plantilla nueva, registre el nuevo repositorio de plantillas en el catálogo de software siguiendo la documentación enlazada a continuación',
  'templateEditorToolbar.addToCatalogDialogActions.documentationButton':
    'Ir a la documentación',
  'templateEditorToolbar.addToCatalogDialogActions.documentationUrl':
    'https://backstage.io/docs/features/software-templates/adding-templates/',
  'templateEditorToolbarFileMenu.button': 'Archivo',
  'templateEditorToolbarFileMenu.options.openDirectory':
    'Abrir un directorio de plantilla',
  'templateEditorToolbarFileMenu.options.createDirectory':
    'Crear un directorio de plantilla',
  'templateEditorToolbarFileMenu.options.closeEditor':
    'Cerrar el editor de plantillas',
  'templateEditorToolbarTemplatesMenu.button': 'Plantillas',
};
