/** Spanish for the group and user cards on the catalog's entity pages. */
export default {
  'groupProfileCard.groupNotFound': 'No se encontró el grupo',
  'groupProfileCard.editIconButtonTitle': 'Editar metadatos',
  'groupProfileCard.refreshIconButtonTitle':
    'Programar la actualización de la entidad',
  'groupProfileCard.refreshIconButtonAriaLabel': 'Actualizar',
  'groupProfileCard.listItemTitle.entityRef': 'Referencia de la entidad',
  'groupProfileCard.listItemTitle.email': 'Correo electrónico',
  'groupProfileCard.listItemTitle.parentGroup': 'Grupo principal',
  'groupProfileCard.listItemTitle.childGroups': 'Subgrupos',
  'membersListCard.cardLabel': 'Página de usuario de {{memberName}}',
  'membersListCard.title': 'Miembros de {{groupName}}',
  'membersListCard.noMembersDescription': 'Este grupo no tiene miembros.',
  'membersListCard.noSearchResult':
    'No se encontraron miembros que coincidan con «{{searchTerm}}».',
  'membersListCard.aggregateMembersToggle.label': 'Incluir subgrupos',
  'ownershipCard.title': 'Propiedad',
  'ownershipCard.aggregateRelationsToggle.label':
    'Incluir la propiedad indirecta',
  'userProfileCard.userNotFound': 'No se encontró el usuario',
  'userProfileCard.editIconButtonTitle': 'Editar metadatos',
  'userProfileCard.listItemTitle.email': 'Correo electrónico',
  'userProfileCard.listItemTitle.memberOf': 'Miembro de',
  'userProfileCard.moreGroupButtonTitle': '…Más ({{number}})',
  'userProfileCard.allGroupDialog.title': 'Todos los grupos de {{name}}:',
  'userProfileCard.allGroupDialog.closeButtonTitle': 'Cerrar',
};
