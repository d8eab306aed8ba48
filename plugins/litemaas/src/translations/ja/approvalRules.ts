/** Japanese: words of approval rules (editor, check, review chips, history). */
export default {
  'rules.action': '承認ルール',
  'rules.tableAction': '承認ルール',
  'rules.actionLabel': '{{model}} の承認ルール',
  'rules.title': '{{model}} の承認ルール',
  'rules.intro':
    'ルールは、人が判断する前にこのモデルへのリクエストを決定します。最初に拒否ルール、次に 2 人承認、その後に下の順序で自動承認を確認します。それ以外はレビュー担当者を待ちます。',
  'rules.openModel':
    '{{model}} はオープンです。リクエストはすぐに許可され、ルールは制限付きになってから適用されます。',
  'rules.fromConfig':
    'これらのルールはポータルの設定 (app-config) から来ており、ここでは変更できません。設定の litemaas.models で変更してください。',
  'rules.updated': '最終保存: {{who}}、{{when}}。',
  'rules.none': 'ルールなし: すべてのリクエストはレビュー担当者を待ちます。',
  'rules.add': 'ルールを追加',
  'rules.editLabel': 'ルール {{name}} を編集',
  'rules.removeLabel': 'ルール {{name}} を削除',
  'rules.up': 'ルール {{name}} を上へ',
  'rules.down': 'ルール {{name}} を下へ',
  'rules.save': 'ルールを保存',
  'rules.close': '閉じる',
  'rules.saved': '{{model}} の承認ルールを保存しました。',
  'rules.notSaved': 'ルールは保存されませんでした:',
  'rules.unsaved': '変更はまだ保存されていません。',
  'rules.adminOnly': '管理者のみ',
  'rules.adminOnlyHelp':
    '管理者が設定したルールです。変更・削除できるのは管理者だけです。',
  'rules.kinds.autoApprove': '自動承認',
  'rules.kinds.twoApprovals': '2 人承認',
  'rules.kinds.escalate': 'エスカレーション',
  'rules.kinds.deny': '拒否',
  'rules.say.autoApprove':
    '制限が {{ceiling}} 以下で、リクエスト者が {{groups}} に所属していれば、すぐに承認',
  'rules.say.autoApproveMany':
    '制限が {{ceiling}} 以下で、リクエスト者が {{groups}} のいずれかに所属していれば、すぐに承認',
  'rules.say.noGroups': '(グループ未設定)',
  'rules.say.twoApprovals':
    '予算が {{amount}} を超えるか無制限の場合、異なる 2 人のレビュー担当者を必要とする',
  'rules.say.escalate':
    'リクエストが {{duration}} 待った場合、管理者に通知する',
  'rules.say.deny': '{{who}}が {{kind}} を所有していなければ、すぐに拒否',
  'rules.say.denyWith':
    '{{who}}が {{filter}} の {{kind}} を所有していなければ、すぐに拒否',
  'rules.say.subject': 'アクセス対象のユーザーまたはチーム',
  'rules.say.requester': 'リクエスト者',
  'rules.form.addTitle': '新しいルール',
  'rules.form.editTitle': 'ルール {{name}}',
  'rules.form.name': '名前',
  'rules.form.nameHelp':
    '決定にはルール名が記されます: 英数字、スペース、_ . -',
  'rules.form.adminOnly': 'このルールの変更・削除を管理者のみに限る',
  'rules.form.kind': '種類',
  'rules.form.groups': 'グループ',
  'rules.form.groupsHelp':
    'カンマ区切りのグループ参照 (例: group:default/ml-platform)',
  'rules.form.ceiling':
    '承認する上限: 予算 (必須) と、必要なら TPM や RPM。それを超える、または無制限のリクエストはレビュー担当者を待ちます。',
  'rules.form.maxBudget': '予算の上限 (USD)',
  'rules.form.budgetDuration': '予算期間の下限',
  'rules.form.budgetDurationHelp': '例: 30d、1w、1mo。空欄: モデルの既定',
  'rules.form.tpm': 'TPM の上限',
  'rules.form.rpm': 'RPM の上限',
  'rules.form.aboveBudget': 'この予算を超える場合 (USD)',
  'rules.form.aboveBudgetHelp':
    'これより多い予算、または予算なしのリクエストには 2 人のレビュー担当者が必要です。',
  'rules.form.afterDays': '待機日数',
  'rules.form.afterDaysHelp':
    'リクエストから 1〜365 日後に、管理者に一度通知されます。',
  'rules.form.requireKind': '所有するエンティティ',
  'rules.form.requireOwner': '所有者',
  'rules.form.filter': '{{field}} の値',
  'rules.form.filterHelp': '空欄: 任意',
  'rules.form.reason': '拒否時に表示する理由 (任意)',
  'rules.form.apply': '適用',
  'rules.form.cancel': 'キャンセル',
  'rules.form.nameRequired': '名前を入力してください',
  'rules.form.nameTaken': '別のルールがこの名前を使っています',
  'rules.form.number': '0 以上の数値を入力してください',
  'rules.form.wholeNumber': '整数を入力してください',
  'rules.form.days': '1〜365 の整数の日数を入力してください',
  'rules.form.duration': '30d、1w、1mo のように',
  'rules.form.needCeiling': '予算を設定してください (自動承認には必須です)',
  'rules.form.needGroups': 'グループ参照を 1 つ以上入力してください',
  'rules.form.oneEscalate': 'エスカレーションルールはモデルごとに 1 つまでです',
  'rules.check.title': 'どうなるか',
  'rules.check.intro':
    '上のルール (保存済みかどうかを問わず) をリクエストで試します。何も書き込みません。',
  'rules.check.subject': '対象 (ユーザーまたはグループ参照)',
  'rules.check.subjectHelp':
    '例: user:default/alice または group:default/ml-platform',
  'rules.check.requester': 'リクエスト者 (ユーザー参照、任意)',
  'rules.check.requesterHelp': '空欄: 対象のユーザー、またはあなた',
  'rules.check.limits': '要求する制限 (空欄: モデルの既定)',
  'rules.check.maxBudget': '予算 (USD)',
  'rules.check.budgetDuration': '予算期間',
  'rules.check.tpm': 'TPM',
  'rules.check.rpm': 'RPM',
  'rules.check.run': '確認',
  'rules.check.failed': '確認できませんでした: {{error}}',
  'rules.check.outcome.granted': 'ルール「{{rule}}」により即時許可',
  'rules.check.outcome.denied': 'ルール「{{rule}}」により即時拒否',
  'rules.check.outcome.twoApprovals':
    '異なる 2 人のレビュー担当者を待ちます (ルール「{{rule}}」)',
  'rules.check.outcome.people': 'レビュー担当者を待ちます',
  'rules.check.why': '理由: {{reason}}',
  'rules.check.looked': '判断に使った制限: {{limits}}',
  'rules.check.escalate':
    '決定がないまま {{duration}} たつと管理者に通知されます。',
  'rules.chips.approvals': '承認 {{done}}/{{required}}',
  'rules.chips.approvalsRule': '承認 {{done}}/{{required}} (ルール {{rule}})',
  'rules.chips.approvalsBy':
    '{{who}} が承認済み。次の承認は別のレビュー担当者が行う必要があります',
  'rules.chips.escalated': 'エスカレーション済み',
  'rules.chips.escalatedTitle': '{{date}} に管理者へ通知済み: 待機が長すぎます',
  'rules.history.approvalRecorded':
    '{{actor}} が 2 件中 1 件目の承認をしました',
  'rules.history.escalated':
    '{{actor}} がリクエストを管理者にエスカレーションしました',
  'rules.history.ruleSkipped': '{{actor}} はルールを確認できませんでした',
  'rules.reasons.approved':
    'ルール「{{rule}}」により承認: 制限は上限内、{{who}} は {{group}} に所属',
  'rules.reasons.denied': 'ルール「{{rule}}」により拒否: {{why}}',
  'rules.reasons.twoApprovals':
    '2 人の承認が必要 (ルール「{{rule}}」): 予算 {{amount}} は {{above}} を超えています',
  'rules.reasons.twoApprovalsUnlimited':
    '2 人の承認が必要 (ルール「{{rule}}」): 予算が無制限で {{above}} を超えています',
  'rules.reasons.approvals': '承認 {{n}}/2 (ルール「{{rule}}」)',
  'rules.reasons.approvalsWith':
    '承認 {{n}}/2 (ルール「{{rule}}」): {{reason}}',
  'rules.reasons.escalated':
    '{{days}} 日以内に決定なし: 管理者にエスカレーション (ルール「{{rule}}」)',
  'rules.reasons.skipped':
    'ルール「{{rule}}」はカタログを読めませんでした ({{error}}): 人が判断します',
  'rules.reasons.noRule': 'ルールでは決まりません: レビュー担当者が判断します',
  'rules.reasons.noRules':
    'このモデルには承認ルールがありません: レビュー担当者が判断します',
};
