/** Japanese for the group and user cards on the catalog's entity pages. */
export default {
  'groupProfileCard.groupNotFound': 'グループが見つかりません',
  'groupProfileCard.editIconButtonTitle': 'メタデータを編集',
  'groupProfileCard.refreshIconButtonTitle': 'エンティティの更新を予約',
  'groupProfileCard.refreshIconButtonAriaLabel': '更新',
  'groupProfileCard.listItemTitle.entityRef': 'エンティティ参照',
  'groupProfileCard.listItemTitle.email': 'メール',
  'groupProfileCard.listItemTitle.parentGroup': '親グループ',
  'groupProfileCard.listItemTitle.childGroups': '子グループ',
  'membersListCard.cardLabel': '{{memberName}} のユーザーページ',
  'membersListCard.title': '{{groupName}} のメンバー',
  'membersListCard.noMembersDescription':
    'このグループにはメンバーがいません。',
  'membersListCard.noSearchResult':
    '「{{searchTerm}}」に一致するメンバーは見つかりませんでした。',
  'membersListCard.aggregateMembersToggle.label': 'サブグループを含める',
  'ownershipCard.title': '所有',
  'ownershipCard.aggregateRelationsToggle.label': '間接的な所有を含める',
  'userProfileCard.userNotFound': 'ユーザーが見つかりません',
  'userProfileCard.editIconButtonTitle': 'メタデータを編集',
  'userProfileCard.listItemTitle.email': 'メール',
  'userProfileCard.listItemTitle.memberOf': '所属グループ',
  'userProfileCard.moreGroupButtonTitle': '…その他 ({{number}})',
  'userProfileCard.allGroupDialog.title': '{{name}} のすべてのグループ:',
  'userProfileCard.allGroupDialog.closeButtonTitle': '閉じる',
};
