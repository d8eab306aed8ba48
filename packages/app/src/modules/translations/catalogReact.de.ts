/** German for the catalog's shared parts: filters, pickers, dialogs. */
export default {
  'catalogFilter.title': 'Filter',
  'catalogFilter.buttonTitle': 'Filter',
  'entityKindPicker.title': 'Art',
  'entityKindPicker.errorMessage':
    'Die Entitätsarten konnten nicht geladen werden',
  'entityLifecyclePicker.title': 'Lebenszyklus',
  'entityNamespacePicker.title': 'Namespace',
  'entityOwnerPicker.title': 'Verantwortlich',
  'entityProcessingStatusPicker.title': 'Verarbeitungsstatus',
  'entityTagPicker.title': 'Tags',
  'entityPeekAheadPopover.title':
    'Öffnen Sie die Entität, um alle Tags zu sehen.',
  'entityPeekAheadPopover.emailCardAction.title': 'E-Mail an {{email}}',
  'entityPeekAheadPopover.emailCardAction.subTitle': 'mailto {{email}}',
  'entityPeekAheadPopover.emailCardAction.ariaLabel': 'E-Mail',
  'entityPeekAheadPopover.entityCardActionsAriaLabel': 'Anzeigen',
  'entityPeekAheadPopover.entityCardActionsTitle': 'Details anzeigen',
  'entitySearchBar.placeholder': 'Suchen',
  'entityTypePicker.title': 'Typ',
  'entityTypePicker.errorMessage':
    'Die Entitätstypen konnten nicht geladen werden',
  'entityTypePicker.optionAllTitle': 'alle',
  'favoriteEntity.addToFavorites': 'Zu Favoriten hinzufügen',
  'favoriteEntity.removeFromFavorites': 'Aus Favoriten entfernen',
  'inspectEntityDialog.title': 'Entität untersuchen',
  'inspectEntityDialog.closeButtonTitle': 'Schließen',
  'inspectEntityDialog.ancestryPage.title': 'Herkunft',
  'inspectEntityDialog.ancestryPage.description':
    'Das ist die Herkunft der Entität: die Kette (oder Ketten) von Entitäten bis zu dieser, in der {{processorsLink}}, aus denen am Ende diese Entität entstand. Das ist ein ganz anderer Mechanismus als Beziehungen.',
  'inspectEntityDialog.ancestryPage.processorsLink':
    'Prozessoren Kind-Entitäten erzeugten',
  'inspectEntityDialog.colocatedPage.title': 'Gleicher Ort',
  'inspectEntityDialog.colocatedPage.description':
    'Diese Entitäten liegen am gleichen Ort wie diese Entität: Sie stammen aus derselben Datenquelle (z. B. derselben YAML-Datei) oder vom selben Ursprung (z. B. der ursprünglich registrierten URL).',
  'inspectEntityDialog.colocatedPage.alertNoLocation':
    'Die Entität hatte keine Angaben zum Speicherort.',
  'inspectEntityDialog.colocatedPage.alertNoEntity':
    'An diesem Speicherort gab es keine weiteren Entitäten.',
  'inspectEntityDialog.colocatedPage.locationHeader': 'Am gleichen Speicherort',
  'inspectEntityDialog.colocatedPage.originHeader': 'Mit gleichem Ursprung',
  'inspectEntityDialog.colocatedPage.entityListAriaLabel':
    'Entitäten am gleichen Ort',
  'inspectEntityDialog.jsonPage.title': 'Entität als JSON',
  'inspectEntityDialog.jsonPage.description':
    'Die Rohdaten der Entität, wie sie der Katalog liefert, als JSON.',
  'inspectEntityDialog.overviewPage.title': 'Übersicht',
  'inspectEntityDialog.overviewPage.relation.title': 'Beziehungen',
  'inspectEntityDialog.overviewPage.status.title': 'Status',
  'inspectEntityDialog.overviewPage.identity.title': 'Identität',
  'inspectEntityDialog.overviewPage.metadata.title': 'Metadaten',
  'inspectEntityDialog.overviewPage.annotations': 'Annotationen',
  'inspectEntityDialog.overviewPage.labels': 'Labels',
  'inspectEntityDialog.overviewPage.tags': 'Tags',
  'inspectEntityDialog.overviewPage.copyAriaLabel': '{{label}} kopieren',
  'inspectEntityDialog.overviewPage.copiedStatus': 'Kopiert',
  'inspectEntityDialog.overviewPage.helpLinkAriaLabel': 'Mehr erfahren',
  'inspectEntityDialog.yamlPage.title': 'Entität als YAML',
  'inspectEntityDialog.yamlPage.description':
    'Die Rohdaten der Entität, wie sie der Katalog liefert, als YAML.',
  'inspectEntityDialog.tabNames.overview': 'Übersicht',
  'inspectEntityDialog.tabNames.ancestry': 'Herkunft',
  'inspectEntityDialog.tabNames.colocated': 'Gleicher Ort',
  'inspectEntityDialog.tabNames.json': 'JSON-Rohdaten',
  'inspectEntityDialog.tabNames.yaml': 'YAML-Rohdaten',
  'inspectEntityDialog.tabsAriaLabel': 'Ansichten des Inspektors',
  'unregisterEntityDialog.title':
    'Möchten Sie die Registrierung dieser Entität wirklich aufheben?',
  'unregisterEntityDialog.cancelButtonTitle': 'Abbrechen',
  'unregisterEntityDialog.deleteButtonTitle': 'Entität löschen',
  'unregisterEntityDialog.deleteEntitySuccessMessage':
    'Entität {{entityName}} entfernt',
  'unregisterEntityDialog.bootstrapState.title':
    'Die Registrierung dieser Entität lässt sich nicht aufheben, da sie aus einer geschützten Backstage-Konfiguration stammt (Speicherort „{{location}}“). Wenn Sie das für einen Fehler halten, wenden Sie sich an die Betreuer von {{appTitle}}.',
  'unregisterEntityDialog.bootstrapState.advancedDescription':
    'Sie können die Entität selbst aus dem Katalog löschen. Tun Sie das nur, wenn Sie wissen, dass die Katalogdatei an ihrem Ursprungsort gelöscht oder von dort verschoben wurde. Andernfalls erscheint die Entität bei der nächsten Aktualisierung des Katalogs in Kürze wieder.',
  'unregisterEntityDialog.bootstrapState.advancedOptions':
    'Erweiterte Optionen',
  'unregisterEntityDialog.onlyDeleteStateTitle':
    'Diese Entität scheint nicht von einem registrierten Speicherort zu stammen. Sie können sie daher nur direkt aus dem Katalog löschen.',
  'unregisterEntityDialog.unregisterState.title':
    'Damit wird die Registrierung folgender Entitäten aufgehoben:',
  'unregisterEntityDialog.unregisterState.subTitle':
    'Sie liegen an folgendem Speicherort:',
  'unregisterEntityDialog.unregisterState.description':
    'Um das rückgängig zu machen, registrieren Sie die Entität einfach erneut in {{appTitle}}.',
  'unregisterEntityDialog.unregisterState.unregisterButtonTitle':
    'Registrierung des Speicherorts aufheben',
  'unregisterEntityDialog.unregisterState.advancedOptions':
    'Erweiterte Optionen',
  'unregisterEntityDialog.unregisterState.advancedDescription':
    'Sie können auch die Entität selbst aus dem Katalog löschen. Tun Sie das nur, wenn Sie wissen, dass die Katalogdatei an ihrem Ursprungsort gelöscht oder von dort verschoben wurde. Andernfalls erscheint die Entität bei der nächsten Aktualisierung des Katalogs in Kürze wieder.',
  'unregisterEntityDialog.errorStateTitle':
    'Interner Fehler: Unbekannter Zustand',
  'userListPicker.defaultOrgName': 'Unternehmen',
  'userListPicker.personalFilter.title': 'Persönlich',
  'userListPicker.personalFilter.ownedLabel': 'Eigene',
  'userListPicker.personalFilter.starredLabel': 'Favoriten',
  'userListPicker.orgFilterAllLabel': 'Alle',
  'entityTableColumnTitle.name': 'Name',
  'entityTableColumnTitle.system': 'System',
  'entityTableColumnTitle.owner': 'Verantwortlich',
  'entityTableColumnTitle.type': 'Typ',
  'entityTableColumnTitle.lifecycle': 'Lebenszyklus',
  'entityTableColumnTitle.namespace': 'Namespace',
  'entityTableColumnTitle.description': 'Beschreibung',
  'entityTableColumnTitle.tags': 'Tags',
  'entityTableColumnTitle.targets': 'Ziele',
  'entityTableColumnTitle.title': 'Titel',
  'entityTableColumnTitle.label': 'Label',
  'entityTableColumnTitle.domain': 'Domäne',
  'entityRelationCard.emptyHelpLinkTitle': 'So ändern Sie das.',
  'missingAnnotationEmptyState.title': 'Fehlende Annotation',
  'missingAnnotationEmptyState.readMore': 'Mehr erfahren',
  'missingAnnotationEmptyState.annotationYaml':
    'Fügen Sie die Annotation wie im markierten Beispiel unten in die YAML-Datei Ihrer Entität der Art {{entityKind}} ein:',
  'missingAnnotationEmptyState.generateDescription_one':
    'Die Annotation {{annotations}} fehlt. Fügen Sie sie Ihrer Entität der Art {{entityKind}} hinzu, um dieses Werkzeug zu aktivieren.',
  'missingAnnotationEmptyState.generateDescription_other':
    'Die Annotationen {{annotations}} fehlen. Fügen Sie sie Ihrer Entität der Art {{entityKind}} hinzu, um dieses Werkzeug zu aktivieren.',
};
