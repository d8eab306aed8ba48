/** German for the Create page: templates, their forms, tasks and editor. */
export default {
  'aboutCard.launchTemplate': 'Vorlage starten',
  'actionsPage.title': 'Installierte Aktionen',
  'actionsPage.pageTitle': 'Neue Komponente erstellen',
  'actionsPage.subtitle': 'Alle installierten Aktionen',
  'actionsPage.content.emptyState.title': 'Keine Informationen vorhanden',
  'actionsPage.content.emptyState.description':
    'Es sind keine Aktionen installiert, oder die Verbindung zum Backend ist fehlgeschlagen.',
  'actionsPage.content.searchFieldPlaceholder': 'Aktion suchen',
  'actionsPage.action.input': 'Eingabe',
  'actionsPage.action.output': 'Ausgabe',
  'actionsPage.action.examples': 'Beispiele',
  'fields.entityNamePicker.title': 'Name',
  'fields.entityNamePicker.description': 'Eindeutiger Name der Komponente',
  'fields.entityPicker.title': 'Entität',
  'fields.entityPicker.description': 'Eine Entität aus dem Katalog',
  'fields.entityTagsPicker.title': 'Tags',
  'fields.entityTagsPicker.description':
    "Fügen Sie passende Tags hinzu; mit 'Enter' fügen Sie ein neues Tag hinzu. Gültiges Format: [a-z0-9+#], getrennt durch [-], höchstens 63 Zeichen",
  'fields.multiEntityPicker.title': 'Entität',
  'fields.multiEntityPicker.description': 'Eine Entität aus dem Katalog',
  'fields.myGroupsPicker.title': 'Entität',
  'fields.myGroupsPicker.description': 'Eine Entität aus dem Katalog',
  'fields.ownedEntityPicker.title': 'Entität',
  'fields.ownedEntityPicker.description': 'Eine Entität aus dem Katalog',
  'fields.ownerPicker.title': 'Verantwortlich',
  'fields.ownerPicker.description': 'Wer für die Komponente verantwortlich ist',
  'fields.azureRepoPicker.organization.title': 'Organisation',
  'fields.azureRepoPicker.organization.description':
    'Die Organisation, zu der dieses Repository gehören wird',
  'fields.azureRepoPicker.project.title': 'Projekt',
  'fields.azureRepoPicker.project.description':
    'Das Projekt, zu dem dieses Repository gehören wird',
  'fields.bitbucketRepoPicker.workspaces.title': 'Erlaubte Workspaces',
  'fields.bitbucketRepoPicker.workspaces.inputTitle': 'Workspaces',
  'fields.bitbucketRepoPicker.workspaces.description':
    'Der Workspace, zu dem dieses Repository gehören wird',
  'fields.bitbucketRepoPicker.project.title': 'Erlaubte Projekte',
  'fields.bitbucketRepoPicker.project.inputTitle': 'Projekte',
  'fields.bitbucketRepoPicker.project.description':
    'Das Projekt, zu dem dieses Repository gehören wird',
  'fields.gerritRepoPicker.owner.title': 'Inhaber',
  'fields.gerritRepoPicker.owner.description':
    'Der Inhaber des Projekts (optional)',
  'fields.gerritRepoPicker.parent.title': 'Übergeordnetes Projekt',
  'fields.gerritRepoPicker.parent.description':
    'Das übergeordnete Projekt, zu dem das Repository gehören wird',
  'fields.giteaRepoPicker.owner.title': 'Verfügbare Inhaber',
  'fields.giteaRepoPicker.owner.inputTitle': 'Inhaber',
  'fields.giteaRepoPicker.owner.description':
    'Gitea-Namespace, zu dem dieses Repository gehören wird: der Name einer Organisation, Gruppe, Untergruppe, eines Benutzers oder des Projekts.',
  'fields.githubRepoPicker.owner.title': 'Verfügbare Inhaber',
  'fields.githubRepoPicker.owner.inputTitle': 'Inhaber',
  'fields.githubRepoPicker.owner.description':
    'Die Organisation, der Benutzer oder das Projekt, zu dem dieses Repository gehören wird',
  'fields.gitlabRepoPicker.owner.title': 'Verfügbare Inhaber',
  'fields.gitlabRepoPicker.owner.inputTitle': 'Inhaber',
  'fields.gitlabRepoPicker.owner.description':
    'GitLab-Namespace, zu dem dieses Repository gehören wird: der Name einer Organisation, Gruppe, Untergruppe, eines Benutzers oder des Projekts.',
  'fields.repoUrlPicker.host.title': 'Host',
  'fields.repoUrlPicker.host.description':
    'Der Host, auf dem das Repository angelegt wird',
  'fields.repoUrlPicker.repository.title': 'Verfügbare Repositorys',
  'fields.repoUrlPicker.repository.inputTitle': 'Repository',
  'fields.repoUrlPicker.repository.description': 'Der Name des Repositorys',
  'fields.repoOwnerPicker.title': 'Inhaber',
  'fields.repoOwnerPicker.description': 'Der Inhaber des Repositorys',
  'listTaskPage.title': 'Aufgaben der Vorlagen',
  'listTaskPage.pageTitle': 'Aufgaben der Vorlagen',
  'listTaskPage.subtitle': 'Alle gestarteten Aufgaben',
  'listTaskPage.content.emptyState.title': 'Keine Informationen vorhanden',
  'listTaskPage.content.emptyState.description':
    'Es gibt keine Aufgaben, oder die Verbindung zum Backend ist fehlgeschlagen.',
  'listTaskPage.content.tableTitle': 'Aufgaben',
  'listTaskPage.content.tableCell.taskID': 'Aufgaben-ID',
  'listTaskPage.content.tableCell.template': 'Vorlage',
  'listTaskPage.content.tableCell.created': 'Erstellt',
  'listTaskPage.content.tableCell.owner': 'Verantwortlich',
  'listTaskPage.content.tableCell.status': 'Status',
  'ownerListPicker.title': 'Verantwortlich für die Aufgabe',
  'ownerListPicker.options.owned': 'Eigene',
  'ownerListPicker.options.all': 'Alle',
  'ongoingTask.title': 'Ausführung von',
  'ongoingTask.pageTitle.hasTemplateName': 'Ausführung von {{templateName}}',
  'ongoingTask.pageTitle.noTemplateName': 'Ausführung einer Vorlage',
  'ongoingTask.subtitle': 'Aufgabe {{taskId}}',
  'ongoingTask.cancelButtonTitle': 'Abbrechen',
  'ongoingTask.retryButtonTitle': 'Erneut versuchen',
  'ongoingTask.startOverButtonTitle': 'Neu beginnen',
  'ongoingTask.hideLogsButtonTitle': 'Logs ausblenden',
  'ongoingTask.showLogsButtonTitle': 'Logs anzeigen',
  'ongoingTask.contextMenu.moreOptions': 'Weitere Optionen',
  'ongoingTask.contextMenu.hideLogs': 'Logs ausblenden',
  'ongoingTask.contextMenu.showLogs': 'Logs anzeigen',
  'ongoingTask.contextMenu.hideButtonBar': 'Schaltflächenleiste ausblenden',
  'ongoingTask.contextMenu.retry': 'Erneut versuchen',
  'ongoingTask.contextMenu.showButtonBar': 'Schaltflächenleiste anzeigen',
  'ongoingTask.contextMenu.startOver': 'Neu beginnen',
  'ongoingTask.contextMenu.cancel': 'Abbrechen',
  'templateEditorForm.stepper.emptyText':
    'Die Vorlage hat keine Parameter, die sich in der Vorschau zeigen ließen.',
  'renderSchema.tableCell.name': 'Name',
  'renderSchema.tableCell.title': 'Titel',
  'renderSchema.tableCell.description': 'Beschreibung',
  'renderSchema.tableCell.type': 'Typ',
  'renderSchema.tableCell.value': 'Wert',
  'renderSchema.undefined': 'Kein Schema definiert',
  'templatingExtensions.title': 'Template-Erweiterungen',
  'templatingExtensions.pageTitle': 'Template-Erweiterungen',
  'templatingExtensions.subtitle': 'Alle verfügbaren Template-Erweiterungen',
  'templatingExtensions.content.emptyState.title':
    'Keine Informationen vorhanden',
  'templatingExtensions.content.emptyState.description':
    'Es sind keine Template-Erweiterungen verfügbar, oder die Verbindung zum Backend ist fehlgeschlagen.',
  'templatingExtensions.content.searchFieldPlaceholder': 'Erweiterung suchen',
  'templatingExtensions.content.filters.title': 'Filter',
  'templatingExtensions.content.filters.notAvailable':
    'Es sind keine Template-Filter definiert.',
  'templatingExtensions.content.filters.metadataAbsent':
    'Keine Metadaten zum Filter verfügbar',
  'templatingExtensions.content.filters.schema.input': 'Eingabe',
  'templatingExtensions.content.filters.schema.arguments': 'Argumente',
  'templatingExtensions.content.filters.schema.output': 'Ausgabe',
  'templatingExtensions.content.filters.examples': 'Beispiele',
  'templatingExtensions.content.functions.title': 'Funktionen',
  'templatingExtensions.content.functions.notAvailable':
    'Es sind keine globalen Template-Funktionen definiert.',
  'templatingExtensions.content.functions.metadataAbsent':
    'Keine Metadaten zur Funktion verfügbar',
  'templatingExtensions.content.functions.schema.arguments': 'Argumente',
  'templatingExtensions.content.functions.schema.output': 'Ausgabe',
  'templatingExtensions.content.functions.examples': 'Beispiele',
  'templatingExtensions.content.values.title': 'Werte',
  'templatingExtensions.content.values.notAvailable':
    'Es sind keine globalen Template-Werte definiert.',
  'templateTypePicker.title': 'Kategorien',
  'templateIntroPage.title': 'Vorlagen verwalten',
  'templateIntroPage.subtitle':
    'Vorlagen, Formulare und eigene Felder bearbeiten, in der Vorschau ansehen und ausprobieren',
  'templateFormPage.title': 'Vorlagen-Editor',
  'templateFormPage.subtitle':
    'Formulare von Vorlagen bearbeiten, in der Vorschau ansehen und ausprobieren',
  'templateCustomFieldPage.title': 'Explorer für eigene Felder',
  'templateCustomFieldPage.subtitle':
    'Eigene Felder bearbeiten, in der Vorschau ansehen und ausprobieren',
  'templateEditorPage.title': 'Vorlagen-Editor',
  'templateEditorPage.subtitle':
    'Vorlagen und ihre Formulare bearbeiten, in der Vorschau ansehen und ausprobieren',
  'templateEditorPage.dryRunResults.title': 'Ergebnisse des Probelaufs',
  'templateEditorPage.dryRunResultsList.title': 'Ergebnis {{resultId}}',
  'templateEditorPage.dryRunResultsList.downloadButtonTitle':
    'Als .zip herunterladen',
  'templateEditorPage.dryRunResultsList.deleteButtonTitle': 'Ergebnis löschen',
  'templateEditorPage.dryRunResultsView.tab.files': 'Dateien',
  'templateEditorPage.dryRunResultsView.tab.log': 'Log',
  'templateEditorPage.dryRunResultsView.tab.output': 'Ausgabe',
  'templateEditorPage.taskStatusStepper.skippedStepTitle': 'Übersprungen',
  'templateEditorPage.customFieldExplorer.selectFieldLabel':
    'Erweiterung für ein eigenes Feld auswählen',
  'templateEditorPage.customFieldExplorer.fieldForm.title': 'Feldoptionen',
  'templateEditorPage.customFieldExplorer.fieldForm.applyButtonTitle':
    'Übernehmen',
  'templateEditorPage.customFieldExplorer.fieldPreview.title': 'Feldvorschau',
  'templateEditorPage.customFieldExplorer.preview.title':
    'Spezifikation der Vorlage',
  'templateEditorPage.templateEditorBrowser.closeConfirmMessage':
    'Sind Sie sicher? Nicht gespeicherte Änderungen gehen verloren',
  'templateEditorPage.templateEditorBrowser.saveIconTooltip':
    'Alle Dateien speichern',
  'templateEditorPage.templateEditorBrowser.reloadIconTooltip':
    'Verzeichnis neu laden',
  'templateEditorPage.templateEditorBrowser.closeIconTooltip':
    'Verzeichnis schließen',
  'templateEditorPage.templateEditorIntro.title':
    'Wählen Sie zum Einstieg eine der folgenden Möglichkeiten',
  'templateEditorPage.templateEditorIntro.loadLocal.title':
    'Vorlagenverzeichnis laden',
  'templateEditorPage.templateEditorIntro.loadLocal.description':
    'Ein lokales Vorlagenverzeichnis laden, um die eigene Vorlage zu bearbeiten und probeweise auszuführen.',
  'templateEditorPage.templateEditorIntro.loadLocal.unsupportedTooltip':
    'Nur in manchen Chromium-basierten Browsern möglich, wenn die Seite über HTTPS geladen ist',
  'templateEditorPage.templateEditorIntro.createLocal.title':
    'Neue Vorlage erstellen',
  'templateEditorPage.templateEditorIntro.createLocal.description':
    'Ein lokales Vorlagenverzeichnis anlegen, um die eigene Vorlage zu bearbeiten und probeweise auszuführen.',
  'templateEditorPage.templateEditorIntro.createLocal.unsupportedTooltip':
    'Nur in manchen Chromium-basierten Browsern möglich, wenn die Seite über HTTPS geladen ist',
  'templateEditorPage.templateEditorIntro.formEditor.title':
    'Spielwiese für Vorlagenformulare',
  'templateEditorPage.templateEditorIntro.formEditor.description':
    'Ein Vorlagenformular in der Vorschau ansehen und bearbeiten, mit einer Beispielvorlage oder einer Vorlage aus dem Katalog.',
  'templateEditorPage.templateEditorIntro.fieldExplorer.title':
    'Explorer für eigene Felder',
  'templateEditorPage.templateEditorIntro.fieldExplorer.description':
    'Die installierten Erweiterungen für eigene Felder ansehen und ausprobieren.',
  'templateEditorPage.templateEditorTextArea.saveIconTooltip':
    'Datei speichern',
  'templateEditorPage.templateEditorTextArea.refreshIconTooltip':
    'Datei neu laden',
  'templateEditorPage.templateEditorTextArea.emptyStateParagraph':
    'Bitte wählen Sie eine Aktion im Dateimenü.',
  'templateEditorPage.templateFormPreviewer.title': 'Vorhandene Vorlage laden',
  'templateListPage.title': 'Neue Komponente erstellen',
  'templateListPage.subtitle':
    'Neue Softwarekomponenten mit den Standardvorlagen Ihrer Organisation erstellen',
  'templateListPage.pageTitle': 'Neue Komponente erstellen',
  'templateListPage.templateGroups.defaultTitle': 'Vorlagen',
  'templateListPage.templateGroups.otherTitle': 'Weitere Vorlagen',
  'templateListPage.contentHeader.registerExistingButtonTitle':
    'Vorhandene Komponente registrieren',
  'templateListPage.contentHeader.supportButtonTitle':
    'Neue Softwarekomponenten mit Standardvorlagen erstellen. Verschiedene Vorlagen erstellen verschiedene Arten von Komponenten (Dienste, Websites, Dokumentation, …).',
  'templateListPage.additionalLinksForEntity.viewTechDocsTitle':
    'TechDocs ansehen',
  'templateWizardPage.title': 'Neue Komponente erstellen',
  'templateWizardPage.subtitle':
    'Neue Softwarekomponenten mit den Standardvorlagen Ihrer Organisation erstellen',
  'templateWizardPage.pageTitle': 'Neue Komponente erstellen',
  'templateWizardPage.templateWithTitle': '{{templateTitle}} neu erstellen',
  'templateWizardPage.pageContextMenu.editConfigurationTitle':
    'Konfiguration bearbeiten',
  'templateEditorToolbar.customFieldExplorerTooltip':
    'Explorer für eigene Felder',
  'templateEditorToolbar.installedActionsDocumentationTooltip':
    'Dokumentation der installierten Aktionen',
  'templateEditorToolbar.templatingExtensionsDocumentationTooltip':
    'Dokumentation der Template-Erweiterungen',
  'templateEditorToolbar.addToCatalogButton': 'Veröffentlichen',
  'templateEditorToolbar.addToCatalogDialogTitle': 'Änderungen veröffentlichen',
  'templateEditorToolbar.addToCatalogDialogContent.stepsIntroduction':
    'So erstellen oder ändern Sie eine Vorlage:',
  'templateEditorToolbar.addToCatalogDialogContent.stepsListItems':
    'Speichern Sie die Vorlagendateien in einem lokalen Verzeichnis\nErstellen Sie einen Pull Request für ein neues oder vorhandenes Git-Repository\nGibt es die Vorlage schon, erscheinen die Änderungen im Softwarekatalog, sobald der Pull Request gemergt ist\nErstellen Sie eine neue Vorlage, registrieren Sie das neue Vorlagen-Repository wie in der unten verlinkten Dokumentation beschrieben im Softwarekatalog',
  'templateEditorToolbar.addToCatalogDialogActions.documentationButton':
    'Zur Dokumentation',
  'templateEditorToolbar.addToCatalogDialogActions.documentationUrl':
    'https://backstage.io/docs/features/software-templates/adding-templates/',
  'templateEditorToolbarFileMenu.button': 'Datei',
  'templateEditorToolbarFileMenu.options.openDirectory':
    'Vorlagenverzeichnis öffnen',
  'templateEditorToolbarFileMenu.options.createDirectory':
    'Vorlagenverzeichnis anlegen',
  'templateEditorToolbarFileMenu.options.closeEditor':
    'Vorlagen-Editor schließen',
  'templateEditorToolbarTemplatesMenu.button': 'Vorlagen',
};
