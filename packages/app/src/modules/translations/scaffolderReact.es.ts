/** Spanish for the template forms' shared parts: stepper, cards, menu. */
export default {
  'passwordWidget.content':
    'Este widget no es seguro. Use [`ui:field: Secret`](https://backstage.io/docs/features/software-templates/writing-templates/#using-secrets) en lugar de `ui:widget: password`',
  'scaffolderPageContextMenu.moreLabel': 'más',
  'scaffolderPageContextMenu.createLabel': 'Crear',
  'scaffolderPageContextMenu.editorLabel': 'Gestionar plantillas',
  'scaffolderPageContextMenu.actionsLabel': 'Acciones instaladas',
  'scaffolderPageContextMenu.tasksLabel': 'Lista de tareas',
  'scaffolderPageContextMenu.templatingExtensionsLabel':
    'Extensiones de plantillas',
  'stepper.backButtonText': 'Atrás',
  'stepper.createButtonText': 'Crear',
  'stepper.reviewButtonText': 'Revisar',
  'stepper.stepIndexLabel': 'Paso {{index, number}}',
  'stepper.nextButtonText': 'Siguiente',
  'templateCategoryPicker.title': 'Categorías',
  'templateCard.noDescription': 'Sin descripción',
  'templateCard.chooseButtonText': 'Elegir',
  'cardHeader.detailBtnTitle':
    'Mostrar los detalles de la entidad de plantilla',
  'templateOutputs.title': 'Salida de texto',
  'workflow.noDescription': 'Sin descripción',
};
