/** German for the group and user cards on the catalog's entity pages. */
export default {
  'groupProfileCard.groupNotFound': 'Gruppe nicht gefunden',
  'groupProfileCard.editIconButtonTitle': 'Metadaten bearbeiten',
  'groupProfileCard.refreshIconButtonTitle':
    'Aktualisierung der Entität planen',
  'groupProfileCard.refreshIconButtonAriaLabel': 'Aktualisieren',
  'groupProfileCard.listItemTitle.entityRef': 'Entitätsreferenz',
  'groupProfileCard.listItemTitle.email': 'E-Mail',
  'groupProfileCard.listItemTitle.parentGroup': 'Übergeordnete Gruppe',
  'groupProfileCard.listItemTitle.childGroups': 'Untergruppen',
  'membersListCard.cardLabel': 'Benutzerseite von {{memberName}}',
  'membersListCard.title': 'Mitglieder von {{groupName}}',
  'membersListCard.noMembersDescription': 'Diese Gruppe hat keine Mitglieder.',
  'membersListCard.noSearchResult':
    'Keine Mitglieder gefunden, die zu „{{searchTerm}}“ passen.',
  'membersListCard.aggregateMembersToggle.label': 'Untergruppen einbeziehen',
  'ownershipCard.title': 'Zuständigkeiten',
  'ownershipCard.aggregateRelationsToggle.label':
    'Indirekte Zuständigkeiten einbeziehen',
  'userProfileCard.userNotFound': 'Benutzer nicht gefunden',
  'userProfileCard.editIconButtonTitle': 'Metadaten bearbeiten',
  'userProfileCard.listItemTitle.email': 'E-Mail',
  'userProfileCard.listItemTitle.memberOf': 'Mitglied von',
  'userProfileCard.moreGroupButtonTitle': '…Weitere ({{number}})',
  'userProfileCard.allGroupDialog.title': 'Alle Gruppen von {{name}}:',
  'userProfileCard.allGroupDialog.closeButtonTitle': 'Schließen',
};
