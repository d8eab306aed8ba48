/** German for the template forms' shared parts: stepper, cards, menu. */
export default {
  'passwordWidget.content':
    'Dieses Widget ist unsicher. Verwenden Sie [`ui:field: Secret`](https://backstage.io/docs/features/software-templates/writing-templates/#using-secrets) statt `ui:widget: password`',
  'scaffolderPageContextMenu.moreLabel': 'mehr',
  'scaffolderPageContextMenu.createLabel': 'Erstellen',
  'scaffolderPageContextMenu.editorLabel': 'Vorlagen verwalten',
  'scaffolderPageContextMenu.actionsLabel': 'Installierte Aktionen',
  'scaffolderPageContextMenu.tasksLabel': 'Aufgabenliste',
  'scaffolderPageContextMenu.templatingExtensionsLabel':
    'Template-Erweiterungen',
  'stepper.backButtonText': 'Zurück',
  'stepper.createButtonText': 'Erstellen',
  'stepper.reviewButtonText': 'Prüfen',
  'stepper.stepIndexLabel': 'Schritt {{index, number}}',
  'stepper.nextButtonText': 'Weiter',
  'templateCategoryPicker.title': 'Kategorien',
  'templateCard.noDescription': 'Keine Beschreibung',
  'templateCard.chooseButtonText': 'Auswählen',
  'cardHeader.detailBtnTitle': 'Details der Vorlagen-Entität anzeigen',
  'templateOutputs.title': 'Textausgabe',
  'workflow.noDescription': 'Keine Beschreibung',
};
